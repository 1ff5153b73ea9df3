package org.hechos;

/** Which sentences a {@link Pipeline}'s syntax stage parses, so that {@code Sentence.tree()} is parsed. */
public enum ParsedSentences {
  /**
   * Only the sentences where a token triggers a relation rule: the only trees relation extraction
   * reads, and parsing is most of the pipeline's cost. The default.
   */
  TRIGGERS,
  /** Every sentence, for a treebank of the whole text (the command line's {@code --format conllu}). */
  ALL
}
