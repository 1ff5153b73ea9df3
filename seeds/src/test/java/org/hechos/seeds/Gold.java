package org.hechos.seeds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A hand-made gold annotation of one article (see src/test/resources/gold/). */
@JsonIgnoreProperties(ignoreUnknown = true)
record Gold(String document, List<Glued> glued, List<Noise> noise, List<GoldEntity> entities, List<GoldFact> facts) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Glued(int begin, int end, String original, String repaired) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Noise(int begin, int end, String text) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record GoldEntity(int begin, int end, String text, String type, String canonical) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record GoldFact(String type, String agent, String target, @JsonProperty("content_head") String contentHead,
      String trigger, @JsonProperty("trigger_begin") int triggerBegin, String date, boolean optional) {}

  /** A gold file and the text it annotates. */
  record Article(Path path, String text, Gold gold) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads {@code json} and the text it names, from {@code textDir}. */
  static Article load(Path json, Path textDir) {
    try {
      Gold gold = JSON.readValue(json.toFile(), Gold.class);
      Path text = textDir.resolve(gold.document());
      return new Article(text, Files.readString(text, StandardCharsets.UTF_8), gold);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every gold file of {@code dir} with its text from {@code textDir}, by name. */
  static List<Article> all(Path dir, Path textDir) {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> load(p, textDir)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
