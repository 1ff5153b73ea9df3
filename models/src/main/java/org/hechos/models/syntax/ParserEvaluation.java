package org.hechos.models.syntax;

import java.util.List;

/**
 * Scores any {@link DependencyParser} against gold sentences from gold words, the same way for
 * every parser: relation subtypes count ("obl:arg" is not "obl"), punctuation is left out of UAS
 * and LAS as usual.
 */
final class ParserEvaluation {

  private static final String PUNCTUATION = "punct";

  private ParserEvaluation() {}

  static AttachmentScores evaluate(DependencyParser parser, List<ConlluSentence> gold) {
    int words = 0;
    int uposCorrect = 0;
    int scored = 0;
    int headsCorrect = 0;
    int labelsCorrect = 0;
    long nanos = 0;
    for (ConlluSentence sentence : gold) {
      long start = System.nanoTime();
      List<WordParse> predicted = parser.parse(sentence.words());
      nanos += System.nanoTime() - start;
      for (int i = 0; i < sentence.size(); i++) {
        WordParse want = sentence.parses().get(i);
        WordParse got = predicted.get(i);
        words++;
        if (want.upos().equals(got.upos())) {
          uposCorrect++;
        }
        if (want.relation().equals(PUNCTUATION)) {
          continue;
        }
        scored++;
        if (want.head() == got.head()) {
          headsCorrect++;
          if (want.relation().equals(got.relation())) {
            labelsCorrect++;
          }
        }
      }
    }
    return new AttachmentScores(words, uposCorrect, scored, headsCorrect, labelsCorrect, nanos);
  }
}
