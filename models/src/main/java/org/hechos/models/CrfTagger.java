package org.hechos.models;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.util.List;

/**
 * Exact first-order Viterbi decoding of a loaded CoreNLP CRF, with the features of {@link
 * CrfFeatures}: the labels {@code CRFClassifier.classifySentence} gives, several times faster.
 *
 * <p>CoreNLP decodes with the conditional log-probabilities of a calibrated clique tree
 * (forward-backward). Their sum along a label sequence equals the sum of its clique potentials
 * minus the log-partition function, a constant, so plain Viterbi over potentials finds the same
 * best sequence; only floating-point rounding of near-ties can differ. Transitions never seen in
 * training are impossible, as in CoreNLP; the label before the first word is the background.
 *
 * <p>Thread-safe: per-call state lives in locals.
 */
final class CrfTagger {

  private final CrfParts parts;
  private final CrfFeatures features;
  private final int background;

  private CrfTagger(CrfParts parts, CrfFeatures features, int background) {
    this.parts = parts;
    this.features = features;
    this.background = background;
  }

  /**
   * Builds the tagger of a CRF that {@link CrfSupport#unsupported} accepts.
   *
   * @throws IllegalArgumentException if it does not
   */
  static CrfTagger of(CRFClassifier<?> crf) {
    CrfSupport.unsupported(crf).ifPresent(reason -> {
      throw new IllegalArgumentException("no fast CRF inference: " + reason);
    });
    CrfParts parts = CrfParts.of(crf);
    int background = crf.classIndex.indexOf(crf.flags.backgroundSymbol);
    if (background < 0) {
      throw new IllegalArgumentException("CRF has no class " + crf.flags.backgroundSymbol);
    }
    return new CrfTagger(parts, new CrfFeatures(crf, parts), background);
  }

  /** The feature numbers of each token, as {@code CRFClassifier.documentToDataAndLabels}. */
  TokenFeatures features(List<String> words) {
    TokenFeatures out = new TokenFeatures();
    features.collect(words, out);
    return out;
  }

  CrfFeatures featureCache() {
    return features;
  }

  /** The best class number of each word ({@code classIndex} of the CRF). */
  int[] bestClasses(List<String> words) {
    int n = words.size();
    if (n == 0) {
      return new int[0];
    }
    CliqueScores scores = new CliqueScores(parts, n);
    features.collect(words, scores);
    int classes = parts.classes();
    int nodeWidth = classes;
    int edgeWidth = parts.edgeColumns;
    int[] nodeColumn = parts.nodeColumn;
    int[][] edgeColumn = parts.edgeColumn;
    double[] best = new double[classes];
    double[] next = new double[classes];
    int[][] from = new int[n][classes];

    for (int t = 0; t < n; t++) {
      int nodeBase = t * nodeWidth;
      int edgeBase = t * edgeWidth;
      for (int y = 0; y < classes; y++) {
        double node = scores.node[nodeBase + nodeColumn[y]];
        double top = Double.NEGATIVE_INFINITY;
        int arg = -1;
        for (int prev = 0; prev < classes; prev++) {
          if (t == 0 && prev != background) {
            continue;
          }
          int column = edgeColumn[prev][y];
          if (column < 0) {
            continue;
          }
          double score = (t == 0 ? 0 : best[prev]) + scores.edge[edgeBase + column];
          if (score > top) { // the first of equal scores, as CoreNLP's ExactBestSequenceFinder
            top = score;
            arg = prev;
          }
        }
        next[y] = top + node;
        from[t][y] = arg;
      }
      double[] swap = best;
      best = next;
      next = swap;
    }

    int[] path = new int[n];
    int last = 0;
    for (int y = 1; y < classes; y++) {
      if (best[y] > best[last]) {
        last = y;
      }
    }
    for (int t = n - 1; t >= 0; t--) {
      path[t] = last;
      last = from[t][last];
    }
    return path;
  }
}
