package org.hechos.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.hechos.Content;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.Pipeline;
import org.hechos.spark.JobOptions.InputFormat;
import org.hechos.spark.JobOptions.OutputFormat;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode on two cores, against the single-machine API on the same text.
 */
class ExtractJobTest {

  private static final int GENERATED = 300;
  /** Small enough that the poisoned document exceeds it, large enough for every other one. */
  private static final int MAX_CHARS = 20_000;

  @TempDir
  static Path dir;

  private static SparkSession spark;
  private static Pipeline pipeline;
  private static Map<String, String> documents;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("hechos-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    pipeline = Pipeline.spanish();
    documents = new LinkedHashMap<>(Corpus.seeds());
    documents.putAll(Corpus.generated(pipeline, GENERATED));
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void factsEqualTheSingleMachineApiForEveryDocumentAndThePoisonedOneIsFiled() throws IOException {
    Path input = dir.resolve("text-input");
    Files.createDirectories(input);
    for (Map.Entry<String, String> d : documents.entrySet()) {
      Files.writeString(input.resolve(d.getKey()), d.getValue(), UTF_8);
    }
    // Poisoned: a seed article repeated past the job's --max-chars; the job must file it and go on.
    String seed = documents.values().iterator().next();
    Files.writeString(input.resolve("poisoned.txt"), seed.repeat(MAX_CHARS / seed.length() + 1), UTF_8);

    // Warm the JIT on the seeds so that neither timed run pays for it alone.
    for (int i = 0; i < 3; i++) {
      Corpus.seeds().values().forEach(pipeline::extract);
    }
    Map<String, List<String>> expectedFacts = new HashMap<>();
    Map<String, List<String>> expectedMentions = new HashMap<>();
    long apiStart = System.nanoTime();
    for (Map.Entry<String, String> d : documents.entrySet()) {
      Extraction x = pipeline.extract(d.getValue());
      expectedFacts.put(d.getKey(), sorted(x.facts().stream().map(ExtractJobTest::tuple).toList()));
      List<String> mentions = new ArrayList<>();
      for (Entity e : x.entities()) {
        for (Mention m : e.mentions()) {
          mentions.add(m.span().begin() + "|" + m.span().end() + "|" + m.type() + "|" + m.kind()
              + "|" + e.canonical());
        }
      }
      expectedMentions.put(d.getKey(), sorted(mentions));
    }
    double apiSeconds = (System.nanoTime() - apiStart) / 1e9;

    Path output = dir.resolve("text-output");
    long sparkStart = System.nanoTime();
    ExtractJob.Summary summary = ExtractJob.run(spark, new JobOptions(input.toString(),
        output.toString(), InputFormat.TEXT, OutputFormat.PARQUET, "id", "text", MAX_CHARS,
        OptionalInt.empty(), Optional.empty(), false));
    double sparkSeconds = (System.nanoTime() - sparkStart) / 1e9;
    System.out.printf("throughput on %d documents: single-machine API, 1 thread: %.1f docs/s;"
            + " Spark local[2] (read, extract, write 3 outputs): %.1f docs/s%n",
        documents.size(), documents.size() / apiSeconds, (documents.size() + 1) / sparkSeconds);

    assertThat(summary.documents()).isEqualTo(documents.size() + 1);
    assertThat(summary.errors()).isEqualTo(1);
    List<Row> errors = spark.read().parquet(output.resolve("errors").toString()).collectAsList();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(fileName(e.getString(0))).isEqualTo("poisoned.txt");
      assertThat(e.getString(1)).endsWith("InvalidDocumentException");
      assertThat(e.getString(2)).contains("--max-chars " + MAX_CHARS);
    });

    Map<String, List<String>> actualFacts = new TreeMap<>();
    for (Row r : spark.read().parquet(output.resolve("facts").toString()).collectAsList()) {
      actualFacts.computeIfAbsent(fileName(r.getAs("doc_id")), k -> new ArrayList<>()).add(tuple(r));
    }
    Map<String, List<String>> actualMentions = new TreeMap<>();
    for (Row r : spark.read().parquet(output.resolve("entities").toString()).collectAsList()) {
      actualMentions.computeIfAbsent(fileName(r.getAs("doc_id")), k -> new ArrayList<>())
          .add(r.<Integer>getAs("begin") + "|" + r.<Integer>getAs("end") + "|" + r.getAs("type")
              + "|" + r.getAs("kind") + "|" + r.getAs("canonical"));
    }
    assertThat(actualFacts).doesNotContainKey("poisoned.txt");
    int factCount = 0;
    for (String name : documents.keySet()) {
      assertThat(sorted(actualFacts.getOrDefault(name, List.of())))
          .as("facts of %s", name).isEqualTo(expectedFacts.get(name));
      assertThat(sorted(actualMentions.getOrDefault(name, List.of())))
          .as("mentions of %s", name).isEqualTo(expectedMentions.get(name));
      factCount += expectedFacts.get(name).size();
    }
    assertThat(actualFacts.keySet()).isSubsetOf(documents.keySet());
    assertThat(summary.facts()).isEqualTo(factCount);
    // The comparison means something only if the corpus has facts in most documents.
    assertThat(factCount).isGreaterThan(documents.size());
  }

  @Test
  void jsonLinesDocumentWithoutTextIsFiledAsAnError() throws IOException {
    Path input = dir.resolve("jsonl-input.jsonl");
    List<String> lines = new ArrayList<>();
    Map<String, String> seeds = Corpus.seeds();
    for (Map.Entry<String, String> s : seeds.entrySet()) {
      lines.add("{\"doc\": \"" + s.getKey() + "\", \"body\": " + jsonString(s.getValue()) + "}");
    }
    lines.add("{\"doc\": 42, \"title\": \"sin texto\"}");
    Files.write(input, lines, UTF_8);

    Path output = dir.resolve("jsonl-output");
    ExtractJob.Summary summary = ExtractJob.run(spark, JobOptions.parse("--input", input.toString(),
        "--output", output.toString(), "--input-format", "jsonl", "--id-column", "doc",
        "--text-column", "body", "--output-format", "jsonl"));

    assertThat(summary.documents()).isEqualTo(seeds.size() + 1);
    List<Row> errors = spark.read().json(output.resolve("errors").toString()).collectAsList();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.<String>getAs("doc_id")).isEqualTo("42");
      assertThat(e.<String>getAs("reason")).isEqualTo("document has no text");
    });
    long expected = seeds.values().stream().mapToLong(t -> pipeline.extract(t).facts().size()).sum();
    assertThat(spark.read().json(output.resolve("facts").toString()).count()).isEqualTo(expected);
    assertThat(summary.facts()).isEqualTo(expected).isPositive();
  }

  @Test
  void parquetInputWithNumericIdsGivesTheSameFactsAsTheApi() {
    List<Row> rows = new ArrayList<>();
    long id = 1;
    long expected = 0;
    List<String> idsWithFacts = new ArrayList<>();
    for (String text : Corpus.seeds().values()) {
      int facts = pipeline.extract(text).facts().size();
      if (facts > 0) {
        idsWithFacts.add(Long.toString(id));
      }
      rows.add(RowFactory.create(id++, text));
      expected += facts;
    }
    Path input = dir.resolve("parquet-input");
    spark.createDataFrame(rows, new StructType().add("n", "long").add("article", "string"))
        .write().parquet(input.toString());
    Path output = dir.resolve("parquet-output");

    ExtractJob.Summary summary = ExtractJob.run(spark, JobOptions.parse("--input", input.toString(),
        "--output", output.toString(), "--input-format", "parquet", "--id-column", "n",
        "--text-column", "article", "--partitions", "3"));

    assertThat(summary.errors()).isZero();
    assertThat(summary.facts()).isEqualTo(expected).isPositive();
    assertThat(spark.read().parquet(output.resolve("facts").toString())
        .select("doc_id").distinct().as(Encoders.STRING()).collectAsList())
        .containsExactlyInAnyOrderElementsOf(idsWithFacts);
  }

  @Test
  void existingOutputIsRefusedBeforeAnyExtraction() throws IOException {
    Path output = dir.resolve("existing-output");
    Files.createDirectories(output.resolve("errors"));
    assertThatThrownBy(() -> ExtractJob.run(spark, JobOptions.parse(
        "--input", "../seeds/articles", "--output", output.toString())))
        .isInstanceOf(ExtractJob.OutputExistsException.class)
        .hasMessageContaining("--overwrite");
    assertThat(output.resolve("facts")).doesNotExist();
  }

  private static String tuple(Fact f) {
    return String.join("|", f.type().name(),
        f.agent().map(Entity::canonical).orElse("-"),
        f.target().map(Entity::canonical).orElse("-"),
        f.content().map(Content::text).orElse("-"),
        f.trigger().span().begin() + "-" + f.trigger().span().end(),
        f.evidence().begin() + "-" + f.evidence().end(),
        f.date().map(Mention::text).orElse("-"),
        f.modality().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static String tuple(Row r) {
    return String.join("|", r.<String>getAs("type"),
        Optional.ofNullable(r.<String>getAs("agent")).orElse("-"),
        Optional.ofNullable(r.<String>getAs("target")).orElse("-"),
        Optional.ofNullable(r.<String>getAs("content")).orElse("-"),
        r.<Integer>getAs("trigger_begin") + "-" + r.<Integer>getAs("trigger_end"),
        r.<Integer>getAs("evidence_begin") + "-" + r.<Integer>getAs("evidence_end"),
        Optional.ofNullable(r.<String>getAs("date")).orElse("-"),
        r.<String>getAs("modality"));
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }

  /** "file:///tmp/junit123/text-input/generated-0001.txt" -> "generated-0001.txt" */
  private static String fileName(String docId) {
    return docId.substring(docId.lastIndexOf('/') + 1);
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
