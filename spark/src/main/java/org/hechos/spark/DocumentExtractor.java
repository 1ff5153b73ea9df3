package org.hechos.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.hechos.Content;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.Pipeline;
import org.hechos.text.Entity;
import org.hechos.text.Mention;

/**
 * Extracts each document of a partition ({@link OutputSchema#DOCUMENT} rows) into one {@link
 * OutputSchema#RESULT} row. A document that fails, for whatever reason, becomes a row with an
 * error and no facts; the partition goes on.
 *
 * <p>Serialized into every task, so it holds only the character limit: the pipeline comes from
 * {@link ExecutorPipeline} on the executor, never from the closure.
 */
final class DocumentExtractor implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final int maxChars;

  /** @param maxChars documents longer than this (in UTF-16 code units) are filed as errors */
  DocumentExtractor(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> documents) {
    Pipeline pipeline = ExecutorPipeline.get();
    // Lazy, one document at a time: a partition's results are never all in memory at once.
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return documents.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return extract(pipeline, documents.next());
      }
    };
  }

  Row extract(Pipeline pipeline, Row document) {
    String id = document.getString(0);
    String text = document.getString(1);
    try {
      if (id == null) {
        throw new InvalidDocumentException("document has no id");
      }
      if (text == null) {
        throw new InvalidDocumentException("document has no text");
      }
      if (text.length() > maxChars) {
        throw new InvalidDocumentException(
            "document has " + text.length() + " chars, more than --max-chars " + maxChars);
      }
      return success(id, pipeline.extract(text));
    } catch (RuntimeException | StackOverflowError e) {
      // Filed, not swallowed: the error output names the document and the reason.
      return RowFactory.create(id, new Row[0], new Row[0],
          RowFactory.create(e.getClass().getName(), reason(e)));
    }
  }

  private static Row success(String id, Extraction x) {
    List<Row> facts = new ArrayList<>(x.facts().size());
    for (Fact f : x.facts()) {
      facts.add(factRow(facts.size(), f));
    }
    List<Row> mentions = new ArrayList<>();
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        mentions.add(RowFactory.create(e.id(), m.text(), m.type().name(), m.kind().name(),
            e.canonical(), m.subtype().orElse(null), m.normalized().orElse(null),
            m.span().begin(), m.span().end()));
      }
    }
    return RowFactory.create(id, facts.toArray(new Row[0]), mentions.toArray(new Row[0]), null);
  }

  private static Row factRow(int index, Fact f) {
    Optional<Entity> agent = f.agent();
    Optional<Entity> target = f.target();
    Optional<Content> content = f.content();
    return RowFactory.create(
        index,
        f.type().name(),
        agent.map(Entity::canonical).orElse(null),
        agent.map(e -> e.type().name()).orElse(null),
        target.map(Entity::canonical).orElse(null),
        target.map(e -> e.type().name()).orElse(null),
        content.map(Content::text).orElse(null),
        content.map(c -> c.span().begin()).orElse(null),
        content.map(c -> c.span().end()).orElse(null),
        f.trigger().text(),
        f.trigger().lemma(),
        f.trigger().span().begin(),
        f.trigger().span().end(),
        f.date().map(Mention::text).orElse(null),
        f.date().flatMap(Mention::normalized).orElse(null),
        f.evidence().begin(),
        f.evidence().end(),
        f.modality().name().toLowerCase(Locale.ROOT));
  }

  /** The message chain: "stage EntityRecognizer failed: ... <- IndexOutOfBoundsException: ...". */
  private static String reason(Throwable e) {
    StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
    int depth = 0;
    for (Throwable cause = e.getCause(); cause != null && depth < 5; cause = cause.getCause(), depth++) {
      reason.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
    }
    return reason.toString();
  }

  /** A document the job refuses before extraction: no id, no text, or too long. */
  static final class InvalidDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidDocumentException(String message) {
      super(message);
    }
  }
}
