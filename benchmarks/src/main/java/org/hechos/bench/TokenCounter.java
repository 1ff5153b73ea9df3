package org.hechos.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread cursor over the corpus and JMH auxiliary counter: each benchmark invocation processes
 * one document, so the primary score is documents/s, and {@link #tokens} (whitespace tokens of the
 * documents processed) becomes the secondary score "tokens" in tokens/s, summed over threads.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TokenCounter {

  /** Whitespace tokens processed in this iteration; JMH reports it per second. */
  public long tokens;

  private int next;

  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
  }

  /** The index of the next document (round robin); counts its tokens here and in {@code cpu}. */
  int next(int[] tokensPerDoc, CpuCounter cpu) {
    int i = next;
    next = (i + 1) % tokensPerDoc.length;
    tokens += tokensPerDoc[i];
    cpu.cpuTokens += tokensPerDoc[i];
    return i;
  }
}
