package org.hechos.models;

/**
 * Receives the features of each token of a sentence from {@link CrfFeatures#collect}: either
 * their numbers ({@link TokenFeatures}, to compare with CoreNLP) or their summed weights ({@link
 * CliqueScores}, to decode). Both see the same calls, so what is verified is what is scored.
 */
interface FeatureSink {

  /** Begins the next token; its node features follow. */
  void startToken();

  /** Its edge features follow. */
  void startEdges();

  /** One feature; -1 (a name the model does not know) is skipped. */
  void add(int id);

  /** Distinct features of one word, with their weights already summed per clique labelling. */
  void addAll(int[] ids, double[] summedWeights);
}
