package org.hechos.models.syntax;

/**
 * A greedy left-to-right UPOS tagger over hashed features of the word, its neighbours within two
 * words, their lexicon classes and the two tags already given (the templates of Honnibal's
 * averaged-perceptron tagger plus the lexicon class).
 */
final class UposTagger {

  static final int MAX_FEATURES = 32;

  private final LinearModel model;

  UposTagger(LinearModel model) {
    if (model.classes() != Upos.TAGS.size()) {
      throw new IllegalArgumentException(model.classes() + " classes for " + Upos.TAGS.size() + " tags");
    }
    this.model = model;
  }

  int[] tag(SentenceAtoms atoms, PositionGuide guide) {
    int[] tags = new int[atoms.size()];
    int[] features = new int[MAX_FEATURES];
    float[] scores = new float[model.classes()];
    for (int i = 0; i < atoms.size(); i++) {
      int count = features(atoms, tags, i, features);
      model.score(features, count, scores);
      tags[i] = guide.follow(i, LinearModel.best(scores, scores.length), features, count);
    }
    return tags;
  }

  private static int features(SentenceAtoms a, int[] tags, int i, int[] f) {
    int previous = i > 0 ? tags[i - 1] : SentenceAtoms.NONE;
    int beforePrevious = i > 1 ? tags[i - 2] : SentenceAtoms.NONE;
    int n = 0;
    f[n++] = FeatureHash.of(0, 0);
    f[n++] = FeatureHash.of(1, a.form(i));
    f[n++] = FeatureHash.of(2, a.suffix1(i));
    f[n++] = FeatureHash.of(3, a.suffix2(i));
    f[n++] = FeatureHash.of(4, a.suffix3(i));
    f[n++] = FeatureHash.of(5, a.suffix4(i));
    f[n++] = FeatureHash.of(6, a.prefix2(i));
    f[n++] = FeatureHash.of(7, a.shape(i), i == 0 ? 1 : 0);
    f[n++] = FeatureHash.of(8, a.lexiconClass(i));
    f[n++] = FeatureHash.of(9, previous);
    f[n++] = FeatureHash.of(10, beforePrevious, previous);
    f[n++] = FeatureHash.of(11, previous, a.form(i));
    f[n++] = FeatureHash.of(12, previous, a.lexiconClass(i));
    f[n++] = FeatureHash.of(13, a.form(i - 1));
    f[n++] = FeatureHash.of(14, a.suffix3(i - 1));
    f[n++] = FeatureHash.of(15, a.form(i - 2));
    f[n++] = FeatureHash.of(16, a.form(i + 1));
    f[n++] = FeatureHash.of(17, a.suffix3(i + 1));
    f[n++] = FeatureHash.of(18, a.form(i + 2));
    f[n++] = FeatureHash.of(19, a.lexiconClass(i - 1));
    f[n++] = FeatureHash.of(20, a.lexiconClass(i + 1));
    f[n++] = FeatureHash.of(21, a.lexiconClass(i), a.lexiconClass(i + 1));
    f[n++] = FeatureHash.of(22, previous, a.lexiconClass(i), a.lexiconClass(i + 1));
    f[n++] = FeatureHash.of(23, a.form(i - 1), a.lexiconClass(i));
    f[n++] = FeatureHash.of(24, a.form(i), a.form(i + 1));
    f[n++] = FeatureHash.of(25, a.lexiconClass(i), a.shape(i));
    f[n++] = FeatureHash.of(26, a.lexiconClass(i + 2));
    f[n++] = FeatureHash.of(27, a.shape(i + 1));
    f[n++] = FeatureHash.of(28, a.form(i), a.shape(i + 1));
    return n;
  }
}
