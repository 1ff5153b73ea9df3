package org.hechos.models.syntax;

/** Scores every class of a decision from hashed features: the sum of each feature's weights. */
interface LinearModel {

  int classes();

  /** Writes the score of each class into {@code scores} (length at least {@link #classes()}). */
  void score(int[] features, int count, float[] scores);

  /** The first class with the highest of the first {@code count} scores. */
  static int best(float[] scores, int count) {
    int best = 0;
    for (int c = 1; c < count; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    return best;
  }
}
