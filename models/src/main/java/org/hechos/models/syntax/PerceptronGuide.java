package org.hechos.models.syntax;

/**
 * Trains a word-by-word classifier: at each position it updates the perceptron towards the gold
 * class if the guess differs, and keeps the guess, so that later features see what the model
 * would see at run time.
 */
final class PerceptronGuide implements PositionGuide {

  private final AveragedPerceptron perceptron;
  private final int[] gold;

  /** {@code gold[position]} is the right class at each position. */
  PerceptronGuide(AveragedPerceptron perceptron, int[] gold) {
    this.perceptron = perceptron;
    this.gold = gold;
  }

  @Override
  public int follow(int position, int guess, int[] features, int count) {
    perceptron.update(features, count, gold[position], guess);
    perceptron.tick();
    return guess;
  }
}
