package org.hechos.tokens;

import org.hechos.Stage;
import org.hechos.models.Abbreviations;
import org.hechos.models.SpanishLexicon;

/** Sentence splitting and Spanish tokenization of the repaired text. */
public final class Tokens {

  private Tokens() {}

  /**
   * The stage that splits the clean text into sentences of tokens with lexicon readings, cutting
   * sentences longer than {@link org.hechos.Limits#DEFAULT_MAX_SENTENCE_TOKENS} into chunks.
   */
  public static Stage spanish(SpanishLexicon lexicon) {
    return spanish(lexicon, org.hechos.Limits.DEFAULT_MAX_SENTENCE_TOKENS);
  }

  /** The same stage, cutting sentences longer than {@code maxSentenceTokens} into chunks. */
  public static Stage spanish(SpanishLexicon lexicon, int maxSentenceTokens) {
    return new SpanishTokenizer(lexicon, new SentenceSplitter(Abbreviations.load(), maxSentenceTokens));
  }
}
