package org.hechos.models.syntax;

import java.util.Arrays;
import java.util.List;

/**
 * Names the relation of every arc of a finished tree, top-down from the root so that a word's
 * features include the relation given to its head. Besides head and dependent, it looks at the
 * dependent's case or subordinating marker ("de", "que"), its outermost dependents, its position
 * among its head's dependents on that side, and its head's auxiliary and pronoun dependents ("ha",
 * "fue", "se").
 */
final class ArcLabeler {

  static final int MAX_FEATURES = 40;
  private static final int MAX_HEAD_WORDS = 4;

  static final String ROOT = "root";

  private final LinearModel model;
  private final List<String> labels;
  private final int root;

  ArcLabeler(LinearModel model, List<String> labels) {
    if (model.classes() != labels.size()) {
      throw new IllegalArgumentException(model.classes() + " classes for " + labels.size() + " labels");
    }
    this.model = model;
    this.labels = List.copyOf(labels);
    this.root = labels.indexOf(ROOT);
    if (root < 0) {
      throw new IllegalArgumentException("no '" + ROOT + "' among " + labels);
    }
  }

  List<String> labels() {
    return labels;
  }

  /**
   * The relation of each token 1..n (index 0 unused) as a number into {@link #labels()}: "root" for
   * the root's dependent, never for another word.
   */
  int[] label(ParserInput in, int[] heads, PositionGuide guide) {
    Tree tree = new Tree(heads);
    int[] relations = new int[heads.length];
    int[] features = new int[MAX_FEATURES];
    float[] scores = new float[labels.size()];
    for (int dependent : tree.topDown()) {
      if (heads[dependent] == 0) {
        relations[dependent] = root;
        continue;
      }
      int count = features(in, tree, relations, dependent, features);
      model.score(features, count, scores);
      scores[root] = Float.NEGATIVE_INFINITY;
      relations[dependent] = guide.follow(dependent, LinearModel.best(scores, scores.length), features, count);
    }
    return relations;
  }

  private static int features(ParserInput in, Tree tree, int[] relations, int d, int[] f) {
    int h = tree.head(d);
    int dw = in.form(d);
    int dp = in.tag(d);
    int hw = in.form(h);
    int hp = in.tag(h);
    int dir = d < h ? 1 : 2;
    int hl = h == 0 ? -1 : relations[h];
    int marker = in.form(tree.marker(d, in));
    int n = 0;
    f[n++] = FeatureHash.of(1, 0);
    f[n++] = FeatureHash.of(2, dw);
    f[n++] = FeatureHash.of(3, dp, dir);
    f[n++] = FeatureHash.of(4, dp, hp, dir);
    f[n++] = FeatureHash.of(5, dw, hp, dir);
    f[n++] = FeatureHash.of(6, dp, hw, dir);
    f[n++] = FeatureHash.of(7, dw, hw);
    f[n++] = FeatureHash.of(8, hl, dp, hp);
    f[n++] = FeatureHash.of(9, marker, dp, hp);
    f[n++] = FeatureHash.of(10, marker, dir);
    f[n++] = FeatureHash.of(11, dp, hp, dir * 16 + ParserInput.distance(d, h));
    f[n++] = FeatureHash.of(12, in.suffix3(d), dp, hp);
    f[n++] = FeatureHash.of(13, in.tag(tree.leftmost(d)), dp);
    f[n++] = FeatureHash.of(14, in.tag(tree.rightmost(d)), dp);
    f[n++] = FeatureHash.of(15, hp, hl);
    f[n++] = FeatureHash.of(16, dw, dir);
    f[n++] = FeatureHash.of(17, in.tag(d - 1), dp);
    f[n++] = FeatureHash.of(18, in.tag(d + 1 > in.size() ? -1 : d + 1), dp);
    f[n++] = FeatureHash.of(19, hw);
    f[n++] = FeatureHash.of(20, in.lexiconClass(d), hp, dir);
    f[n++] = FeatureHash.of(21, dp, hp, dir * 16 + tree.order(d));
    f[n++] = FeatureHash.of(22, marker, hw);
    f[n++] = FeatureHash.of(23, hl, dp, dir);
    f[n++] = FeatureHash.of(24, in.lexiconClass(h), dp, dir);
    f[n++] = FeatureHash.of(25, dw, hp, hl);
    f[n++] = FeatureHash.of(26, marker, dp, in.form(tree.head(h)));
    f[n++] = FeatureHash.of(28, dw, hp * 4 + dir, in.source());
    f[n++] = FeatureHash.of(29, marker, dp * 4 + dir, in.source());
    f[n++] = FeatureHash.of(30, dp, hp * 4 + dir, in.source());
    f[n++] = FeatureHash.of(31, dp, hp * 4 + dir, in.numbers(d, h));
    f[n++] = FeatureHash.of(32, dw, dir, in.numbers(d, h));
    int[] siblings = new int[MAX_HEAD_WORDS];
    int found = tree.functionWords(h, d, in, MAX_HEAD_WORDS, siblings);
    for (int i = 0; i < found; i++) {
      f[n++] = FeatureHash.of(27, in.form(siblings[i]), dp, dir);
    }
    return n;
  }

  /** The dependents of each token of a finished tree, in sentence order. */
  private static final class Tree {

    private final int[] heads;
    private final int[] first;
    private final int[] children;

    Tree(int[] heads) {
      this.heads = heads;
      first = new int[heads.length + 1];
      for (int t = 1; t < heads.length; t++) {
        first[heads[t] + 1]++;
      }
      for (int t = 0; t < heads.length; t++) {
        first[t + 1] += first[t];
      }
      children = new int[Math.max(0, heads.length - 1)];
      int[] filled = first.clone();
      for (int t = 1; t < heads.length; t++) {
        children[filled[heads[t]]++] = t;
      }
    }

    int head(int token) {
      return token <= 0 ? -1 : heads[token];
    }

    /** Tokens in top-down order: the root's dependent first, every head before its dependents. */
    int[] topDown() {
      int[] order = new int[children.length];
      int end = 0;
      for (int c = first[0]; c < first[1]; c++) {
        order[end++] = children[c];
      }
      for (int next = 0; next < end; next++) {
        int token = order[next];
        for (int c = first[token]; c < first[token + 1]; c++) {
          order[end++] = children[c];
        }
      }
      return Arrays.copyOf(order, end);
    }

    int leftmost(int token) {
      int c = first[token];
      return c < first[token + 1] && children[c] < token ? children[c] : -1;
    }

    int rightmost(int token) {
      int c = first[token + 1] - 1;
      return c >= first[token] && children[c] > token ? children[c] : -1;
    }

    /** The first dependent of {@code token} tagged ADP or SCONJ, or -1. */
    int marker(int token, ParserInput in) {
      for (int c = first[token]; c < first[token + 1]; c++) {
        int tag = in.tag(children[c]);
        if (tag == Upos.ADP || tag == Upos.SCONJ) {
          return children[c];
        }
      }
      return -1;
    }

    /** Up to {@code max} dependents of {@code token} other than {@code except} tagged AUX or PRON. */
    int functionWords(int token, int except, ParserInput in, int max, int[] found) {
      int count = 0;
      for (int c = first[token]; c < first[token + 1] && count < max; c++) {
        int tag = in.tag(children[c]);
        if (children[c] != except && (tag == Upos.AUX || tag == Upos.PRON)) {
          found[count++] = children[c];
        }
      }
      return count;
    }

    /** How many dependents of its head lie between {@code token} and the head (at most 3). */
    int order(int token) {
      int head = heads[token];
      int between = 0;
      for (int c = first[head]; c < first[head + 1]; c++) {
        int sibling = children[c];
        if ((sibling - token) * (sibling - head) < 0) {
          between++;
        }
      }
      return Math.min(3, between);
    }
  }
}
