package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.hechos.Extraction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code hechos serve} over loopback, on the shared pipeline: what clients get, and what is refused. */
class ServiceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Service service;

  @BeforeAll
  static void start() throws IOException {
    service = Service.start(Corpus.PIPELINE, new ServeOptions("127.0.0.1", 0, 4, 8, false));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  /** The seed articles, the development articles of the seeds module and the emoji dispatch. */
  private static List<String> articles() throws IOException {
    List<String> texts = new ArrayList<>(Corpus.seeds().stream().map(Corpus::read).toList());
    try (Stream<Path> dev = Files.list(Path.of("..", "seeds", "src", "test", "resources", "dev"))) {
      dev.filter(p -> p.toString().endsWith(".txt")).sorted().map(Corpus::read).forEach(texts::add);
    }
    texts.add(Corpus.EMOJI_TEXT);
    return texts;
  }

  /** What the command line writes for {@code x}, as the service answers it (one line). */
  static String rendered(Extraction x) throws IOException {
    return MAPPER.writeValueAsString(new JsonView(MAPPER).of(ExtractHandler.SOURCE, x)) + "\n";
  }

  static URI uri(Service s, String path) {
    return URI.create(ServeCommand.url(s.address()) + path);
  }

  static HttpRequest post(Service s, String contentType, byte[] body) {
    return HttpRequest.newBuilder(uri(s, "/extract")).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  static HttpRequest postText(Service s, String text) {
    return post(s, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The one-line {@code {"error": "..."}} of a refused request, checked to be just that. */
  private static String error(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    assertThat(response.body()).endsWith("\n").doesNotContain("\n\n").hasLineCount(1);
    JsonNode node = MAPPER.readTree(response.body());
    assertThat(node.size()).isEqualTo(1);
    return node.get("error").textValue();
  }

  @Test
  void concurrentClientsGetExactlyTheSingleThreadedResults() throws Exception {
    List<String> texts = articles();
    List<String> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(rendered(Corpus.PIPELINE.extract(text)));
    }
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int first = c;
        answers.add(pool.submit(() -> {
          List<String> bodies = new ArrayList<>();
          for (int i = 0; i < texts.size(); i++) {         // each client starts at another article
            HttpResponse<String> r = send(postText(service, texts.get((first + i) % texts.size())));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            bodies.add(r.body());
          }
          return bodies;
        }));
      }
      for (int c = 0; c < clients; c++) {
        List<String> bodies = answers.get(c).get();
        assertThat(bodies).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
          assertThat(bodies.get(i)).isEqualTo(expected.get((c + i) % texts.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void underOverloadEveryRequestIsAnsweredWithItsResultOr503() throws Exception {
    String text = Corpus.read(Corpus.seeds().get(1));
    String expected = rendered(Corpus.PIPELINE.extract(text));
    try (Service small = Service.start(Corpus.PIPELINE, new ServeOptions("127.0.0.1", 0, 1, 2, false))) {
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        answers.add(CLIENT.sendAsync(postText(small, text), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
      }
      int ok = 0;
      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        HttpResponse<String> r = answer.get();
        if (r.statusCode() == 200) {
          assertThat(r.body()).isEqualTo(expected);
          ok++;
        } else {
          assertThat(error(503, r)).isEqualTo("busy or stopping: try again later");
        }
      }
      assertThat(ok).as("answered 200").isBetween(3, 48);
      awaitInFlight(small, 0);                        // every admitted request left
    }
  }

  @Test
  void aJsonBodyWithADateIsExtractedInThatDate() throws Exception {
    String text = Corpus.read(Corpus.seeds().get(0));
    String body = MAPPER.writeValueAsString(Map.of("text", text, "date", "2021-07-20"));
    HttpResponse<String> r = send(post(service, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(rendered(Corpus.PIPELINE.extract(text, LocalDate.of(2021, 7, 20))))
        .contains("\"dateValue\":\"2021-07-25/2021-07-28\"");
  }

  @Test
  void aPlainBodyWithoutContentTypeIsText() throws Exception {
    String text = "El canciller ruso, Sergei Lavrov, realizó una visita oficial a Vietnam el 28 de julio.";
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri(service, "/extract"))
        .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(rendered(Corpus.PIPELINE.extract(text)));
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    byte[] body = "a".repeat(Service.MAX_BODY_BYTES + 1).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = send(post(service, "text/plain", body));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(error(r)).isEqualTo("the body is over 1000000 bytes");
  }

  @Test
  void malformedRequestsAre400WithTheReason() throws Exception {
    assertThat(error(400, post(service, "application/json", bytes("{\"text\": \"Lavrov llegó\""))))
        .startsWith("malformed JSON: ");
    assertThat(error(400, post(service, "application/json", bytes("{\"text\": \"a\", \"date\": \"20/07/2021\"}"))))
        .isEqualTo("\"date\" is a date as YYYY-MM-DD, not '20/07/2021'");
    assertThat(error(400, post(service, "application/json", bytes("{\"txt\": \"a\"}"))))
        .isEqualTo("unknown field 'txt' (known: text, date)");
    assertThat(error(400, post(service, "application/json", bytes("{\"date\": \"2021-07-20\"}"))))
        .isEqualTo("\"text\" is required and is a string");
    assertThat(error(400, post(service, "application/json", bytes("[\"Lavrov\"]"))))
        .startsWith("the JSON body is an object");
    assertThat(error(400, post(service, "application/json", bytes("{\"text\": \"a\", \"text\": \"b\"}"))))
        .startsWith("malformed JSON: Duplicate field 'text'");
    byte[] latin1 = {'L', 'a', ' ', 'n', 'a', 'c', 'i', (byte) 0xF3, 'n'};
    assertThat(error(400, post(service, "text/plain", latin1))).isEqualTo("the body is not valid UTF-8");
    assertThat(error(415, post(service, "text/plain; charset=iso-8859-1", latin1)))
        .startsWith("only UTF-8 is read");
    assertThat(error(415, post(service, "text/html", bytes("<p>Lavrov</p>"))))
        .startsWith("the body is text/plain or application/json");
  }

  @Test
  void wrongMethodsAre405AndUnknownPathsAre404() throws Exception {
    HttpResponse<String> get = send(HttpRequest.newBuilder(uri(service, "/extract")).GET().build());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).contains("POST");
    assertThat(error(get)).isEqualTo("/extract takes POST, not GET");
    assertThat(error(405, HttpRequest.newBuilder(uri(service, "/health"))
        .POST(HttpRequest.BodyPublishers.noBody()).build())).isEqualTo("/health takes GET, not POST");
    assertThat(error(404, HttpRequest.newBuilder(uri(service, "/facts")).GET().build()))
        .isEqualTo("no such resource: /facts (POST /extract, GET /health)");
    assertThat(error(404, HttpRequest.newBuilder(uri(service, "/extract/more"))
        .POST(HttpRequest.BodyPublishers.noBody()).build()))
        .startsWith("no such resource: /extract/more");
  }

  @Test
  void healthAnswersOkWithTheRequestsInFlight() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri(service, "/health")).GET().build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(r.body()).get("status").textValue()).isEqualTo("ok");
    assertThat(MAPPER.readTree(r.body()).get("inFlight").isInt()).isTrue();
  }

  @Test
  void aFullServiceAnswers503AndStillFinishesWhatItAdmitted() throws Exception {
    String slow = slowText();
    try (Service one = Service.start(Corpus.PIPELINE, new ServeOptions("127.0.0.1", 0, 1, 0, false))) {
      CompletableFuture<HttpResponse<String>> first =
          CLIENT.sendAsync(postText(one, slow), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      awaitInFlight(one, 1);
      assertThat(error(503, postText(one, "Sergei Lavrov visitó Hanoi.")))
          .isEqualTo("busy or stopping: try again later");
      assertThat(first.get().statusCode()).isEqualTo(200);
      assertThat(first.get().body()).isEqualTo(rendered(Corpus.PIPELINE.extract(slow)));
    }
  }

  @Test
  void closingFinishesTheRequestsInFlightThenRefusesConnections() throws Exception {
    String slow = slowText();
    String expected = rendered(Corpus.PIPELINE.extract(slow));
    Service draining = Service.start(Corpus.PIPELINE, new ServeOptions("127.0.0.1", 0, 1, 1, false));
    URI health = uri(draining, "/health");
    List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
    for (int i = 0; i < 2; i++) {                     // one running, one waiting for the thread
      inFlight.add(CLIENT.sendAsync(postText(draining, slow), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }
    awaitInFlight(draining, 2);
    draining.close();
    for (CompletableFuture<HttpResponse<String>> r : inFlight) {
      assertThat(r.get().statusCode()).isEqualTo(200);
      assertThat(r.get().body()).isEqualTo(expected);
    }
    assertThatThrownBy(() -> send(HttpRequest.newBuilder(health).GET().build())).isInstanceOf(IOException.class);
  }

  /** Articles enough that one extraction takes a while (about 100,000 chars). */
  private static String slowText() throws IOException {
    return String.join("\n\n", Collections.nCopies(2, String.join("\n\n", articles())));
  }

  private static void awaitInFlight(Service s, int n) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (s.inFlight() != n) {
      assertThat(System.nanoTime()).as("requests in flight").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static String error(int status, HttpRequest request) throws IOException, InterruptedException {
    return error(status, send(request));
  }

  private static String error(int status, HttpResponse<String> r) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return error(r);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
