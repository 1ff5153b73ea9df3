package org.hechos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hechos.Extraction;
import org.hechos.Pipeline;

/**
 * Reads and extracts documents on {@code threads} worker threads sharing one {@link Pipeline}
 * (thread-safe once built), and hands the results to the sink on the calling thread in input
 * order. At most {@code 4 × threads} documents are in flight, so memory stays bounded however
 * many inputs there are.
 */
final class Batch {

  /** What became of one input: its extraction, or the reason it failed. */
  private record Outcome(Input input, Optional<Extraction> extraction, Optional<String> error) {}

  private final Pipeline pipeline;
  private final int threads;

  private final Optional<LocalDate> documentDate;

  Batch(Pipeline pipeline, int threads, Optional<LocalDate> documentDate) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.threads = threads;
    this.documentDate = Objects.requireNonNull(documentDate, "documentDate");
  }

  /** Returns the number of inputs that failed; each failure is one line on {@code err}. */
  int run(List<Input> inputs, InputStream stdin, Sink sink, PrintStream err, Progress progress) {
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hechos-worker");
      t.setDaemon(true);
      return t;
    });
    int failed = 0;
    try {
      Deque<Future<Outcome>> pending = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !pending.isEmpty()) {
        while (next < inputs.size() && pending.size() < 4 * threads) {
          Input input = inputs.get(next++);
          pending.add(workers.submit(() -> extract(input, stdin)));
        }
        Outcome outcome = await(pending.removeFirst());
        if (outcome.error().isPresent()) {
          err.println("hechos: " + outcome.input().name() + ": " + outcome.error().get());
          failed++;
        } else {
          try {
            sink.write(outcome.input().name(), outcome.extraction().orElseThrow());
          } catch (IOException | RuntimeException e) {
            err.println("hechos: " + outcome.input().name() + ": cannot write output: " + e.getMessage());
            failed++;
          }
        }
        progress.done();
      }
    } finally {
      workers.shutdownNow();
    }
    return failed;
  }

  private Outcome extract(Input input, InputStream stdin) {
    String text;
    try {
      text = input.read(stdin);
    } catch (IOException e) {
      return new Outcome(input, Optional.empty(), Optional.of(Input.describe(e)));
    }
    try {
      if (!input.html()) {
        return new Outcome(input, Optional.of(extract(text)), Optional.empty());
      }
      HtmlText page = HtmlText.of(text);
      return new Outcome(input, Optional.of(SpanRemap.toPage(extract(page.text()), text, page)), Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(input, Optional.empty(), Optional.of("extraction failed: " + e));
    }
  }

  private Extraction extract(String text) {
    return documentDate.isPresent() ? pipeline.extract(text, documentDate.get()) : pipeline.extract(text);
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }
}
