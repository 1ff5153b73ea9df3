package org.hechos.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SparkSession;
import org.hechos.Pipeline;
import org.hechos.spark.JobOptions.InputFormat;
import org.hechos.spark.JobOptions.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark local mode against the single-machine API on the same documents; a measurement, not a
 * test, so it runs only when asked:
 * {@code mvn -pl spark -am test -Dtest=ThroughputMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Dhechos.throughput=600}.
 * Prints wall-clock documents/s and this process's CPU seconds for each run (the CPU time tells
 * the cost apart from what other processes on the machine take).
 */
class ThroughputMeasurement {

  @TempDir
  Path dir;

  @Test
  void measure() throws Exception {
    int count = Integer.getInteger("hechos.throughput", 0);
    assumeTrue(count > 0, "set -Dhechos.throughput=N to measure on N generated documents");
    Pipeline pipeline = Pipeline.spanish();
    Map<String, String> documents = Corpus.generated(pipeline, count);
    Path input = Files.createDirectories(dir.resolve("input"));
    for (Map.Entry<String, String> d : documents.entrySet()) {
      Files.writeString(input.resolve(d.getKey()), d.getValue(), UTF_8);
    }
    List<String> texts = List.copyOf(documents.values());
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf("%d documents, %d chars (%.0f per document), %d cores%n", texts.size(), chars,
        (double) chars / texts.size(), Runtime.getRuntime().availableProcessors());
    texts.stream().limit(100).forEach(pipeline::extract); // JIT warm-up for every run below

    report("single-machine API, 1 thread", texts.size(), () -> texts.forEach(pipeline::extract));
    report("single-machine API, 2 threads, one shared Pipeline", texts.size(), () -> {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (String t : texts) {
          futures.add(pool.submit(() -> pipeline.extract(t)));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
    });
    SparkSession spark = SparkSession.builder().master("local[2]").appName("hechos-throughput")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      // A first small run starts Spark's machinery and builds the executor's Pipeline.
      ExtractJob.run(spark, options(input.resolve("generated-0000.txt"), dir.resolve("warm")));
      report("Spark local[2]: read files, extract, write Parquet (3 outputs)", texts.size(),
          () -> ExtractJob.run(spark, options(input, dir.resolve("output"))));
    } finally {
      spark.stop();
    }
  }

  private static JobOptions options(Path input, Path output) {
    return new JobOptions(input.toString(), output.toString(), InputFormat.TEXT,
        OutputFormat.PARQUET, "id", "text", JobOptions.DEFAULT_MAX_CHARS, OptionalInt.empty(),
        Optional.empty(), false);
  }

  private interface Run {
    void run() throws Exception;
  }

  private static void report(String name, int documents, Run run) throws Exception {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    run.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    System.out.printf("%-66s %6.1f s  %6.1f docs/s  %6.1f CPU s (%.1f ms CPU per document)%n",
        name, seconds, documents / seconds, cpuSeconds, 1000 * cpuSeconds / documents);
  }
}
