package org.hechos.models;

/**
 * The summed feature weights of each token of one sentence: per class (node clique) and per
 * transition (edge clique), in the weight columns of {@link CrfParts}. Per call, never shared.
 */
final class CliqueScores implements FeatureSink {

  private final float[][] weights;
  private final int nodeWidth;
  private final int edgeWidth;
  /** Token t's node sums at {@code [t * nodeWidth, (t + 1) * nodeWidth)}. */
  final double[] node;
  /** Token t's edge sums at {@code [t * edgeWidth, (t + 1) * edgeWidth)}. */
  final double[] edge;
  private int token = -1;
  private double[] target;
  private int base;
  private int width;

  CliqueScores(CrfParts parts, int tokens) {
    this.weights = parts.weights;
    this.nodeWidth = parts.nodeColumn.length;
    this.edgeWidth = parts.edgeColumns;
    this.node = new double[tokens * nodeWidth];
    this.edge = new double[tokens * edgeWidth];
  }

  @Override
  public void startToken() {
    token++;
    target = node;
    width = nodeWidth;
    base = token * nodeWidth;
  }

  @Override
  public void startEdges() {
    target = edge;
    width = edgeWidth;
    base = token * edgeWidth;
  }

  @Override
  public void add(int id) {
    if (id < 0) {
      return;
    }
    float[] w = weights[id];
    for (int k = 0; k < width; k++) {
      target[base + k] += w[k];
    }
  }

  @Override
  public void addAll(int[] ids, double[] summedWeights) {
    for (int k = 0; k < width; k++) {
      target[base + k] += summedWeights[k];
    }
  }
}
