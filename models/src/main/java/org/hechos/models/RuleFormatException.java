package org.hechos.models;

/** A rule or lexicon file is malformed; the message names the file and line. */
public final class RuleFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RuleFormatException(String message) {
    super(message);
  }
}
