package org.hechos.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CPU time of the benchmark thread per iteration, and the tokens it processed in that window:
 * {@code cpuTokens / cpuMicros} is tokens per CPU-second, which other processes on a shared
 * machine disturb much less than wall-clock tokens/s. It leaves out GC and JIT threads, so it
 * flatters allocation-heavy code; read it next to tokens/s and allocation per document.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounter {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of this thread in the iteration, in microseconds. */
  public long cpuMicros;

  /** Tokens this thread processed in the same window (counted by {@link TokenCounter#next}). */
  public long cpuTokens;

  private long startNanos;

  @Setup(Level.Iteration)
  public void start() {
    startNanos = THREADS.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void stop() {
    cpuMicros = (THREADS.getCurrentThreadCpuTime() - startNanos) / 1000;
  }
}
