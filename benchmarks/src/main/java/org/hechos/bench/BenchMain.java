package org.hechos.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole comparison and prints the table: load probes (fresh JVMs), then the JMH
 * benchmarks with the GC profiler, then {@link ResultTable} over the JSON they wrote.
 *
 * <p>System properties: {@code bench=long} or {@code bench.long=true} selects the long
 * configuration; {@code bench.include} a JMH include regex; {@code bench.jfr=true} adds JMH's JFR
 * profiler; {@code bench.out} the output directory (default {@code target});
 * {@code hechos.data}, {@code hechos.seeds} the corpus (see {@link Corpus}).
 */
public final class BenchMain {

  /** The two configurations. Short: about 15 minutes on 2 cores. */
  record Config(String name, int forks, int warmups, int warmupSeconds, int iterations,
      int iterationSeconds, int docs, List<String> coreNlpConfigs, int loadRuns) {

    static final Config SHORT = new Config("short", 1, 2, 12, 3, 8, 32, List.of("full", "depparse"), 2);
    static final Config LONG = new Config("long", 2, 3, 10, 6, 10, 0, List.of("full", "depparse", "lean"), 5);
  }

  private BenchMain() {}

  /**
   * True if the build asked for benchmarks: {@code -Dbench} (any value but "false"), or Maven's
   * {@code -pl} selection ({@code session.request.selectedProjects}, e.g. "[benchmarks]") names
   * this module.
   */
  static boolean wanted(String bench, String selectedProjects) {
    if (!bench.equals("false")) {
      return true;
    }
    for (String project : selectedProjects.replaceAll("[\\[\\]\\s]", "").split(",")) {
      if (project.endsWith("benchmarks")) {
        return true;
      }
    }
    return false;
  }

  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    if (!wanted(System.getProperty("bench", "false"), System.getProperty("bench.selected", "[]"))) {
      System.out.println("benchmarks: not run in a whole-reactor build; run `mvn -pl benchmarks verify`");
      return;
    }
    boolean longRun = "long".equals(System.getProperty("bench")) || Boolean.getBoolean("bench.long");
    Config config = longRun ? Config.LONG : Config.SHORT;
    Path out = Path.of(System.getProperty("bench.out", "target")).toAbsolutePath();
    Files.createDirectories(out);
    String data = System.getProperty("hechos.data", "../shared/data");
    String seeds = System.getProperty("hechos.seeds", "seeds/articles");

    System.setProperty("bench.docs", Integer.toString(config.docs()));
    Corpus corpus = Corpus.fromSystemProperties();
    String machine = machine();
    System.out.println("== hechos benchmarks, " + config.name() + " configuration ==");
    System.out.println(machine);
    System.out.println("corpus: " + corpus.description());

    List<String> jvmArgs = List.of("-Xms3g", "-Xmx3g", "-Dhechos.data=" + data, "-Dhechos.seeds=" + seeds,
        "-Dbench.docs=" + config.docs());

    String loadJson = loadProbes(config, out, jvmArgs);

    String include = System.getProperty("bench.include", "");
    Path jmhJson = out.resolve("jmh-result" + (longRun ? "-long" : "") + ".json");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include.isBlank() ? "org\\.hechos\\.bench\\..*" : include)
        .param("config", config.coreNlpConfigs().toArray(String[]::new))
        .forks(config.forks())
        .warmupIterations(config.warmups())
        .warmupTime(TimeValue.seconds(config.warmupSeconds()))
        .measurementIterations(config.iterations())
        .measurementTime(TimeValue.seconds(config.iterationSeconds()))
        .timeUnit(TimeUnit.SECONDS)
        .jvmArgs(jvmArgs.toArray(String[]::new))
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(jmhJson.toString());
    if (Boolean.getBoolean("bench.jfr")) {
      options.addProfiler(JavaFlightRecorderProfiler.class, "dir=" + out.resolve("jfr"));
    }
    new Runner(options.build()).run();

    List<ResultTable.Row> rows = ResultTable.parseJmh(Files.readString(jmhJson));
    // extract, extractTwoThreads, one per stage, one per CoreNLP config, one per parser
    int expected = 2 + paramCount(HechosBenchmarks.StageInput.class, "stage") + config.coreNlpConfigs().size()
        + paramCount(ParserBenchmark.Parser.class, "parser");
    String missing = include.isBlank() && rows.size() < expected
        ? "\n**WARNING: only " + rows.size() + " of " + expected + " benchmarks have results; the others"
            + " failed (see the JMH log above).**\n"
        : "";
    String table = "# hechos vs CoreNLP, " + config.name() + " configuration, " + Instant.now() + "\n\n"
        + machine.replace("\n", "  \n") + "  \ncorpus: " + corpus.description() + "\n\n"
        + ResultTable.throughputTable(rows) + missing + "\n" + ResultTable.ratios(rows) + "\n"
        + ResultTable.loadTable(ResultTable.parseLoads(loadJson));
    Path tableFile = out.resolve("bench-table" + (longRun ? "-long" : "") + ".md");
    Files.writeString(tableFile, table);
    System.out.println();
    System.out.println(table);
    System.out.println("JMH JSON: " + jmhJson + "\ntable: " + tableFile);
    if (!missing.isEmpty()) {
      System.exit(1);
    }
  }

  /** Runs {@link LoadProbe} in fresh JVMs and returns its JSON lines (also written to a file). */
  private static String loadProbes(Config config, Path out, List<String> jvmArgs)
      throws IOException, InterruptedException {
    List<String> systems = new ArrayList<>(List.of("hechos"));
    config.coreNlpConfigs().forEach(c -> systems.add("corenlp-" + c));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder lines = new StringBuilder();
    for (int run = 0; run < config.loadRuns(); run++) {
      for (String system : systems) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadProbe.class.getName(), system));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String json = null;
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith("{\"system\"")) {
              json = line;
            }
          }
        }
        int exit = process.waitFor();
        if (exit != 0 || json == null) {
          throw new IllegalStateException("load probe for " + system + " failed (exit " + exit + ")");
        }
        System.out.println("load probe: " + json);
        lines.append(json).append('\n');
      }
    }
    Files.writeString(out.resolve("load-result" + (config == Config.LONG ? "-long" : "") + ".json"), lines);
    return lines.toString();
  }

  /** nproc, java -version and the CPU model, as the README reports them. */
  static String machine() {
    String cpu = "unknown CPU";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try (Stream<String> lines = Files.lines(cpuinfo)) {
        cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
      } catch (IOException e) {
        cpu = "unreadable /proc/cpuinfo: " + e.getMessage();
      }
    }
    return String.format(Locale.ROOT, "machine: %d CPUs available (nproc), %s\njava: %s %s (%s), %s %s",
        Runtime.getRuntime().availableProcessors(), cpu,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  /** How many values the {@code @Param} field {@code field} of benchmark state {@code state} has. */
  private static int paramCount(Class<?> state, String field) {
    try {
      return state.getField(field).getAnnotation(org.openjdk.jmh.annotations.Param.class).value().length;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(state.getSimpleName() + " has no parameter " + field, e);
    }
  }
}
