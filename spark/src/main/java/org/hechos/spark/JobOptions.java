package org.hechos.spark;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command line of {@link ExtractJob}.
 *
 * @param input a directory, file or glob (any Hadoop file system: file:, hdfs:, s3a:, ...)
 * @param output the directory that receives {@code facts/}, {@code entities/} and {@code errors/}
 * @param partitions how many partitions to extract in; empty: at least twice the default parallelism
 * @param master Spark master when not launched by spark-submit; empty: spark-submit's, else local[*]
 */
public record JobOptions(
    String input,
    String output,
    InputFormat inputFormat,
    OutputFormat outputFormat,
    String idColumn,
    String textColumn,
    int maxChars,
    OptionalInt partitions,
    Optional<String> master,
    boolean overwrite) {

  /** Documents longer than this are filed as errors unless {@code --max-chars} says otherwise. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  public enum InputFormat {
    /** One document per file, read whole; its id is the file's path. */
    TEXT,
    /** JSON Lines with an id and a text field. */
    JSONL,
    /** Parquet with an id and a text column. */
    PARQUET
  }

  public enum OutputFormat { PARQUET, JSONL }

  public static final String USAGE = """
      usage: hechos spark --input PATH --output DIR [options]
         or: spark-submit --class org.hechos.spark.ExtractJob JAR --input PATH --output DIR [options]
        --input PATH          directory, file or glob of documents (file:, hdfs:, s3a:, ...)
        --output DIR          receives facts/, entities/ and errors/
        --input-format F      text (one document per file, id = path; default), jsonl or parquet
        --id-column NAME      id column of jsonl/parquet input (default id)
        --text-column NAME    text column of jsonl/parquet input (default text)
        --output-format F     parquet (default) or jsonl
        --max-chars N         documents longer than N chars go to errors/ (default 1000000)
        --partitions N        extract in N partitions (default: 2 x default parallelism, or more)
        --master URL          Spark master when not run by spark-submit (default local[*])
        --overwrite           replace an existing output directory
        --help                this text
      """;

  public JobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(outputFormat, "outputFormat");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(textColumn, "textColumn");
    Objects.requireNonNull(partitions, "partitions");
    Objects.requireNonNull(master, "master");
    if (maxChars < 1) {
      throw new IllegalArgumentException("--max-chars must be positive: " + maxChars);
    }
    if (partitions.isPresent() && partitions.getAsInt() < 1) {
      throw new IllegalArgumentException("--partitions must be positive: " + partitions.getAsInt());
    }
  }

  /**
   * Parses the command line.
   *
   * @throws IllegalArgumentException with a message for the user on an unknown or incomplete option
   */
  public static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    InputFormat inputFormat = InputFormat.TEXT;
    OutputFormat outputFormat = OutputFormat.PARQUET;
    String idColumn = "id";
    String textColumn = "text";
    int maxChars = DEFAULT_MAX_CHARS;
    OptionalInt partitions = OptionalInt.empty();
    Optional<String> master = Optional.empty();
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--overwrite")) {
        overwrite = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option.startsWith("--")
            ? option + " needs a value" : "unexpected argument '" + option + "'");
      }
      String value = args[++i];
      switch (option) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--input-format" -> inputFormat = parseEnum(InputFormat.class, option, value);
        case "--output-format" -> outputFormat = parseEnum(OutputFormat.class, option, value);
        case "--id-column" -> idColumn = value;
        case "--text-column" -> textColumn = value;
        case "--max-chars" -> maxChars = parseInt(option, value);
        case "--partitions" -> partitions = OptionalInt.of(parseInt(option, value));
        case "--master" -> master = Optional.of(value);
        default -> throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    return new JobOptions(input, output, inputFormat, outputFormat, idColumn, textColumn, maxChars,
        partitions, master, overwrite);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String option, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": unknown format '" + value + "'", e);
    }
  }

  private static int parseInt(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, not '" + value + "'", e);
    }
  }
}
