package org.hechos.models.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
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

  private final LinearModel model;
  private final List<String> labels;

  ArcLabeler(LinearModel model, List<String> labels) {
    if (model.classes() != labels.size()) {
      throw new IllegalArgumentException(model.classes() + " classes for " + labels.size() + " labels");
    }
    this.model = model;
    this.labels = List.copyOf(labels);
  }

  List<String> labels() {
    return labels;
  }

  /** The relation of each token 1..n (index 0 unused) as a number into {@link #labels()}. */
  int[] label(ParserInput in, int[] heads, PositionGuide guide) {
    Tree tree = new Tree(heads);
    int[] relations = new int[heads.length];
    int[] features = new int[MAX_FEATURES];
    float[] scores = new float[labels.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>(tree.children(0));
    while (!queue.isEmpty()) {
      int dependent = queue.poll();
      int count = features(in, tree, relations, dependent, features);
      model.score(features, count, scores);
      relations[dependent] = guide.follow(dependent, LinearModel.best(scores, scores.length), features, count);
      queue.addAll(tree.children(dependent));
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
    int added = 0;
    for (int sibling : tree.children(h)) {
      int tag = in.tag(sibling);
      if (sibling != d && added < MAX_HEAD_WORDS && (tag == Upos.AUX || tag == Upos.PRON)) {
        f[n++] = FeatureHash.of(27, in.form(sibling), dp, dir);
        added++;
      }
    }
    return n;
  }

  /** Children lists of a finished tree. */
  private static final class Tree {

    private final int[] heads;
    private final List<List<Integer>> children;

    Tree(int[] heads) {
      this.heads = heads;
      children = new ArrayList<>(heads.length);
      for (int t = 0; t < heads.length; t++) {
        children.add(new ArrayList<>(2));
      }
      for (int t = 1; t < heads.length; t++) {
        children.get(heads[t]).add(t);
      }
    }

    int head(int token) {
      return token <= 0 ? -1 : heads[token];
    }

    List<Integer> children(int token) {
      return children.get(token);
    }

    int leftmost(int token) {
      List<Integer> list = children.get(token);
      return list.isEmpty() || list.get(0) > token ? -1 : list.get(0);
    }

    int rightmost(int token) {
      List<Integer> list = children.get(token);
      return list.isEmpty() || list.get(list.size() - 1) < token ? -1 : list.get(list.size() - 1);
    }

    /** The first dependent of {@code token} tagged ADP or SCONJ, or -1. */
    int marker(int token, ParserInput in) {
      for (int child : children.get(token)) {
        int tag = in.tag(child);
        if (tag == Upos.ADP || tag == Upos.SCONJ) {
          return child;
        }
      }
      return -1;
    }

    /** How many dependents of its head lie between {@code token} and the head (at most 3). */
    int order(int token) {
      int head = heads[token];
      int between = 0;
      for (int sibling : children.get(head)) {
        if (sibling != token && (sibling - token) * (sibling - head) < 0) {
          between++;
        }
      }
      return Math.min(3, between);
    }
  }
}
