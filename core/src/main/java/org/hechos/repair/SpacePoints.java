package org.hechos.repair;

import java.util.Arrays;

/** A small growable list of space points (original offsets where a space goes) for one chunk. */
final class SpacePoints {
  int[] at = new int[4];
  int size;

  void add(int point) {
    if (size == at.length) {
      at = Arrays.copyOf(at, size * 2);
    }
    at[size++] = point;
  }

  boolean contains(int point, int from) {
    for (int i = from; i < size; i++) {
      if (at[i] == point) {
        return true;
      }
    }
    return false;
  }
}
