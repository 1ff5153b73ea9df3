package org.hechos.text;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in the ORIGINAL input text.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }

  /** The slice of {@code original} this span covers. */
  public String in(String original) {
    return original.substring(begin, end);
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
