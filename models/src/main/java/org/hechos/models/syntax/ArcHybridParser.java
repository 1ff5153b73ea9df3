package org.hechos.models.syntax;

/**
 * A greedy arc-hybrid dependency parser: in each state it takes the valid move its {@link
 * LinearModel} scores highest (or what a training {@link MoveGuide} says). Unlabeled: {@link
 * ArcLabeler} names the relations afterwards.
 */
final class ArcHybridParser {

  private final LinearModel model;

  ArcHybridParser(LinearModel model) {
    if (model.classes() != ArcHybridState.MOVES) {
      throw new IllegalArgumentException(model.classes() + " classes for " + ArcHybridState.MOVES + " moves");
    }
    this.model = model;
  }

  /** The head of each token 1..n (index 0 unused). */
  int[] parse(ParserInput in, MoveGuide guide) {
    ArcHybridState state = new ArcHybridState(in.size());
    int[] features = new int[ParserFeatures.MAX];
    float[] scores = new float[ArcHybridState.MOVES];
    while (!state.terminal()) {
      int count = ParserFeatures.extract(state, in, features);
      model.score(features, count, scores);
      int guess = bestValid(state, scores);
      state.apply(guide.follow(state, guess, scores, features, count));
    }
    return state.heads();
  }

  static int bestValid(ArcHybridState state, float[] scores) {
    int best = -1;
    for (int move = 0; move < ArcHybridState.MOVES; move++) {
      if (state.valid(move) && (best < 0 || scores[move] > scores[best])) {
        best = move;
      }
    }
    return best;
  }
}
