package org.hechos.models.syntax;

/**
 * Trains a {@link LinearModel} (Collins 2002): on a wrong guess, the features' weights for the
 * right class go up by one and for the guess down by one; the model kept is the average of the
 * weights over all decisions seen ({@link #tick()} counts them), computed lazily. Not thread-safe;
 * used only in training.
 */
final class AveragedPerceptron implements LinearModel {

  private final int classes;
  private final int rows;
  private final float[] weights;
  private final double[] totals;
  private final int[] stamps;
  private int clock;

  AveragedPerceptron(int classes, int rows) {
    this.classes = classes;
    this.rows = rows;
    this.weights = new float[rows * classes];
    this.totals = new double[rows * classes];
    this.stamps = new int[rows * classes];
  }

  @Override
  public int classes() {
    return classes;
  }

  @Override
  public void score(int[] features, int count, float[] scores) {
    java.util.Arrays.fill(scores, 0, classes, 0f);
    for (int f = 0; f < count; f++) {
      int base = WeightTable.rowOf(features[f], rows) * classes;
      for (int c = 0; c < classes; c++) {
        scores[c] += weights[base + c];
      }
    }
  }

  /** One more decision seen (call once per decision, updated or not). */
  void tick() {
    clock++;
  }

  void update(int[] features, int count, int truth, int guess) {
    if (truth == guess) {
      return;
    }
    for (int f = 0; f < count; f++) {
      int base = WeightTable.rowOf(features[f], rows) * classes;
      add(base + truth, 1);
      add(base + guess, -1);
    }
  }

  private void add(int i, float delta) {
    totals[i] += (double) (clock - stamps[i]) * weights[i];
    stamps[i] = clock;
    weights[i] += delta;
  }

  /** The averaged weights, quantized. */
  WeightTable averaged() {
    float[] average = new float[weights.length];
    for (int i = 0; i < weights.length; i++) {
      double total = totals[i] + (double) (clock - stamps[i]) * weights[i];
      average[i] = (float) (total / Math.max(1, clock));
    }
    return WeightTable.quantize(classes, rows, average);
  }
}
