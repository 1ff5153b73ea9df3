package org.hechos.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hechos.Limits;
import org.hechos.Pipeline;

/**
 * The running HTTP service of {@code hechos serve}: the JDK's {@link HttpServer} over one shared
 * {@link Pipeline}. Handler threads are the admitted requests ({@link Admission}) plus a few spare
 * ones, which answer 503, 404 or the health check at once while every admitted place is taken;
 * beyond {@value #WAITING_CONNECTIONS} connections waiting for a thread, the server closes new ones.
 */
final class Service implements AutoCloseable {

  /** A body may hold what one {@link Pipeline#extract} takes: a UTF-8 byte is at most one char. */
  static final int MAX_BODY_BYTES = Limits.DEFAULT_MAX_INPUT_CHARS;

  /** How long stopping waits for the requests in flight. */
  static final Duration DRAIN = Duration.ofSeconds(30);

  private static final int SPARE_THREADS = 4;
  private static final int WAITING_CONNECTIONS = 1024;

  private final HttpServer server;
  private final ThreadPoolExecutor handlers;
  private final Admission admission;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private Service(HttpServer server, ThreadPoolExecutor handlers, Admission admission) {
    this.server = server;
    this.handlers = handlers;
    this.admission = admission;
  }

  /** Binds {@code options.host():options.port()} and starts answering. */
  static Service start(Pipeline pipeline, ServeOptions options) throws IOException {
    Admission admission = new Admission(options.threads(), options.queue());
    int threads = options.threads() + options.queue() + SPARE_THREADS;
    ThreadPoolExecutor handlers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(WAITING_CONNECTIONS), r -> {
          Thread t = new Thread(r, "hechos-serve");
          t.setDaemon(true);
          return t;
        });
    HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
    server.setExecutor(handlers);
    server.createContext("/extract", new ExtractHandler(pipeline, admission, MAX_BODY_BYTES));
    server.createContext("/health", exchange -> {
      try (exchange) {
        try {
          Exchanges.require(exchange, "GET", "/health");
          Exchanges.send(exchange, 200, Exchanges.object().put("status", "ok")
              .put("inFlight", admission.inFlight()).toString());
        } catch (HttpProblem problem) {
          Exchanges.refuse(exchange, problem);
        }
      }
    });
    server.createContext("/", exchange -> {
      try (exchange) {
        Exchanges.refuse(exchange, Exchanges.notFound(exchange));
      }
    });
    server.start();
    return new Service(server, handlers, admission);
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  /** Requests admitted and not yet answered. */
  int inFlight() {
    return admission.inFlight();
  }

  /**
   * Stops gracefully: new requests get 503, those admitted finish (up to {@link #DRAIN}), then the
   * server closes its socket and connections. Idempotent.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      admission.close(DRAIN);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.stop(0);
      handlers.shutdown();
      stopped.countDown();
    }
  }

  /** Blocks until {@link #close} has run. */
  void awaitStopped() throws InterruptedException {
    stopped.await();
  }
}
