package org.hechos.models.syntax;

import java.util.Objects;

/**
 * One syntactic word of a parsed sentence: its universal part of speech, its head (1-based index of
 * the governing word, 0 for the root) and its Universal Dependencies relation ("nsubj", "obl",
 * "obl:agent", ...).
 */
public record WordParse(String upos, int head, String relation) {

  public WordParse {
    Objects.requireNonNull(upos, "upos");
    Objects.requireNonNull(relation, "relation");
    if (head < 0) {
      throw new IllegalArgumentException("head must be >= 0: " + head);
    }
  }
}
