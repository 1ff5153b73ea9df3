package org.hechos.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code POST /extract} asks for: the text and, optionally, the document's date. The body is
 * the text itself ({@code text/plain}, the default) or {@code {"text": "...", "date": "YYYY-MM-DD"}}
 * ({@code application/json}); either way UTF-8.
 */
record ExtractRequest(String text, Optional<LocalDate> date) {

  private static final Set<String> FIELDS = Set.of("text", "date");

  /** Strict: a key twice, or anything after the object, is malformed. */
  private static final ObjectMapper STRICT = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  ExtractRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
  }

  /** {@code contentType} is the request's header, null when it gave none. */
  static ExtractRequest parse(String contentType, byte[] body) throws HttpProblem {
    String media = contentType == null ? "text/plain" : contentType.toLowerCase(Locale.ROOT).trim();
    int semicolon = media.indexOf(';');
    String type = (semicolon < 0 ? media : media.substring(0, semicolon)).trim();
    String parameters = semicolon < 0 ? "" : media.substring(semicolon + 1).replace(" ", "").replace("\"", "");
    if (!parameters.isEmpty() && !parameters.equals("charset=utf-8")) {
      throw new HttpProblem(415, "only UTF-8 is read, not '" + contentType + "'");
    }
    String text = utf8(body);
    return switch (type) {
      case "text/plain" -> new ExtractRequest(text, Optional.empty());
      case "application/json" -> json(text);
      default -> throw new HttpProblem(415,
          "the body is text/plain or application/json, not '" + contentType
              + "' (curl: -H 'Content-Type: text/plain')");
    };
  }

  private static String utf8(byte[] body) throws HttpProblem {
    try {
      return Input.utf8(body);
    } catch (CharacterCodingException e) {
      throw new HttpProblem(400, "the body is not valid UTF-8");
    }
  }

  private static ExtractRequest json(String body) throws HttpProblem {
    JsonNode node;
    try {
      node = STRICT.readTree(body);
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new HttpProblem(400, "the JSON body is an object: {\"text\": \"...\", \"date\": \"YYYY-MM-DD\"}");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new HttpProblem(400, "unknown field '" + name + "' (known: text, date)");
      }
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new HttpProblem(400, "\"text\" is required and is a string");
    }
    JsonNode date = node.get("date");
    if (date == null || date.isNull()) {
      return new ExtractRequest(text.textValue(), Optional.empty());
    }
    try {
      return new ExtractRequest(text.textValue(), Optional.of(LocalDate.parse(date.asText())));
    } catch (DateTimeParseException e) {
      throw new HttpProblem(400, "\"date\" is a date as YYYY-MM-DD, not '" + date.asText() + "'");
    }
  }
}
