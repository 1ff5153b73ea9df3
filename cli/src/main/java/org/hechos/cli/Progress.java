package org.hechos.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error, rewritten in place: {@code hechos: 12/40 documents, 3.4
 * documents/s, 0:08 left}. Rewritten at most every quarter second, and once at the end.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final Optional<PrintStream> err;
  private final int total;
  private final LongSupplier nanoClock;
  private final long start;
  private boolean shown;
  private long lastShown;
  private int done;

  Progress(PrintStream err, int total, LongSupplier nanoClock) {
    this(Optional.of(err), total, nanoClock);
  }

  private Progress(Optional<PrintStream> err, int total, LongSupplier nanoClock) {
    this.err = err;
    this.total = total;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  /** A progress that prints nothing. */
  static Progress silent() {
    return new Progress(Optional.empty(), 0, () -> 0L);
  }

  /** One more document is written (or failed). */
  void done() {
    done++;
    if (err.isEmpty()) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (!shown || now - lastShown >= INTERVAL_NANOS || done == total) {
      err.get().print("\r" + line(now));
      err.get().flush();
      shown = true;
      lastShown = now;
    }
  }

  /** Ends the progress line so that later messages start on a line of their own. */
  void finish() {
    if (err.isPresent() && shown) {
      err.get().println();
      err.get().flush();
    }
  }

  String line(long now) {
    double seconds = Math.max((now - start) / 1e9, 1e-9);
    double rate = done / seconds;
    String left = rate > 0 ? clock(Math.round((total - done) / rate)) : "?";
    return String.format(Locale.ROOT, "hechos: %d/%d documents, %.1f documents/s, %s left   ", done, total, rate,
        left);
  }

  private static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
