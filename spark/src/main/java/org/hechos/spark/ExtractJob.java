package org.hechos.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Extracts facts and entities from many documents on Spark.
 *
 * <pre>
 *   input (text files | JSON Lines | Parquet)  ->  (id, text) rows
 *     -> repartition -> mapPartitions(DocumentExtractor)   one Pipeline per executor JVM
 *     -> (doc_id, facts[], mentions[], error)               persisted: extraction runs once
 *     -> OUTPUT/facts     one row per fact
 *        OUTPUT/entities  one row per entity mention
 *        OUTPUT/errors    one row per document that failed, with the reason
 * </pre>
 */
public final class ExtractJob {

  private ExtractJob() {}

  /** An output directory exists and {@code --overwrite} was not given. */
  public static final class OutputExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputExistsException(String message) {
      super(message);
    }
  }

  /** What a run wrote. */
  public record Summary(long documents, long facts, long mentions, long errors) {}

  public static void main(String[] args) throws Exception {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      System.out.print(JobOptions.USAGE);
      return;
    }
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("hechos spark: " + e.getMessage());
      System.err.print(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("hechos");
    // spark-submit passes its --master as the spark.master system property; outside it we run locally.
    if (!new SparkConf().contains("spark.master")) {
      builder.master(options.master().orElse("local[*]"));
    } else {
      options.master().ifPresent(builder::master);
    }
    SparkSession spark = builder.getOrCreate();
    int exitCode = 0;
    try {
      long start = System.nanoTime();
      Summary s = run(spark, options);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.err.printf("hechos spark: %d documents (%.1f/s), %d facts, %d entity mentions, %d errors -> %s%n",
          s.documents(), s.documents() / seconds, s.facts(), s.mentions(), s.errors(), options.output());
    } catch (Exception e) {
      // A missing input (Spark's AnalysisException) or an existing output: say so plainly.
      if (!(e instanceof AnalysisException || e instanceof OutputExistsException)) {
        throw e;
      }
      System.err.println("hechos spark: " + e.getMessage());
      exitCode = 1;
    } finally {
      spark.stop();
    }
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** Runs the job on {@code spark}: reads, extracts, writes the three outputs. */
  public static Summary run(SparkSession spark, JobOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(options, "options");
    refuseExistingOutput(spark, options);
    Dataset<Row> documents = read(spark, options);
    int current = documents.rdd().getNumPartitions();
    int wanted = options.partitions()
        .orElse(Math.max(current, 2 * spark.sparkContext().defaultParallelism()));
    if (wanted != current) {
      // By id: deterministic when a task is retried, and no sort of whole texts as round-robin needs.
      documents = documents.repartition(wanted, col("id"));
    }
    Dataset<Row> results = documents
        .mapPartitions(new DocumentExtractor(options.maxChars()), Encoders.row(OutputSchema.RESULT))
        // Three outputs are written from these rows; without this each would extract again.
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      write(results.select(col("doc_id"), explode(col("facts")).as("f")).select("doc_id", "f.*"),
          options, "facts");
      write(results.select(col("doc_id"), explode(col("mentions")).as("m")).select("doc_id", "m.*"),
          options, "entities");
      write(results.where(col("error").isNotNull()).select("doc_id", "error.*"), options, "errors");
      Row totals = results.agg(count("*"), sum(size(col("facts"))), sum(size(col("mentions"))),
          count(col("error"))).first();
      return new Summary(totals.getLong(0), totals.isNullAt(1) ? 0 : totals.getLong(1),
          totals.isNullAt(2) ? 0 : totals.getLong(2), totals.getLong(3));
    } finally {
      results.unpersist();
    }
  }

  /** The documents as {@link OutputSchema#DOCUMENT} rows: {@code (id, text)}. */
  static Dataset<Row> read(SparkSession spark, JobOptions options) {
    return switch (options.inputFormat()) {
      case TEXT -> spark.read()
          .option("wholetext", "true")
          .option("recursiveFileLookup", "true")
          .text(options.input())
          .select(input_file_name().as("id"), col("value").as("text"));
      case JSONL -> spark.read()
          // Only the two columns, as strings: no schema inference pass over the whole input.
          .schema(new StructType().add(options.idColumn(), "string").add(options.textColumn(), "string"))
          .json(options.input())
          .select(col(options.idColumn()).as("id"), col(options.textColumn()).as("text"));
      case PARQUET -> spark.read()
          .parquet(options.input())
          .select(col(options.idColumn()).cast("string").as("id"),
              col(options.textColumn()).cast("string").as("text"));
    };
  }

  /** Fails before any extraction, not after the first output, if an output would be replaced. */
  private static void refuseExistingOutput(SparkSession spark, JobOptions options) {
    if (options.overwrite()) {
      return;
    }
    for (String name : List.of("facts", "entities", "errors")) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(options.output(), name);
      try {
        if (path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
          throw new OutputExistsException(path + " exists; give --overwrite to replace it");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot check " + path, e);
      }
    }
  }

  private static void write(Dataset<Row> rows, JobOptions options, String name) {
    DataFrameWriter<Row> writer = rows.write()
        .mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    String path = options.output() + "/" + name;
    switch (options.outputFormat()) {
      case PARQUET -> writer.parquet(path);
      case JSONL -> writer.json(path);
    }
  }
}
