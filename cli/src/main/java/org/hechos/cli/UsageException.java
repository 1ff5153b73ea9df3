package org.hechos.cli;

/** A command line that cannot be run as given; the message says why. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
