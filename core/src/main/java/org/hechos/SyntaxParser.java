package org.hechos;

import org.hechos.models.SpanishLexicon;
import org.hechos.models.syntax.CoreNlpParser;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.models.syntax.FastParser;

/** The dependency parser a {@link Pipeline} reads arguments off. */
public enum SyntaxParser {
  /**
   * Our own tagger and arc-hybrid parser ({@code models/README.md}): UAS 86.4, LAS 81.2 on the UD
   * AnCora test set, about 10 times CoreNLP's speed, loads in under a second. The default.
   */
  FAST,
  /**
   * CoreNLP's Spanish UD tagger and neural parser: UAS 88.5, LAS 83.9 on the same set, about 3,000
   * words a second, several seconds to load. For comparison.
   */
  CORENLP;

  DependencyParser load(SpanishLexicon lexicon) {
    return this == FAST ? FastParser.load(lexicon) : CoreNlpParser.load();
  }
}
