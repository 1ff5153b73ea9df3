package org.hechos;

import java.util.Objects;
import org.hechos.text.Span;

/** The word(s) that express a fact: the clean text, the lemma of the rule and the original span. */
public record Trigger(String text, String lemma, Span span) {
  public Trigger {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(span, "span");
  }
}
