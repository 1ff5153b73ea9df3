package org.hechos;

import java.util.Objects;
import org.hechos.text.Span;

/** A clause or phrase a fact carries (what was proposed, stated, agreed; a title; an event). */
public record Content(String text, Span span) {
  public Content {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank content at " + span);
    }
  }
}
