package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hechos serve} as a process: its command line, its one line on start, and SIGTERM. */
class ServeCommandTest {

  @TempDir
  Path dir;

  @Test
  void optionsAreReadInBothSpellingsWithLoopbackByDefault() throws Exception {
    ServeOptions defaults = ServeOptions.parse(new String[] {});
    assertThat(defaults.host()).isEqualTo("127.0.0.1");
    assertThat(defaults.port()).isEqualTo(8765);
    ServeOptions o = ServeOptions.parse(new String[] {"--port", "0", "--host=0.0.0.0", "--threads", "3", "--queue=0"});
    assertThat(o).isEqualTo(new ServeOptions("0.0.0.0", 0, 3, 0, false));
    assertThat(ServeOptions.parse(new String[] {"-h"}).help()).isTrue();
  }

  @Test
  void badServeCommandLinesExitWith2AndOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(Main.run(new String[] {"serve", "--port", "70000"}, System.in, System.out, errStream)).isEqualTo(2);
    assertThat(Main.run(new String[] {"serve", "notes.txt"}, System.in, System.out, errStream)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "hechos: --port needs a whole number from 0 to 65535, not '70000'",
        "hechos: serve: unknown argument 'notes.txt' (see serve --help)");
    assertThatThrownBy(() -> ServeOptions.parse(new String[] {"--threads", "0"})).hasMessageContaining("from 1");
  }

  @Test
  void sigtermFinishesTheRequestInFlightThenStops() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path errFile = dir.resolve("stderr.txt");
    Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "org.hechos.cli.Main", "serve", "--port", "0").redirectError(errFile.toFile()).start();
    try {
      String listening = firstLine(errFile);
      assertThat(listening).matches("hechos: listening on http://127\\.0\\.0\\.1:\\d+");
      URI base = URI.create(listening.substring("hechos: listening on ".length()));
      HttpClient client = HttpClient.newHttpClient();
      String text = String.join("\n\n", Corpus.seeds().stream().map(Corpus::read).toList()).repeat(20);
      CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
          HttpRequest.newBuilder(base.resolve("/extract")).POST(HttpRequest.BodyPublishers.ofString(text)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      awaitInFlight(client, base);
      serve.destroy();                                      // SIGTERM
      assertThat(inFlight.get().statusCode()).isEqualTo(200);
      assertThat(inFlight.get().body())
          .isEqualTo(ServiceTest.rendered(Corpus.PIPELINE.extract(text)));
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.exitValue()).isEqualTo(128 + 15);
      assertThat(Files.readAllLines(errFile))
          .containsExactly(listening, "hechos: stopping (requests in flight: 1)", "hechos: stopped");
    } finally {
      serve.destroyForcibly();
    }
  }

  /** Waits for the process to write its first line into {@code file}. */
  private static String firstLine(Path file) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readString(file).contains("\n")) {
      assertThat(System.nanoTime()).as("a line on standard error").isLessThan(deadline);
      Thread.sleep(20);
    }
    return Files.readAllLines(file).get(0);
  }

  /** Polls {@code /health} until a request is in flight. */
  private static void awaitInFlight(HttpClient client, URI base) throws Exception {
    HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).GET().build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!client.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"inFlight\":1")) {
      assertThat(System.nanoTime()).as("a request in flight").isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
