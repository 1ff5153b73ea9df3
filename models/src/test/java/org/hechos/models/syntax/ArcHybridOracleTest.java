package org.hechos.models.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArcHybridOracleTest {

  /**
   * "La ministra visitó ayer Buenos Aires ." as heads: la→ministra, ministra→visitó, visitó→root,
   * ayer→visitó, Buenos→visitó, Aires→Buenos, .→visitó.
   */
  private static final int[] GOLD = {0, 2, 3, 0, 3, 3, 5, 3};

  @Test
  void followingZeroCostMovesRebuildsAProjectiveGoldTree() {
    ArcHybridOracle oracle = new ArcHybridOracle(GOLD);
    ArcHybridState state = new ArcHybridState(GOLD.length - 1);
    while (!state.terminal()) {
      state.apply(cheapestValid(oracle, state));
    }
    assertThat(state.heads()).containsExactly(GOLD);
  }

  @Test
  void shiftingAWordAwayFromItsStackHeadCostsThatArc() {
    ArcHybridOracle oracle = new ArcHybridOracle(GOLD);
    ArcHybridState state = new ArcHybridState(GOLD.length - 1);
    state.apply(ArcHybridState.SHIFT);
    // stack: root La | buffer: ministra visitó ...; shifting "ministra" over "La" loses La's head.
    assertThat(oracle.cost(state, ArcHybridState.LEFT)).isZero();
    assertThat(oracle.cost(state, ArcHybridState.SHIFT)).isEqualTo(1);
  }

  private static int cheapestValid(ArcHybridOracle oracle, ArcHybridState state) {
    int best = -1;
    for (int move = 0; move < ArcHybridState.MOVES; move++) {
      if (state.valid(move) && (best < 0 || oracle.cost(state, move) < oracle.cost(state, best))) {
        best = move;
      }
    }
    assertThat(oracle.cost(state, best)).isZero();
    return best;
  }
}
