package org.hechos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * Turns JMH's JSON result ({@code -rf json}) and the load probes' JSON lines into a Markdown
 * table: documents/s, tokens/s (the {@code tokens} auxiliary counter), tokens per CPU-second of
 * the benchmark threads ({@link CpuCounter}), allocation per document ({@code gc.alloc.rate.norm})
 * and the ratios of both speeds to CoreNLP's full Spanish pipeline on one thread from the same run.
 *
 * <pre>java -cp benchmarks.jar org.hechos.bench.ResultTable target/jmh-result.json [target/load-result.json]</pre>
 */
public final class ResultTable {

  /** The baseline every ratio divides by. */
  static final String BASELINE_BENCHMARK = "CoreNlpBenchmark.annotate";
  static final String BASELINE_CONFIG = "full";

  /** One benchmark's scores. */
  public record Row(String benchmark, Map<String, String> params, int threads, double docsPerSecond,
      double tokensPerSecond, double tokensError, double tokensPerCpuSecond, double allocBytesPerDoc) {

    String label() {
      String method = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      String name = switch (method) {
        case "HechosBenchmarks.extract", "HechosBenchmarks.extractTwoThreads" -> "hechos `extract`";
        case "HechosBenchmarks.stage" -> "hechos stage " + params.getOrDefault("stage", "?");
        case "CoreNlpBenchmark.annotate" -> "CoreNLP `" + CoreNlpSpanish.annotators(params.getOrDefault("config", "?"))
            + "` (" + params.getOrDefault("config", "?") + ")";
        case "ParserBenchmark.parse" -> "tagger + parser: " + (params.getOrDefault("parser", "?").equals("fast")
            ? "hechos `FastParser`" : "CoreNLP `pos,depparse` (`CoreNlpParser`)");
        default -> method + (params.isEmpty() ? "" : " " + params);
      };
      return name;
    }

    boolean isBaseline() {
      return is(BASELINE_BENCHMARK, "config", BASELINE_CONFIG);
    }

    /** True for the one-thread run of {@code method} ("Class.method") with {@code param}={@code value}. */
    boolean is(String method, String param, String value) {
      return benchmark.endsWith(method) && threads == 1 && value.equals(params.get(param));
    }
  }

  /** A ratio the issue asks for: one row's speed over another's, both from the same run. */
  record Ratio(String what, Predicate<Row> numerator, Predicate<Row> denominator) {}

  static final List<Ratio> RATIOS = List.of(
      new Ratio("tagger + parser: hechos `FastParser` ÷ CoreNLP `pos,depparse`",
          r -> r.is("ParserBenchmark.parse", "parser", "fast"), r -> r.is("ParserBenchmark.parse", "parser", "corenlp")),
      new Ratio("hechos `extract` (with the parse) ÷ CoreNLP `" + CoreNlpSpanish.ANNOTATORS + "`",
          r -> r.benchmark().endsWith("HechosBenchmarks.extract"), Row::isBaseline),
      new Ratio("hechos `extract` (with the parse) ÷ CoreNLP `" + CoreNlpSpanish.WITH_DEPPARSE + "`",
          r -> r.benchmark().endsWith("HechosBenchmarks.extract"), r -> r.is(BASELINE_BENCHMARK, "config", "depparse")));

  /** A load probe's result. */
  public record Load(String system, double loadMillis, long retainedBytes) {}

  private ResultTable() {}

  public static List<Row> parseJmh(String json) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode node : new ObjectMapper().readTree(json)) {
      Map<String, String> params = new java.util.TreeMap<>();
      JsonNode p = node.path("params");
      for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        params.put(e.getKey(), e.getValue().asText());
      }
      JsonNode secondary = node.path("secondaryMetrics");
      rows.add(new Row(node.path("benchmark").asText(), params, node.path("threads").asInt(1),
          node.path("primaryMetric").path("score").asDouble(Double.NaN),
          secondary.path("tokens").path("score").asDouble(Double.NaN),
          secondary.path("tokens").path("scoreError").asDouble(Double.NaN),
          secondary.path("cpuTokens").path("score").asDouble(Double.NaN)
              / (secondary.path("cpuMicros").path("score").asDouble(Double.NaN) / 1e6),
          secondary.path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN)));
    }
    return rows;
  }

  /** Load probe results, one JSON object a line (or a JSON array). */
  public static List<Load> parseLoads(String json) throws IOException {
    List<Load> loads = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    String trimmed = json.strip();
    List<JsonNode> nodes = new ArrayList<>();
    if (trimmed.startsWith("[")) {
      mapper.readTree(trimmed).forEach(nodes::add);
    } else {
      for (String line : trimmed.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(mapper.readTree(line));
        }
      }
    }
    for (JsonNode n : nodes) {
      loads.add(new Load(n.path("system").asText(), n.path("loadMillis").asDouble(),
          n.path("retainedBytes").asLong()));
    }
    return loads;
  }

  /** The throughput table, in the order JMH ran the benchmarks, hechos first. */
  public static String throughputTable(List<Row> rows) {
    Optional<Row> baseline = rows.stream().filter(Row::isBaseline).findFirst();
    Optional<Row> oneThread = rows.stream().filter(r -> r.benchmark().endsWith("HechosBenchmarks.extract")).findFirst();
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | threads | documents/s | tokens/s (± 99.9 %) | tokens per CPU-second | alloc/document"
        + " | tokens/s ÷ CoreNLP | tokens per CPU-s ÷ CoreNLP |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing((Row r) -> r.benchmark().contains("CoreNlp")));
    for (Row r : sorted) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s ± %s | %s | %s | %s | %s |\n",
          r.label(), r.threads(), number(r.docsPerSecond()), number(r.tokensPerSecond()),
          number(r.tokensError()), number(r.tokensPerCpuSecond()), bytes(r.allocBytesPerDoc()),
          baseline.map(b -> ratio(r.tokensPerSecond() / b.tokensPerSecond())).orElse("n/a"),
          baseline.map(b -> ratio(r.tokensPerCpuSecond() / b.tokensPerCpuSecond())).orElse("n/a")));
    }
    Optional<Row> twoThreads = rows.stream()
        .filter(r -> r.benchmark().endsWith("HechosBenchmarks.extractTwoThreads")).findFirst();
    if (oneThread.isPresent() && twoThreads.isPresent()) {
      out.append(String.format(Locale.ROOT, "\nScaling, 2 threads ÷ 1 thread on one shared Pipeline: %s in tokens/s"
              + " (%s in tokens per CPU-second: 1.00× means no contention between the threads)\n",
          ratio(twoThreads.get().tokensPerSecond() / oneThread.get().tokensPerSecond()),
          ratio(twoThreads.get().tokensPerCpuSecond() / oneThread.get().tokensPerCpuSecond())));
    }
    return out.toString();
  }

  /** The ratios of {@link #RATIOS} whose two rows ran, in tokens/s and in tokens per CPU-second. */
  public static String ratios(List<Row> rows) {
    StringBuilder out = new StringBuilder("| ratio, same run | tokens/s | tokens per CPU-second |\n|---|---:|---:|\n");
    for (Ratio ratio : RATIOS) {
      Optional<Row> numerator = rows.stream().filter(ratio.numerator()).findFirst();
      Optional<Row> denominator = rows.stream().filter(ratio.denominator()).findFirst();
      if (numerator.isPresent() && denominator.isPresent()) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %s |\n", ratio.what(),
            ratio(numerator.get().tokensPerSecond() / denominator.get().tokensPerSecond()),
            ratio(numerator.get().tokensPerCpuSecond() / denominator.get().tokensPerCpuSecond())));
      }
    }
    return out.toString();
  }

  /** Load time (median) and retained heap (median) per system. */
  public static String loadTable(List<Load> loads) {
    StringBuilder out = new StringBuilder();
    out.append("| system | load time (median) | heap retained after load (median) | runs |\n");
    out.append("|---|---:|---:|---:|\n");
    loads.stream().map(Load::system).distinct().forEach(system -> {
      List<Load> mine = loads.stream().filter(l -> l.system().equals(system)).toList();
      double millis = median(mine.stream().mapToDouble(Load::loadMillis).toArray());
      double retained = median(mine.stream().mapToDouble(Load::retainedBytes).toArray());
      out.append(String.format(Locale.ROOT, "| %s | %.2f s | %s | %d |\n", system, millis / 1000, bytes(retained), mine.size()));
    });
    return out.toString();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String bytes(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (value >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MB", value / (1 << 20));
    }
    return String.format(Locale.ROOT, "%.1f KB", value / 1024);
  }

  static String ratio(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.2f×", value);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ResultTable jmh-result.json [load-result.json]");
      System.exit(2);
    }
    StringJoiner out = new StringJoiner("\n");
    List<Row> rows = parseJmh(Files.readString(Path.of(args[0])));
    out.add(throughputTable(rows));
    out.add(ratios(rows));
    if (args.length > 1) {
      out.add(loadTable(parseLoads(Files.readString(Path.of(args[1])))));
    }
    System.out.println(out);
  }
}
