package org.hechos.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the clean text with its tokens and, once the syntax stage ran, its dependency tree
 * ({@link DependencyTree#NONE} before); {@code span} is in the original input.
 */
public record Sentence(int index, int cleanBegin, int cleanEnd, Span span, List<Token> tokens, DependencyTree tree) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(tree, "tree");
    tokens = List.copyOf(tokens);
    if (tree.isParsed() && tree.size() != tokens.size()) {
      throw new IllegalArgumentException("tree of " + tree.size() + " tokens for a sentence of " + tokens.size());
    }
  }

  /** A sentence not parsed yet. */
  public Sentence(int index, int cleanBegin, int cleanEnd, Span span, List<Token> tokens) {
    this(index, cleanBegin, cleanEnd, span, tokens, DependencyTree.NONE);
  }

  /** This sentence with {@code parsed} as its tree. */
  public Sentence withTree(DependencyTree parsed) {
    return new Sentence(index, cleanBegin, cleanEnd, span, tokens, parsed);
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
