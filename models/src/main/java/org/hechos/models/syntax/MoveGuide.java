package org.hechos.models.syntax;

/**
 * Decides which move the parser makes in a state, given the best-scoring valid move: at run time
 * that move; in training, a guide that learns from a dynamic oracle and may explore.
 */
interface MoveGuide {

  MoveGuide GUESS = (state, guess, scores, features, count) -> guess;

  int follow(ArcHybridState state, int guess, float[] scores, int[] features, int count);
}
