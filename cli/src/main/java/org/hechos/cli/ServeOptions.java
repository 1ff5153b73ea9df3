package org.hechos.cli;

import java.util.Objects;
import java.util.Set;

/** What {@code hechos serve} was asked for. Immutable; {@link #parse} validates. */
record ServeOptions(String host, int port, int threads, int queue, boolean help) {

  static final String USAGE = """
      usage: hechos serve [--port N] [--host H] [--threads N] [--queue N]

      Serves extraction over HTTP from one pipeline, loaded once:
        POST /extract   body: the text (text/plain, UTF-8), or {"text": "...", "date": "YYYY-MM-DD"}
                        (application/json); answers the JSON object jsonl writes for one document
        GET  /health    {"status": "ok", "inFlight": N} once the pipeline is loaded

        --port N        the TCP port (default 8765; 0 picks a free one)
        --host H        the address to listen on (default 127.0.0.1: this machine only)
        --threads N     extractions at a time (default: the number of processors)
        --queue N       admitted requests waiting for a thread (default 32); beyond them 503

      Bodies over 1,000,000 bytes get 413; malformed JSON, a bad date or non-UTF-8 text 400.
      SIGTERM or Ctrl-C: new requests get 503, those in flight finish, then the service stops.
      """;

  /** The options that take a value. */
  private static final Set<String> VALUED = Set.of("--host", "--port", "--threads", "--queue");

  ServeOptions {
    Objects.requireNonNull(host, "host");
  }

  static ServeOptions parse(String[] args) throws UsageException {
    String host = "127.0.0.1";
    int port = 8765;
    int threads = Runtime.getRuntime().availableProcessors();
    int queue = 32;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (!VALUED.contains(name)) {
        throw new UsageException("serve: unknown argument '" + arg + "' (see serve --help)");
      }
      String value = equals < 0 ? Options.value(args, ++i, name) : arg.substring(equals + 1);
      switch (name) {
        case "--host" -> host = value;
        case "--port" -> port = number(name, value, 0, 65535);
        case "--threads" -> threads = number(name, value, 1, 1024);
        default -> queue = number(name, value, 0, 100_000);
      }
    }
    return new ServeOptions(host, port, threads, queue, help);
  }

  private static int number(String option, String value, int min, int max) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a whole number from " + min + " to " + max + ", not '" + value + "'");
    }
  }
}
