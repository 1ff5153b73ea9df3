package org.hechos.text;

/**
 * One change that repair made to the original text: the original range {@code span} reads
 * {@code replacement} in the clean text (a glued word split, a noise line removed, a
 * wrapped line joined).
 */
public record Edit(Span span, String original, String replacement, Kind kind) {

  public enum Kind {
    /** Spaces inserted between words that lost theirs. */
    GLUED_WORDS,
    /** A line of page furniture removed from extraction. */
    NOISE,
    /**
     * A line break inside a sentence made a space (a hard-wrapped line), or a CR LF or CR made
     * one line feed.
     */
    LINE_BREAK
  }

  public Edit {
    java.util.Objects.requireNonNull(span, "span");
    java.util.Objects.requireNonNull(original, "original");
    java.util.Objects.requireNonNull(replacement, "replacement");
    java.util.Objects.requireNonNull(kind, "kind");
  }
}
