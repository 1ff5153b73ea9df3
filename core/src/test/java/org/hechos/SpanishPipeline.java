package org.hechos;

/**
 * The one {@link Pipeline#spanish()} the core tests share: a pipeline is thread-safe and immutable,
 * and loading one (the CRF, the lexicon, the tagger and the parser) costs seconds and hundreds of
 * megabytes.
 */
public final class SpanishPipeline {

  private SpanishPipeline() {}

  /** Loaded on first use, by the class loader's lock. */
  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.spanish();
  }

  public static Pipeline get() {
    return Holder.PIPELINE;
  }
}
