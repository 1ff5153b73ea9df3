package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.hechos.Extraction;
import org.junit.jupiter.api.Test;

class PloverExportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate JULY_2021 = LocalDate.of(2021, 7, 20);

  @Test
  void everyRecordOfTheSeedsFollowsThePloverManual() throws Exception {
    PloverRecordValidator validator = new PloverRecordValidator();
    int records = 0;
    for (Optional<LocalDate> documentDate : java.util.List.of(Optional.<LocalDate>empty(), Optional.of(JULY_2021))) {
      for (Path seed : Corpus.seeds()) {
        String text = Corpus.read(seed);
        for (JsonNode r : records(seed + (documentDate.isPresent() ? "@dated" : ""), text, documentDate)) {
          assertThat(validator.problems(r, text)).isEmpty();
          records++;
        }
      }
    }
    assertThat(records).isGreaterThan(20);
  }

  private static java.util.List<JsonNode> records(String source, String text, Optional<LocalDate> documentDate)
      throws Exception {
    Extraction x = documentDate.isPresent() ? Corpus.PIPELINE.extract(text, documentDate.get()) : Corpus.PIPELINE.extract(text);
    java.util.List<JsonNode> nodes = new java.util.ArrayList<>();
    for (var r : new PloverView(MAPPER, PloverMapping.load(), documentDate).of(source, x).records()) {
      nodes.add(MAPPER.readTree(MAPPER.writeValueAsString(r)));
    }
    return nodes;
  }
}
