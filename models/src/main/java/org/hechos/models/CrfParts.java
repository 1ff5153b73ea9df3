package org.hechos.models;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

/**
 * The parts of a loaded {@link CRFClassifier} that exact Viterbi inference needs and CoreNLP does
 * not expose: the feature index, the weights and the label index of each clique.
 *
 * <p>CoreNLP 4.5.10 keeps these three in package-private fields, has no accessor for them, and a
 * subclass in another package cannot reach them either. They are read once, by reflection, when
 * the model is loaded; a CoreNLP release that renames them fails here with a message that says
 * so, never later.
 *
 * <p>Nothing is copied: {@code weights} and {@code featureIndex} are the classifier's own
 * (read-only after loading, hence safe to share between threads).
 */
final class CrfParts {

  /** Feature name (for instance {@code "Madrid-WORD|C"}) to feature number. */
  final Index<String> featureIndex;

  /**
   * {@code weights[feature][k]}: the weight of a feature for the k-th labelling of its clique
   * (k indexes {@link #nodeColumn} for node features, {@link #edgeColumn} for edge features).
   */
  final float[][] weights;

  /** Column of class {@code y} in a node feature's weights. */
  final int[] nodeColumn;

  /**
   * Column of the transition {@code previous -> current} in an edge feature's weights, or -1 for
   * a transition never seen in training (CoreNLP gives it probability 0).
   */
  final int[][] edgeColumn;

  /** Number of columns of an edge feature's weights (transitions seen in training). */
  final int edgeColumns;

  private CrfParts(Index<String> featureIndex, float[][] weights, int[] nodeColumn,
      int[][] edgeColumn, int edgeColumns) {
    this.featureIndex = featureIndex;
    this.edgeColumns = edgeColumns;
    this.weights = weights;
    this.nodeColumn = nodeColumn;
    this.edgeColumn = edgeColumn;
  }

  /**
   * Reads the parts of a first-order CRF (window size 2).
   *
   * @throws IllegalStateException if this CoreNLP version stores them differently
   * @throws IllegalArgumentException if the CRF is not first-order
   */
  static CrfParts of(CRFClassifier<?> crf) {
    Index<String> featureIndex = field(crf, "featureIndex", Index.class);
    float[][] weights = field(crf, "weights", float[][].class);
    List<?> labelIndices = field(crf, "labelIndices", List.class);
    if (field(crf, "labelDictionary", Object.class) != null) {
      throw new IllegalArgumentException("CRF restricts labels with a label dictionary");
    }
    if (crf.windowSize != 2 || labelIndices.size() != 2) {
      throw new IllegalArgumentException(
          "CRF is not first-order: window size " + crf.windowSize);
    }
    int classes = crf.classIndex.size();
    int[] nodeColumn = new int[classes];
    Arrays.fill(nodeColumn, -1);
    int[][] edgeColumn = new int[classes][classes];
    for (int[] row : edgeColumn) {
      Arrays.fill(row, -1);
    }
    Index<?> nodes = (Index<?>) labelIndices.get(0);
    for (int k = 0; k < nodes.size(); k++) {
      nodeColumn[((CRFLabel) nodes.get(k)).getLabel()[0]] = k;
    }
    Index<?> edges = (Index<?>) labelIndices.get(1);
    for (int k = 0; k < edges.size(); k++) {
      int[] pair = ((CRFLabel) edges.get(k)).getLabel(); // {previous, current}
      edgeColumn[pair[0]][pair[1]] = k;
    }
    for (int y = 0; y < classes; y++) {
      if (nodeColumn[y] < 0) {
        throw new IllegalArgumentException("CRF has no node weights for class " + y);
      }
    }
    @SuppressWarnings("unchecked")
    Index<String> names = featureIndex;
    return new CrfParts(names, weights, nodeColumn, edgeColumn, edges.size());
  }

  int classes() {
    return nodeColumn.length;
  }

  private static <T> T field(CRFClassifier<?> crf, String name, Class<T> type) {
    try {
      Field field = CRFClassifier.class.getDeclaredField(name);
      field.setAccessible(true);
      return type.cast(field.get(crf));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read CRFClassifier." + name + " as "
          + type.getSimpleName() + ": written for CoreNLP 4.5.10, whose CRFClassifier keeps it in a"
          + " package-private field; check that field in the CoreNLP version on the classpath", e);
    }
  }
}
