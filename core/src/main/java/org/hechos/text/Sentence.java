package org.hechos.text;

import java.util.List;
import java.util.Objects;

/** A sentence of the clean text with its tokens; {@code span} is in the original input. */
public record Sentence(int index, int cleanBegin, int cleanEnd, Span span, List<Token> tokens) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
  }

  /** The clean text of tokens {@code [from, to)}, as the clean text reads. */
  public String text(String clean, int from, int to) {
    if (from >= to) {
      return "";
    }
    return clean.substring(tokens.get(from).cleanBegin(), tokens.get(to - 1).cleanEnd());
  }

  /** The original span of tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
  }
}
