package org.hechos.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import org.hechos.Pipeline;

/**
 * {@code hechos serve}: loads the pipeline, serves it until SIGTERM or SIGINT (see {@link
 * ServeOptions#USAGE}), then stops gracefully from a shutdown hook.
 */
final class ServeCommand {

  private ServeCommand() {}

  /** {@code args} are those after {@code serve}; returns the exit code once the service stopped. */
  static int run(String[] args, PrintStream out, PrintStream err, Supplier<Pipeline> pipelines) {
    ServeOptions options;
    try {
      options = ServeOptions.parse(args);
    } catch (UsageException e) {
      err.println("hechos: " + e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.print(ServeOptions.USAGE);
      out.flush();
      return 0;
    }
    Service service;
    try {
      service = Service.start(pipelines.get(), options);
    } catch (IOException e) {
      err.println("hechos: cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage());
      return 1;
    }
    err.println("hechos: listening on " + url(service.address()));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("hechos: stopping (requests in flight: " + service.inFlight() + ")");
      service.close();
      err.println("hechos: stopped");
    }, "hechos-serve-stop"));
    try {
      service.awaitStopped();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  static String url(InetSocketAddress address) {
    String host = address.getHostString();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
  }
}
