package org.hechos.models;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The CRF features one word contributes, whichever sentence it is in: to its own token, and to
 * the tokens before and after it through fixed templates. Immutable.
 *
 * <p>Feature names are those of CoreNLP's {@code NERFeatureFactory} (node clique {@code |C}, edge
 * clique {@code |CpC}); only numbers of features the model knows are kept.
 */
final class CrfWord {

  /** The word as CoreNLP sees it ("" for the padding outside the sentence). */
  final String text;
  /** Its shape, as node and edge features read it ("" for the padding). */
  final String shape;
  /** Its cluster as edge features read it: "" when unknown ({@code CoreLabel.getString}). */
  final String edgeCluster;
  /** Numbers of {@link #shape} and {@link #edgeCluster}, and role bits ({@link CrfPairs}). */
  final int shapeId;
  final int clusterId;
  final int roles;

  /** cluster{@code -DISTSIM}, {@code IS_TITLE}, word{@code -WORD}, n-grams, shape{@code -TYPE}. */
  final int[] node;
  /** For the next token: shape{@code -PTYPE}, word{@code -PW}, cluster{@code -PDISTSIM}. */
  final int[] nodeAsPrevious;
  /** For the previous token: shape{@code -NTYPE}, word{@code -NW}, cluster{@code -NDISTSIM}. */
  final int[] nodeAsNext;
  /** The weights of {@link #node}, {@link #nodeAsPrevious}... summed per clique labelling. */
  final double[] nodeWeights;
  final double[] nodeAsPreviousWeights;
  final double[] nodeAsNextWeights;
  final double[] edgeWeights;
  final double[] edgeAsPreviousWeights;
  /** For tokens up to five before/after: word{@code -DISJN}, word{@code -DISJP}; or -1. */
  final int disjunctionNext;
  final int disjunctionPrevious;
  /** word{@code -PSEQW}, cluster{@code -PSEQcDS}, shape{@code -PSEQcS}, shape{@code -TPS2}. */
  final int[] edge;
  /** For the next token: word{@code -PSEQpW}, cluster{@code -PSEQpDS}, shape{@code -PSEQpS}. */
  final int[] edgeAsPrevious;
  /** For the previous token: shape{@code -TNS1}, or -1. */
  final int edgeAsNext;

  /** Occurrence-pattern tests on the text (see {@code CrfFeatures#occurrence}). */
  final boolean nameCase;
  final boolean hasLetter;
  final boolean lowercaseWithLetter;

  private CrfWord(CrfFeatures features, String text, String shape, String edgeCluster, int[] node,
      int[] nodeAsPrevious, int[] nodeAsNext, int disjunctionNext, int disjunctionPrevious,
      int[] edge, int[] edgeAsPrevious, int edgeAsNext) {
    this.text = text;
    this.shape = shape;
    this.edgeCluster = edgeCluster;
    CrfPairs pairs = features.pairs();
    this.shapeId = pairs.symbol(shape);
    this.clusterId = pairs.symbol(edgeCluster);
    this.roles = pairs.roles(text);
    this.node = node;
    this.nodeAsPrevious = nodeAsPrevious;
    this.nodeAsNext = nodeAsNext;
    this.disjunctionNext = disjunctionNext;
    this.disjunctionPrevious = disjunctionPrevious;
    this.edge = edge;
    this.edgeAsPrevious = edgeAsPrevious;
    this.edgeAsNext = edgeAsNext;
    this.nodeWeights = features.nodeWeights(node);
    this.nodeAsPreviousWeights = features.nodeWeights(nodeAsPrevious);
    this.nodeAsNextWeights = features.nodeWeights(nodeAsNext);
    this.edgeWeights = features.edgeWeights(edge);
    this.edgeAsPreviousWeights = features.edgeWeights(edgeAsPrevious);
    this.nameCase = isNameCase(text);
    this.hasLetter = text.chars().anyMatch(Character::isLetter);
    this.lowercaseWithLetter = hasLetter && text.chars().noneMatch(Character::isUpperCase);
  }

  static CrfWord of(String text, CrfFeatures features) {
    String shape = features.shape(text);
    String cluster = features.hasClusters() ? features.cluster(text) : null;
    // Node features read the cluster with CoreLabel.get (null prints "null"), edge features
    // with getString (null reads "").
    String nodeCluster = String.valueOf(cluster);
    String edgeCluster = cluster == null ? "" : cluster;

    Ids node = new Ids(features);
    if (features.hasClusters()) {
      node.add(nodeCluster, "-DISTSIM|C");
    }
    if (features.isTitle(text)) {
      node.add("IS_TITLE|C");
    }
    node.add(text, "-WORD|C");
    for (String gram : nGrams(text, features.maxNGram())) {
      node.add(gram, "|C");
    }
    node.add(shape, "-TYPE|C");
    return new CrfWord(features, text, shape, edgeCluster, node.toArray(),
        neighbour(features, text, shape, nodeCluster, "-PTYPE|C", "-PW|C", "-PDISTSIM|C"),
        neighbour(features, text, shape, nodeCluster, "-NTYPE|C", "-NW|C", "-NDISTSIM|C"),
        features.id(text + "-DISJN|C"), features.id(text + "-DISJP|C"),
        edge(features, text, shape, edgeCluster),
        edgeAsPrevious(features, text, shape, edgeCluster),
        features.id(shape + "-TNS1|CpC"));
  }

  /**
   * The padding CoreNLP puts around a sentence: a token without text, shape or cluster, whose
   * missing values print as "" in most templates but as "null" in {@code -PDISTSIM},
   * {@code -NDISTSIM} and {@code -TNS1} (read with {@code CoreLabel.get}, not {@code getString}).
   */
  static CrfWord padding(CrfFeatures features) {
    return new CrfWord(features, "", "", "", new int[0],
        neighbour(features, "", "", "null", "-PTYPE|C", "-PW|C", "-PDISTSIM|C"),
        neighbour(features, "", "", "null", "-NTYPE|C", "-NW|C", "-NDISTSIM|C"),
        features.id("-DISJN|C"), features.id("-DISJP|C"),
        new int[0],
        edgeAsPrevious(features, "", "", ""),
        features.id("null-TNS1|CpC"));
  }

  private static int[] neighbour(CrfFeatures features, String text, String shape, String cluster,
      String shapeTemplate, String wordTemplate, String clusterTemplate) {
    Ids ids = new Ids(features);
    ids.add(shape, shapeTemplate);
    ids.add(text, wordTemplate);
    if (features.hasClusters()) {
      ids.add(cluster, clusterTemplate);
    }
    return ids.toArray();
  }

  private static int[] edge(CrfFeatures features, String text, String shape, String cluster) {
    Ids ids = new Ids(features);
    ids.add(text, "-PSEQW|CpC");
    if (features.hasClusters()) {
      ids.add(cluster, "-PSEQcDS|CpC");
    }
    ids.add(shape, "-PSEQcS|CpC");
    ids.add(shape, "-TPS2|CpC");
    return ids.toArray();
  }

  private static int[] edgeAsPrevious(CrfFeatures features, String text, String shape,
      String cluster) {
    Ids ids = new Ids(features);
    ids.add(text, "-PSEQpW|CpC");
    if (features.hasClusters()) {
      ids.add(cluster, "-PSEQpDS|CpC");
    }
    ids.add(shape, "-PSEQpS|CpC");
    return ids.toArray();
  }

  /**
   * Character n-grams of {@code <word>} with {@code noMidNGrams}: prefixes and suffixes of at
   * least two characters (the whole once), each as {@code #gram#}; at most {@code max} characters
   * long unless {@code max} is negative.
   */
  static Set<String> nGrams(String word, int max) {
    String marked = '<' + word + '>';
    int length = marked.length();
    int longest = max >= 0 ? Math.min(max, length) : length;
    Set<String> grams = new LinkedHashSet<>();
    for (int end = 2; end <= longest; end++) {
      grams.add('#' + marked.substring(0, end) + '#');
    }
    for (int begin = max >= 0 ? Math.max(0, length - max) : 0; begin < length - 1; begin++) {
      grams.add('#' + marked.substring(begin) + '#');
    }
    return grams;
  }

  /** Capitalized (upper or title case) and no other capital, at least two chars: "Pérez". */
  private static boolean isNameCase(String text) {
    if (text.length() < 2) {
      return false;
    }
    char first = text.charAt(0);
    if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
      return false;
    }
    return text.chars().skip(1).noneMatch(Character::isUpperCase);
  }

  /** Known feature numbers, each once. */
  private static final class Ids {
    private final CrfFeatures features;
    private int[] ids = new int[16];
    private int size;

    Ids(CrfFeatures features) {
      this.features = features;
    }

    void add(String value, String template) {
      add(value + template);
    }

    void add(String name) {
      int id = features.id(name);
      if (id < 0) {
        return;
      }
      for (int i = 0; i < size; i++) {
        if (ids[i] == id) {
          return;
        }
      }
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, 2 * size);
      }
      ids[size++] = id;
    }

    int[] toArray() {
      return Arrays.copyOf(ids, size);
    }
  }
}
