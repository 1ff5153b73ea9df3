package org.hechos.models;

import java.util.Arrays;

/**
 * The feature numbers of each token of one sentence, node features then edge features, in one
 * growing array. Per call, never shared between threads.
 */
final class TokenFeatures implements FeatureSink {

  private int[] ids = new int[4096];
  private int size;
  /** Per token t: node features at [nodeStart[t], edgeStart[t]), edge ones up to nodeStart[t+1]. */
  private int[] nodeStart = new int[64];
  private int[] edgeStart = new int[64];
  private int tokens;

  @Override
  public void startToken() {
    if (tokens + 1 >= nodeStart.length) {
      nodeStart = Arrays.copyOf(nodeStart, 2 * nodeStart.length);
      edgeStart = Arrays.copyOf(edgeStart, 2 * edgeStart.length);
    }
    nodeStart[tokens] = size;
    edgeStart[tokens] = size;
    tokens++;
    nodeStart[tokens] = size;
  }

  @Override
  public void startEdges() {
    edgeStart[tokens - 1] = size;
  }

  @Override
  public void add(int id) {
    if (id < 0) {
      return;
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, 2 * size);
    }
    ids[size++] = id;
    nodeStart[tokens] = size;
  }

  @Override
  public void addAll(int[] more, double[] summedWeights) {
    if (size + more.length > ids.length) {
      ids = Arrays.copyOf(ids, Math.max(2 * ids.length, size + more.length));
    }
    System.arraycopy(more, 0, ids, size, more.length);
    size += more.length;
    nodeStart[tokens] = size;
  }

  int tokens() {
    return tokens;
  }

  int[] ids() {
    return ids;
  }

  int nodeBegin(int token) {
    return nodeStart[token];
  }

  int edgeBegin(int token) {
    return edgeStart[token];
  }

  int edgeEnd(int token) {
    return nodeStart[token + 1];
  }

  /** Node features of a token, sorted (for comparison with CoreNLP's). */
  int[] node(int token) {
    int[] node = Arrays.copyOfRange(ids, nodeBegin(token), edgeBegin(token));
    Arrays.sort(node);
    return node;
  }

  /** Edge features of a token, sorted. */
  int[] edge(int token) {
    int[] edge = Arrays.copyOfRange(ids, edgeBegin(token), edgeEnd(token));
    Arrays.sort(edge);
    return edge;
  }
}
