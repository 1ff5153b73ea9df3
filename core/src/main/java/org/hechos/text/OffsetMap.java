package org.hechos.text;

import java.util.Arrays;

/**
 * Maps offsets of the clean (repaired) text back to the original input.
 *
 * <p>Works like Lucene's {@code BaseCharFilter}: a sorted list of change points in the clean text,
 * each with the cumulative difference {@code original - clean} from that point on. Immutable.
 */
public final class OffsetMap {

  private static final OffsetMap IDENTITY = new OffsetMap(new int[0], new int[0]);

  private final int[] at;
  private final int[] diff;

  private OffsetMap(int[] at, int[] diff) {
    this.at = at;
    this.diff = diff;
  }

  public static OffsetMap identity() {
    return IDENTITY;
  }

  /** Maps clean offset {@code clean} to its original offset. */
  public int toOriginal(int clean) {
    int i = Arrays.binarySearch(at, clean);
    if (i < 0) {
      i = -i - 2; // last change point <= clean
    }
    return clean + (i < 0 ? 0 : diff[i]);
  }

  /**
   * Maps the clean range {@code [begin, end)}; the end is mapped through its last character so
   * that text removed right after the range stays outside it.
   */
  public Span toOriginal(int begin, int end) {
    int originalBegin = toOriginal(begin);
    return new Span(originalBegin, begin == end ? originalBegin : toOriginal(end - 1) + 1);
  }

  /** Builds an {@link OffsetMap} from edits given in increasing clean-text order. */
  public static final class Builder {
    private int[] at = new int[8];
    private int[] diff = new int[8];
    private int size;

    /**
     * Records that from clean offset {@code cleanOffset} on, original offsets are {@code
     * cumulativeDiff} higher than clean ones.
     */
    public Builder add(int cleanOffset, int cumulativeDiff) {
      if (size > 0 && cleanOffset < at[size - 1]) {
        throw new IllegalArgumentException(
            "change points must not decrease: " + cleanOffset + " after " + at[size - 1]);
      }
      if (size > 0 && cleanOffset == at[size - 1]) {
        diff[size - 1] = cumulativeDiff;
        return this;
      }
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
        diff = Arrays.copyOf(diff, size * 2);
      }
      at[size] = cleanOffset;
      diff[size] = cumulativeDiff;
      size++;
      return this;
    }

    public OffsetMap build() {
      return size == 0 ? IDENTITY : new OffsetMap(Arrays.copyOf(at, size), Arrays.copyOf(diff, size));
    }
  }
}
