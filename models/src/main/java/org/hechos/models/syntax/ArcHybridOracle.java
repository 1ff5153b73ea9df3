package org.hechos.models.syntax;

/**
 * The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): how many gold arcs a move
 * makes unreachable from the current state. Exact for projective gold trees; for the few
 * non-projective ones, the cheapest move is taken as right.
 */
final class ArcHybridOracle {

  private final int[] gold;

  /** {@code gold[t]} is the gold head of token t (index 0 unused). */
  ArcHybridOracle(int[] gold) {
    this.gold = gold.clone();
  }

  int cost(ArcHybridState state, int move) {
    int s0 = state.stack(0);
    int b = state.buffer(0);
    return switch (move) {
      case ArcHybridState.SHIFT -> shiftCost(state, b);
      case ArcHybridState.LEFT ->
          (gold[s0] == state.stack(1) || gold[s0] > b ? 1 : 0) + dependentsFrom(s0, b);
      case ArcHybridState.RIGHT -> (b > 0 && gold[s0] >= b ? 1 : 0) + dependentsFrom(s0, b);
      default -> throw new IllegalArgumentException("no move " + move);
    };
  }

  /** Shifting b loses its head if that is deeper in the stack than the top, and its stack dependents. */
  private int shiftCost(ArcHybridState state, int b) {
    int cost = 0;
    for (int k = 0; k < state.depth(); k++) {
      int item = state.stack(k);
      if (k > 0 && gold[b] == item) {
        cost++;
      }
      if (item > 0 && gold[item] == b) {
        cost++;
      }
    }
    return cost;
  }

  /** Gold dependents of {@code head} from buffer word {@code first} on (none if the buffer is empty). */
  private int dependentsFrom(int head, int first) {
    if (first < 0) {
      return 0;
    }
    int count = 0;
    for (int t = first; t < gold.length; t++) {
      if (gold[t] == head) {
        count++;
      }
    }
    return count;
  }
}
