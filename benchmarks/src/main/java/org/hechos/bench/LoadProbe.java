package org.hechos.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Locale;
import org.hechos.Pipeline;

/**
 * Run in a fresh JVM by {@link BenchMain}: loads one system once (cold: class loading included)
 * and prints one JSON line with the load time and the heap it retains, measured as used heap
 * after full GCs before and after the load.
 *
 * <pre>java -cp benchmarks.jar org.hechos.bench.LoadProbe hechos|corenlp-full|corenlp-depparse|corenlp-lean</pre>
 */
public final class LoadProbe {

  private LoadProbe() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 1) {
      System.err.println("usage: LoadProbe hechos|corenlp-full|corenlp-depparse|corenlp-lean");
      System.exit(2);
    }
    String system = args[0];
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    Object loaded = load(system);
    long loadNanos = System.nanoTime() - start;
    long after = usedHeapAfterGc();
    System.out.printf(Locale.ROOT, "{\"system\": \"%s\", \"loadMillis\": %.1f, \"retainedBytes\": %d}%n",
        system, loadNanos / 1e6, after - before);
    Reference.reachabilityFence(loaded);
  }

  static Object load(String system) {
    return switch (system) {
      case "hechos" -> Pipeline.spanish();
      case "corenlp-full", "corenlp-depparse", "corenlp-lean" -> CoreNlpSpanish.pipeline(system.substring("corenlp-".length()));
      default -> throw new IllegalArgumentException("unknown system '" + system + "'");
    };
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
