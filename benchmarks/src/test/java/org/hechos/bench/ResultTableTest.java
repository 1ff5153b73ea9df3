package org.hechos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  private static String sample() throws IOException {
    try (InputStream in = ResultTableTest.class.getResourceAsStream("/jmh-sample.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsDocumentsTokensAndAllocationFromJmhJson() throws IOException {
    List<ResultTable.Row> rows = ResultTable.parseJmh(sample());

    assertThat(rows).hasSize(4);
    ResultTable.Row extract = rows.get(0);
    assertThat(extract.docsPerSecond()).isEqualTo(100.0);
    assertThat(extract.tokensPerSecond()).isEqualTo(60000.0);
    assertThat(extract.allocBytesPerDoc()).isEqualTo(2097152.0);
    assertThat(rows.get(2).params()).containsEntry("stage", "entities");
    assertThat(rows.get(3).isBaseline()).isTrue();
  }

  @Test
  void ratioDividesTokensPerSecondByCoreNlpFullOnOneThread() throws IOException {
    String table = ResultTable.throughputTable(ResultTable.parseJmh(sample()));

    // tokens per CPU-second: extract 1.8 M tokens / 25 s = 72,000; CoreNLP 360,000 / 30 s = 12,000
    assertThat(table).contains("| hechos `extract` | 1 | 100 | 60,000 ± 3,000 | 72,000 | 2.0 MB | 5.00× | 6.00× |");
    assertThat(table).contains("| hechos stage entities | 1 | 150 | 90,000 ± 3,000 | n/a | 0.5 KB | 7.50× | n/a |");
    assertThat(table).contains(
        "| CoreNLP `tokenize,ssplit,mwt,pos,lemma,ner` (full) | 1 | 20.00 | 12,000 ± 500 | 12,000 | 10.0 MB | 1.00× | 1.00× |");
    // 2 threads: 3.24 M / 50 s = 64,800 tokens per CPU-second, 0.90 of one thread's
    assertThat(table).contains("2 threads ÷ 1 thread on one shared Pipeline: 1.80× in tokens/s (0.90× in tokens per CPU-second");
  }

  @Test
  void withoutCoreNlpTheRatioIsNotApplicable() throws IOException {
    List<ResultTable.Row> rows = ResultTable.parseJmh(sample()).subList(0, 1);

    assertThat(ResultTable.throughputTable(rows)).contains("| 2.0 MB | n/a | n/a |");
  }

  @Test
  void ratiosDivideOursByCoreNlpOfTheSameRun() {
    List<ResultTable.Row> rows = List.of(
        row("org.hechos.bench.HechosBenchmarks.extract", Map.of(), 60_000),
        row("org.hechos.bench.CoreNlpBenchmark.annotate", Map.of("config", "full"), 12_000),
        row("org.hechos.bench.CoreNlpBenchmark.annotate", Map.of("config", "depparse"), 4_000),
        row("org.hechos.bench.ParserBenchmark.parse", Map.of("parser", "fast"), 90_000),
        row("org.hechos.bench.ParserBenchmark.parse", Map.of("parser", "corenlp"), 6_000));

    assertThat(ResultTable.ratios(rows).lines()).containsSubsequence(
        "| tagger + parser: hechos `FastParser` ÷ CoreNLP `pos,depparse` | 15.00× | 15.00× |",
        "| hechos `extract` (with the parse) ÷ CoreNLP `tokenize,ssplit,mwt,pos,lemma,ner` | 5.00× | 5.00× |",
        "| hechos `extract` (with the parse) ÷ CoreNLP `tokenize,ssplit,mwt,pos,lemma,ner,depparse` | 15.00× | 15.00× |");
    assertThat(ResultTable.throughputTable(rows)).contains("| tagger + parser: hechos `FastParser` | 1 |",
        "| CoreNLP `tokenize,ssplit,mwt,pos,lemma,ner,depparse` (depparse) | 1 |");
  }

  @Test
  void aRatioWhoseRowsDidNotRunIsLeftOut() throws IOException {
    assertThat(ResultTable.ratios(ResultTable.parseJmh(sample())).lines())
        .hasSize(3).last().asString().contains("÷ CoreNLP `tokenize,ssplit,mwt,pos,lemma,ner` | 5.00× | 6.00× |");
  }

  /** One thread, {@code tokensPerSecond} both by the clock and per CPU-second. */
  private static ResultTable.Row row(String benchmark, Map<String, String> params, double tokensPerSecond) {
    return new ResultTable.Row(benchmark, params, 1, 1, tokensPerSecond, 0, tokensPerSecond, 0);
  }

  @Test
  void loadTableShowsMedianOfRuns() throws IOException {
    String lines = """
        {"system": "hechos", "loadMillis": 1000.0, "retainedBytes": 104857600}
        {"system": "corenlp-full", "loadMillis": 2500.0, "retainedBytes": 209715200}
        {"system": "hechos", "loadMillis": 3000.0, "retainedBytes": 314572800}
        """;
    List<ResultTable.Load> loads = ResultTable.parseLoads(lines);

    assertThat(ResultTable.median(new double[] {3, 1, 2})).isCloseTo(2, within(1e-9));
    assertThat(ResultTable.loadTable(loads))
        .contains("| hechos | 2.00 s | 200.0 MB | 2 |")
        .contains("| corenlp-full | 2.50 s | 200.0 MB | 1 |");
  }
}
