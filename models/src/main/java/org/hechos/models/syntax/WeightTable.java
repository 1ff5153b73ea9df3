package org.hechos.models.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Trained weights of a {@link LinearModel}, quantized to 16 bits: a feature hash selects one row
 * of {@code classes} weights by its low bits. Only the order of scores matters, so scores are
 * sums of the quantized weights (exact in a float for up to 500 features), never scaled back. Immutable, hence thread-safe.
 */
final class WeightTable implements LinearModel {

  private final int classes;
  private final int mask;
  private final short[] weights;

  private WeightTable(int classes, int rows, short[] weights) {
    if (Integer.bitCount(rows) != 1 || weights.length != rows * classes) {
      throw new IllegalArgumentException(rows + " rows of " + classes + " for " + weights.length);
    }
    this.classes = classes;
    this.mask = rows - 1;
    this.weights = weights;
  }

  /** Quantizes {@code weights} (rows * classes of them) so that the largest becomes 32767. */
  static WeightTable quantize(int classes, int rows, float[] weights) {
    float largest = 0;
    for (float w : weights) {
      largest = Math.max(largest, Math.abs(w));
    }
    float scale = largest == 0 ? 0 : Short.MAX_VALUE / largest;
    short[] quantized = new short[weights.length];
    for (int i = 0; i < weights.length; i++) {
      quantized[i] = (short) Math.round(weights[i] * scale);
    }
    return new WeightTable(classes, rows, quantized);
  }

  static int rowOf(int feature, int rows) {
    return feature & (rows - 1);
  }

  @Override
  public int classes() {
    return classes;
  }

  @Override
  public void score(int[] features, int count, float[] scores) {
    java.util.Arrays.fill(scores, 0, classes, 0f);
    for (int f = 0; f < count; f++) {
      int base = (features[f] & mask) * classes;
      for (int c = 0; c < classes; c++) {
        scores[c] += weights[base + c];
      }
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    out.writeInt(mask + 1);
    ByteBuffer bytes = ByteBuffer.allocate(weights.length * Short.BYTES);
    bytes.asShortBuffer().put(weights);
    out.write(bytes.array());
  }

  static WeightTable read(DataInputStream in) throws IOException {
    int classes = in.readInt();
    int rows = in.readInt();
    short[] weights = new short[Math.multiplyExact(rows, classes)];
    byte[] bytes = new byte[weights.length * Short.BYTES];
    in.readFully(bytes);
    ByteBuffer.wrap(bytes).asShortBuffer().get(weights);
    return new WeightTable(classes, rows, weights);
  }
}
