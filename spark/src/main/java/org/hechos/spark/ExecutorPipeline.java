package org.hechos.spark;

import org.hechos.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Pipeline} of this JVM, built the first time a task asks for it.
 *
 * <p>This is the one place in hechos with lazy static state (STYLE.md section 7 rules it out
 * everywhere else), and it is there because Spark leaves no better place:
 * <ul>
 *   <li>A pipeline holds about 300-500 MB of models and takes about 3 s to build. Building one per
 *       task, or per partition, would repeat that for every partition; building it on the driver
 *       and capturing it in the closure would serialize hundreds of megabytes into every task (and
 *       CoreNLP's classifier is not meant to be Java-serialized).
 *   <li>An executor is one JVM running many tasks on many threads; {@link Pipeline} is immutable
 *       and thread-safe, so all of them can share one instance.
 *   <li>Spark creates no per-executor object we could hang it on; a static field of a class that
 *       the executor loads is the standard per-JVM singleton (the same pattern as a JDBC pool per
 *       executor).
 * </ul>
 *
 * <p>It uses the initialization-on-demand holder idiom: the JVM runs {@code Holder}'s static
 * initializer once, on first use, and makes every other thread wait for it, so there is no
 * double-checked locking to get wrong. Nothing in here is mutable after that. If the pipeline
 * cannot be built (a models jar missing from the executor's classpath), the initializer's
 * {@link ExceptionInInitializerError} (later {@link NoClassDefFoundError}) fails the task: it is an
 * {@link Error}, which the per-document error handling does not catch, so a broken deployment
 * fails the job instead of filing every document under errors.
 */
final class ExecutorPipeline {

  private ExecutorPipeline() {}

  /** The pipeline of this JVM; the first call builds it and blocks concurrent callers meanwhile. */
  static Pipeline get() {
    return Holder.PIPELINE;
  }

  private static final class Holder {
    static final Pipeline PIPELINE = build();

    private static Pipeline build() {
      Logger log = LoggerFactory.getLogger(ExecutorPipeline.class);
      long start = System.nanoTime();
      Pipeline pipeline = Pipeline.spanish();
      log.info("hechos pipeline built in {} ms", (System.nanoTime() - start) / 1_000_000);
      return pipeline;
    }
  }
}
