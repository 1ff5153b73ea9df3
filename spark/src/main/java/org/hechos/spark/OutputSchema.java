package org.hechos.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas the job reads and writes. Offsets ({@code *_begin}, {@code *_end}) are {@code [begin,
 * end)} in UTF-16 code units of the original document text, as Java's {@code String} counts them
 * (and as {@code org.hechos.text.Span} holds them).
 */
final class OutputSchema {

  private OutputSchema() {}

  /** What the job extracts from: one row per document. */
  static final StructType DOCUMENT = createStructType(List.of(
      createStructField("id", StringType, true),
      createStructField("text", StringType, true)));

  /** One row per fact; {@code fact_index} is the fact's place in its document, from 0. */
  static final StructType FACT = createStructType(List.of(
      createStructField("doc_id", StringType, true),
      createStructField("fact_index", IntegerType, false),
      createStructField("type", StringType, false),
      createStructField("agent", StringType, true),
      createStructField("agent_type", StringType, true),
      createStructField("target", StringType, true),
      createStructField("target_type", StringType, true),
      createStructField("content", StringType, true),
      createStructField("content_begin", IntegerType, true),
      createStructField("content_end", IntegerType, true),
      createStructField("trigger", StringType, false),
      createStructField("trigger_lemma", StringType, false),
      createStructField("trigger_begin", IntegerType, false),
      createStructField("trigger_end", IntegerType, false),
      createStructField("date", StringType, true),
      createStructField("date_value", StringType, true),
      createStructField("evidence_begin", IntegerType, false),
      createStructField("evidence_end", IntegerType, false),
      createStructField("modality", StringType, false)));

  /**
   * One row per entity mention. {@code entity_id} groups the mentions of one entity within a
   * document; {@code kind} is NAME, NOMINAL ("el ministro ruso"), GROUP ("ambas partes") or ZERO
   * (an omitted subject, whose span is its verb's).
   */
  static final StructType MENTION = createStructType(List.of(
      createStructField("doc_id", StringType, true),
      createStructField("entity_id", IntegerType, false),
      createStructField("text", StringType, false),
      createStructField("type", StringType, false),
      createStructField("kind", StringType, false),
      createStructField("canonical", StringType, false),
      createStructField("subtype", StringType, true),
      createStructField("normalized", StringType, true),
      createStructField("begin", IntegerType, false),
      createStructField("end", IntegerType, false)));

  /** One row per document that could not be extracted. */
  static final StructType ERROR = createStructType(List.of(
      createStructField("doc_id", StringType, true),
      createStructField("error", StringType, false),
      createStructField("reason", StringType, true)));

  /**
   * What {@link DocumentExtractor} makes of one document: its facts and mentions without the
   * {@code doc_id} column (the row has it once), or, if extraction failed, an error.
   */
  static final StructType RESULT = createStructType(List.of(
      createStructField("doc_id", StringType, true),
      createStructField("facts", createArrayType(withoutDocId(FACT), false), false),
      createStructField("mentions", createArrayType(withoutDocId(MENTION), false), false),
      createStructField("error", withoutDocId(ERROR), true)));

  private static StructType withoutDocId(StructType schema) {
    return createStructType(List.of(schema.fields()).subList(1, schema.fields().length));
  }
}
