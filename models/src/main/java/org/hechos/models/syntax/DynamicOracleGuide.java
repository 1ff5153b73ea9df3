package org.hechos.models.syntax;

import java.util.Random;

/**
 * Trains the parser with the {@link ArcHybridOracle}: when the guess costs more than the cheapest
 * valid move, the perceptron moves towards the best-scoring cheapest move. With exploration on, a
 * wrong guess is still followed nine times in ten (Goldberg and Nivre 2012), so that the parser
 * learns to recover from its own mistakes.
 */
final class DynamicOracleGuide implements MoveGuide {

  private static final double EXPLORATION = 0.9;

  private final AveragedPerceptron perceptron;
  private final ArcHybridOracle oracle;
  private final Random random;
  private final boolean explore;

  DynamicOracleGuide(AveragedPerceptron perceptron, ArcHybridOracle oracle, Random random, boolean explore) {
    this.perceptron = perceptron;
    this.oracle = oracle;
    this.random = random;
    this.explore = explore;
  }

  @Override
  public int follow(ArcHybridState state, int guess, float[] scores, int[] features, int count) {
    int[] costs = new int[ArcHybridState.MOVES];
    int cheapest = Integer.MAX_VALUE;
    for (int move = 0; move < ArcHybridState.MOVES; move++) {
      costs[move] = state.valid(move) ? oracle.cost(state, move) : Integer.MAX_VALUE;
      cheapest = Math.min(cheapest, costs[move]);
    }
    int best = -1;
    for (int move = 0; move < ArcHybridState.MOVES; move++) {
      if (costs[move] == cheapest && (best < 0 || scores[move] > scores[best])) {
        best = move;
      }
    }
    perceptron.tick();
    if (costs[guess] == cheapest) {
      return guess;
    }
    perceptron.update(features, count, best, guess);
    return explore && random.nextDouble() < EXPLORATION ? guess : best;
  }
}
