package org.hechos.models.syntax;

import java.util.Arrays;

/**
 * A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez, Satta 2011) over
 * tokens 0 (root, bottom of the stack) to n: SHIFT pushes the buffer's first word; LEFT makes it
 * the head of the stack's top and pops it; RIGHT makes the second item the head of the top and
 * pops it. The root takes its one dependent by RIGHT only once the buffer is empty, so every parse
 * is a single-rooted projective tree.
 */
final class ArcHybridState {

  static final int SHIFT = 0;
  static final int LEFT = 1;
  static final int RIGHT = 2;
  static final int MOVES = 3;

  private final int words;
  private final int[] stack;
  private int depth;
  private int next;
  private final int[] heads;
  private final int[] leftmost;
  private final int[] secondLeftmost;
  private final int[] rightmost;
  private final int[] secondRightmost;
  private final int[] leftCount;
  private final int[] rightCount;

  ArcHybridState(int words) {
    this.words = words;
    stack = new int[words + 1];
    depth = 1;
    next = 1;
    heads = new int[words + 1];
    leftmost = filled(words + 1);
    secondLeftmost = filled(words + 1);
    rightmost = filled(words + 1);
    secondRightmost = filled(words + 1);
    leftCount = new int[words + 1];
    rightCount = new int[words + 1];
  }

  private static int[] filled(int length) {
    int[] array = new int[length];
    Arrays.fill(array, -1);
    return array;
  }

  boolean terminal() {
    return next > words && depth == 1;
  }

  boolean valid(int move) {
    return switch (move) {
      case SHIFT -> next <= words;
      case LEFT -> depth > 1 && next <= words;
      case RIGHT -> depth > 2 || (depth == 2 && next > words);
      default -> false;
    };
  }

  void apply(int move) {
    switch (move) {
      case SHIFT -> stack[depth++] = next++;
      case LEFT -> attach(next, stack[--depth]);
      case RIGHT -> {
        int dependent = stack[--depth];
        attach(stack[depth - 1], dependent);
      }
      default -> throw new IllegalArgumentException("no move " + move);
    }
  }

  private void attach(int head, int dependent) {
    heads[dependent] = head;
    if (dependent < head) {
      leftCount[head]++;
      if (leftmost[head] < 0 || dependent < leftmost[head]) {
        secondLeftmost[head] = leftmost[head];
        leftmost[head] = dependent;
      }
    } else {
      rightCount[head]++;
      if (dependent > rightmost[head]) {
        secondRightmost[head] = rightmost[head];
        rightmost[head] = dependent;
      }
    }
  }

  /** The k-th item from the top of the stack (0 = top), or -1. */
  int stack(int k) {
    return k < depth ? stack[depth - 1 - k] : -1;
  }

  int depth() {
    return depth;
  }

  /** The k-th word of the buffer (0 = first), or -1. */
  int buffer(int k) {
    return next + k <= words ? next + k : -1;
  }

  int words() {
    return words;
  }

  int leftmost(int token) {
    return token < 0 ? -1 : leftmost[token];
  }

  int secondLeftmost(int token) {
    return token < 0 ? -1 : secondLeftmost[token];
  }

  int rightmost(int token) {
    return token < 0 ? -1 : rightmost[token];
  }

  int secondRightmost(int token) {
    return token < 0 ? -1 : secondRightmost[token];
  }

  int leftCount(int token) {
    return token < 0 ? 0 : Math.min(leftCount[token], 4);
  }

  int rightCount(int token) {
    return token < 0 ? 0 : Math.min(rightCount[token], 4);
  }

  /** The head of each token 1..n (index 0 unused) once {@link #terminal()}. */
  int[] heads() {
    return heads.clone();
  }
}
