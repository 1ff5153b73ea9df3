package org.hechos.cli;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many requests the service takes at once: at most {@code workers} extractions run, at most
 * {@code queue} more admitted requests wait for one; a request beyond that is refused at once
 * (503), as is every request once {@link #close} began. Closing waits for the admitted requests.
 */
final class Admission {

  private final int capacity;
  private final Semaphore admitted;
  private final Semaphore running;
  private volatile boolean closed;

  Admission(int workers, int queue) {
    if (workers < 1 || queue < 0) {
      throw new IllegalArgumentException("workers " + workers + ", queue " + queue);
    }
    this.capacity = workers + queue;
    this.admitted = new Semaphore(capacity);
    this.running = new Semaphore(workers, true);
  }

  /** Takes a place, or returns false when all are taken or closing began; a true must be {@link #leave}d. */
  boolean tryEnter() {
    if (closed || !admitted.tryAcquire()) {
      return false;
    }
    if (closed) {             // close() began after the check above: it may already have seen this place free
      admitted.release();
      return false;
    }
    return true;
  }

  void leave() {
    admitted.release();
  }

  /** Runs {@code work} when one of the {@code workers} places is free (first come, first served). */
  <T> T run(Supplier<T> work) {
    running.acquireUninterruptibly();
    try {
      return work.get();
    } finally {
      running.release();
    }
  }

  /** Admitted requests not yet left. */
  int inFlight() {
    return capacity - admitted.availablePermits();
  }

  /** Refuses new requests, then waits up to {@code timeout} for the admitted ones; true if all left. */
  boolean close(Duration timeout) throws InterruptedException {
    closed = true;
    if (!admitted.tryAcquire(capacity, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    admitted.release(capacity);
    return true;
  }
}
