package org.hechos.models.syntax;

import java.util.Locale;

/**
 * What a {@link DependencyParser} got right on a treebank: UPOS accuracy over all words; UAS (right
 * head) and LAS (right head and relation) over the words whose gold relation is not {@code punct};
 * and its speed in words per second of parsing time.
 */
record AttachmentScores(
    int words, int uposCorrect, int scored, int headsCorrect, int labelsCorrect, long nanos) {

  double upos() {
    return percent(uposCorrect, words);
  }

  double uas() {
    return percent(headsCorrect, scored);
  }

  double las() {
    return percent(labelsCorrect, scored);
  }

  double wordsPerSecond() {
    return words * 1e9 / Math.max(1, nanos);
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "UPOS %.2f  UAS %.2f  LAS %.2f  (%d words, %.0f words/s)",
        upos(), uas(), las(), words, wordsPerSecond());
  }
}
