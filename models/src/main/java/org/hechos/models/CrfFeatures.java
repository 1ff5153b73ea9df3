package org.hechos.models;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The feature numbers CoreNLP's {@code NERFeatureFactory} gives each word of a sentence, for the
 * feature set of CoreNLP's Spanish CRF (see {@link CrfSupport}), computed without building most of
 * the feature names.
 *
 * <p>CoreNLP builds ~150 strings per token and looks each up in its feature index. But most
 * features depend on one word only: the word itself (word, character n-grams, shape, cluster), or
 * a neighbour seen through a fixed template ({@code "de-PW|C"} for any token after "de"). Those
 * are looked up once per distinct word ({@link CrfWord}, kept in a bounded cache) and a token's
 * features are the union of its own, its neighbours' and ten templates that join two or three
 * words, still built as strings.
 *
 * <p>Names follow {@code NERFeatureFactory}: {@code |C} features belong to the node clique (one
 * label), {@code |CpC} features to the edge clique (previous and current label). Outside the
 * sentence CoreNLP sees a padding token whose text and shape read as "" but whose cluster reads as
 * "null" in node features; {@link CrfWord#padding} reproduces those strings.
 *
 * <p>Thread-safe: the cache is concurrent and everything else is read-only.
 */
final class CrfFeatures {

  /** Distinct words whose features stay cached (about 0.4 KB each: at most ~45 MB). */
  static final int CACHED_WORDS = 100_000;

  /**
   * The titles {@code NERFeatureFactory} marks with {@code IS_TITLE} when {@code useTitle} is
   * set (English ones, even in the Spanish model; its field {@code titlePattern}).
   */
  private static final Pattern TITLE = Pattern.compile("(?:Mr|Ms|Mrs|Dr|Miss|Sen|Judge|Sir)\\.?");

  /** Occurrences of a capitalized word are looked for up to this distance (exclusive). */
  private static final int OCCURRENCE_REACH = 150;

  private final Index<String> index;
  private final float[][] weights;
  private final int nodeWidth;
  private final int edgeWidth;
  private final Map<String, String> clusters; // null when the model has no distsim features
  private final String unknownCluster;
  private final Set<String> knownLowercaseWords;
  private final int wordShape;
  private final boolean title;
  private final int maxNGram;
  private final int disjunctionWidth;
  private final CrfPairs pairs;
  private final Cache<String, CrfWord> cache;
  private final CrfWord padding;
  private final int classFeature;
  private final int sequenceFeature;
  private final int noOccurrence;
  private final int laterOccurrence;
  private final int earlierOccurrence;

  CrfFeatures(CRFClassifier<?> crf, CrfParts parts) {
    SeqClassifierFlags flags = crf.flags;
    this.index = parts.featureIndex;
    this.weights = parts.weights;
    this.nodeWidth = parts.nodeColumn.length;
    this.edgeWidth = parts.edgeColumns;
    this.clusters = flags.useDistSim ? lexicon(crf) : null;
    this.unknownCluster = flags.unknownWordDistSimClass;
    this.knownLowercaseWords = crf.getKnownLCWords();
    this.wordShape = flags.wordShape;
    this.title = flags.useTitle;
    this.maxNGram = flags.maxNGramLeng;
    this.disjunctionWidth = flags.disjunctionWidth;
    this.pairs = new CrfPairs(index);
    this.cache = CacheBuilder.newBuilder().maximumSize(CACHED_WORDS).build();
    this.padding = CrfWord.padding(this);
    this.classFeature = id("###|C");
    this.sequenceFeature = id("PSEQ|CpC");
    this.noOccurrence = id("NO-OCCURRENCE-PATTERN|C");
    this.laterOccurrence = id("X-NEXT-OCCURRENCE-X|C");
    this.earlierOccurrence = id("X-PREV-OCCURRENCE-X|C");
  }

  /** The feature number of a name, or -1 if training dropped or never saw it. */
  int id(String name) {
    return index.indexOf(name);
  }

  /** The weights of node features {@code ids}, summed per class column. */
  double[] nodeWeights(int[] ids) {
    return summed(ids, nodeWidth);
  }

  /** The weights of edge features {@code ids}, summed per transition column. */
  double[] edgeWeights(int[] ids) {
    return summed(ids, edgeWidth);
  }

  private double[] summed(int[] ids, int width) {
    double[] sums = new double[width];
    for (int id : ids) {
      float[] w = weights[id];
      for (int k = 0; k < width; k++) {
        sums[k] += w[k];
      }
    }
    return sums;
  }

  CrfPairs pairs() {
    return pairs;
  }

  boolean hasClusters() {
    return clusters != null;
  }

  /**
   * The word's distributional-similarity class: the flag {@code unknownWordDistSimClass} (null by
   * default) if the lexicon lacks it.
   */
  String cluster(String word) {
    String cluster = clusters.get(word.toLowerCase()); // as NERFeatureFactory: default locale
    return cluster != null ? cluster : unknownCluster;
  }

  /** The word's shape as {@code ObjectBankWrapper} computes it before classification. */
  String shape(String word) {
    return WordShapeClassifier.wordShape(word, wordShape, knownLowercaseWords);
  }

  boolean isTitle(String word) {
    return title && TITLE.matcher(word).matches();
  }

  /** Length limit of character n-grams, or -1 for none. */
  int maxNGram() {
    return maxNGram;
  }

  CrfWord word(String text) {
    CrfWord word = cache.getIfPresent(text);
    if (word == null) {
      word = CrfWord.of(text, this);
      cache.put(text, word);
    }
    return word;
  }

  long cachedWords() {
    return cache.size();
  }

  /**
   * Collects the features of every token into {@code out}: node features first, then edge
   * features, per token.
   */
  void collect(List<String> words, FeatureSink out) {
    int n = words.size();
    CrfWord[] w = new CrfWord[n];
    for (int i = 0; i < n; i++) {
      w[i] = word(words.get(i));
    }
    StringBuilder name = new StringBuilder(64);
    int[] seen = new int[2 * disjunctionWidth + 1];
    for (int i = 0; i < n; i++) {
      CrfWord c = w[i];
      CrfWord p = at(w, i - 1);
      CrfWord nx = at(w, i + 1);
      out.startToken();
      out.addAll(c.node, c.nodeWeights);
      out.addAll(p.nodeAsPrevious, p.nodeAsPreviousWeights);
      out.addAll(nx.nodeAsNext, nx.nodeAsNextWeights);
      out.add(classFeature);
      occurrence(w, i, out);
      disjunctions(w, i, seen, out);
      pairs.node(at(w, i - 2), p, c, nx, at(w, i + 2), name, out);
      out.startEdges();
      out.add(sequenceFeature);
      out.addAll(c.edge, c.edgeWeights);
      out.addAll(p.edgeAsPrevious, p.edgeAsPreviousWeights);
      out.add(nx.edgeAsNext);
      pairs.edge(p, c, clusters != null, name, out);
    }
  }

  private CrfWord at(CrfWord[] words, int i) {
    return i < 0 || i >= words.length ? padding : words[i];
  }

  /**
   * {@code -DISJN}/{@code -DISJP}: each word up to {@code disjunctionWidth} after/before, as a set
   * (a word twice in the window, or the padding, counts once).
   */
  private void disjunctions(CrfWord[] w, int i, int[] seen, FeatureSink out) {
    int count = 0;
    for (int d = 1; d <= disjunctionWidth; d++) {
      count = addOnce(at(w, i + d).disjunctionNext, seen, count, out);
      count = addOnce(at(w, i - d).disjunctionPrevious, seen, count, out);
    }
  }

  private static int addOnce(int feature, int[] seen, int count, FeatureSink out) {
    if (feature < 0) {
      return count;
    }
    for (int k = 0; k < count; k++) {
      if (seen[k] == feature) {
        return count;
      }
    }
    seen[count] = feature;
    out.add(feature);
    return count + 1;
  }

  /**
   * {@code NERFeatureFactory.occurrencePatterns} without part-of-speech tags: a capitalized word
   * (like "Pérez") after a word with letters and before a lowercase word with letters is marked if
   * it occurs again 3 to 149 tokens later and/or earlier; every other token gets "no pattern".
   */
  private void occurrence(CrfWord[] w, int i, FeatureSink out) {
    CrfWord c = w[i];
    if (i == 0 || !c.nameCase || !at(w, i - 1).hasLetter || !at(w, i + 1).lowercaseWithLetter) {
      out.add(noOccurrence);
      return;
    }
    for (int j = i + 3; j < w.length && j < i + OCCURRENCE_REACH; j++) {
      if (w[j].text.equals(c.text)) {
        out.add(laterOccurrence);
        break;
      }
    }
    for (int j = i - 3; j >= 0 && j > i - OCCURRENCE_REACH; j--) {
      if (w[j].text.equals(c.text)) {
        out.add(earlierOccurrence);
        break;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> lexicon(CRFClassifier<?> crf) {
    Object factory = crf.featureFactories.get(0);
    try {
      Field field = NERFeatureFactory.class.getDeclaredField("lexicon");
      field.setAccessible(true);
      Map<String, String> lexicon = (Map<String, String>) field.get(factory);
      if (lexicon == null) {
        throw new IllegalStateException("the CRF uses distsim features but has no distsim lexicon");
      }
      return lexicon;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read NERFeatureFactory.lexicon: written for CoreNLP"
          + " 4.5.10, whose feature factory keeps the distsim lexicon in that private field", e);
    }
  }
}
