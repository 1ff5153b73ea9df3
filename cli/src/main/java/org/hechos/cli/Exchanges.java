package org.hechos.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** What the service's handlers share: routing checks, bounded bodies, one-line JSON answers. */
final class Exchanges {

  /** How much of a refused body is read and dropped before the server closes the connection. */
  static final long DROPPED_BYTES = 16_000_000;

  private Exchanges() {}

  /** 404 unless the path is {@code path} exactly, then 405 unless the method is {@code method}. */
  static void require(HttpExchange exchange, String method, String path) throws HttpProblem {
    if (!exchange.getRequestURI().getPath().equals(path)) {
      throw notFound(exchange);
    }
    if (!exchange.getRequestMethod().equals(method)) {
      exchange.getResponseHeaders().set("Allow", method);
      throw new HttpProblem(405, path + " takes " + method + ", not " + exchange.getRequestMethod());
    }
  }

  static HttpProblem notFound(HttpExchange exchange) {
    return new HttpProblem(404, "no such resource: " + exchange.getRequestURI().getPath()
        + " (POST /extract, GET /health)");
  }

  /**
   * The request body, refused with 413 beyond {@code maxBytes}. What the client still sends after
   * that is read and dropped, up to {@value #DROPPED_BYTES} bytes, so that it reads the 413 rather
   * than a reset connection; memory holds at most {@code maxBytes + 1} bytes.
   */
  static byte[] body(HttpExchange exchange, int maxBytes) throws IOException, HttpProblem {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        byte[] buffer = new byte[8192];
        long left = DROPPED_BYTES;
        for (int n = 0; left > 0 && n >= 0; left -= n) {
          n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        }
        throw new HttpProblem(413, "the body is over " + maxBytes + " bytes");
      }
      return body;
    }
  }

  /**
   * {@code json} and a line break, as UTF-8. Written from a String, as the command line writes it:
   * Jackson's byte generator would escape characters outside the BMP ({@code \uD83E\uDD1D}).
   */
  static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A JSON object to answer with; its {@code toString()} is the JSON, on one line. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@code {"error": "..."}} with the problem's status; the connection closes after a refused body. */
  static void refuse(HttpExchange exchange, HttpProblem problem) throws IOException {
    if (problem.status() == 413 || problem.status() == 503) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    send(exchange, problem.status(), object().put("error", problem.getMessage()).toString());
  }
}
