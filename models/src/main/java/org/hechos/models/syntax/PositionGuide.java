package org.hechos.models.syntax;

/**
 * Decides what a word-by-word classifier (the tagger, the labeler) keeps at each position, given
 * its guess: at run time the guess itself; in training, a guide that also learns from the gold
 * answer.
 */
interface PositionGuide {

  PositionGuide GUESS = (position, guess, features, count) -> guess;

  int follow(int position, int guess, int[] features, int count);
}
