package org.hechos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Objects;
import org.hechos.Extraction;
import org.hechos.Pipeline;

/**
 * {@code POST /extract}: the body's text through the shared pipeline, answered with the JSON
 * object the command line writes for one document ({@link JsonView}, source {@code "-"}).
 */
final class ExtractHandler implements HttpHandler {

  /** The source of every answer: the command line's name for standard input. */
  static final String SOURCE = "-";

  private final Pipeline pipeline;
  private final Admission admission;
  private final int maxBodyBytes;
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonView json = new JsonView(mapper);

  ExtractHandler(Pipeline pipeline, Admission admission, int maxBodyBytes) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.admission = Objects.requireNonNull(admission, "admission");
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        Exchanges.require(exchange, "POST", "/extract");
        if (!admission.tryEnter()) {
          throw new HttpProblem(503, "busy or stopping: try again later");
        }
        try {
          ExtractRequest request = ExtractRequest.parse(exchange.getRequestHeaders().getFirst("Content-Type"),
              Exchanges.body(exchange, maxBodyBytes));
          Exchanges.send(exchange, 200, mapper.writeValueAsString(json.of(SOURCE, extract(request))));
        } finally {
          admission.leave();
        }
      } catch (HttpProblem problem) {
        Exchanges.refuse(exchange, problem);
      }
    }
  }

  private Extraction extract(ExtractRequest request) throws HttpProblem {
    try {
      return admission.run(() -> request.date().isPresent()
          ? pipeline.extract(request.text(), request.date().get()) : pipeline.extract(request.text()));
    } catch (RuntimeException | StackOverflowError e) {
      throw new HttpProblem(500, "extraction failed: " + e);
    }
  }
}
