package org.hechos;

/**
 * One step of the pipeline: reads a document and returns a richer one, never mutating its input.
 * Implementations are immutable after construction and safe to share between threads.
 */
public interface Stage {

  Document apply(Document in);

  default String name() {
    return getClass().getSimpleName();
  }
}
