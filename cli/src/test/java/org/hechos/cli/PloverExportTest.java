package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.FactType;
import org.junit.jupiter.api.Test;

class PloverExportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final PloverView VIEW = new PloverView(MAPPER, PloverMapping.load());

  @Test
  void everyFactOfTheSeedsBecomesOneRecordThatReadsBack() throws Exception {
    for (Path seed : Corpus.seeds()) {
      String text = Corpus.read(seed);
      Extraction x = Corpus.PIPELINE.extract(text);
      List<ObjectNode> records = VIEW.of(seed.toString(), x);
      assertThat(records).hasSameSizeAs(x.facts());
      for (int i = 0; i < records.size(); i++) {
        Fact f = x.facts().get(i);
        JsonNode r = MAPPER.readTree(MAPPER.writeValueAsString(records.get(i)));
        assertThat(r.fieldNames()).toIterable().contains("id", "date", "actor", "recipient", "event", "mode",
            "event_text", "cameo", "extension");
        assertThat(r.get("id").asText()).isEqualTo(seed + ":" + (i + 1));
        assertThat(r.get("extension").get("hechos_type").asText()).isEqualTo(f.type().name());
        assertThat(r.get("event_text").asText())
            .isEqualTo(text.substring(r.get("begin").asInt(), r.get("end").asInt()));
        if (f.type() == FactType.VISIT) {
          assertThat(r.get("event").asText()).isEqualTo("CONSULT");
          assertThat(r.get("mode").asText()).isEqualTo("visit");
          assertThat(r.get("cameo").asText()).isEqualTo("042");
        }
        if (f.type() == FactType.STATEMENT || f.type() == FactType.ROLE || f.type() == FactType.CHAIR) {
          assertThat(r.get("event").isNull()).as("%s has no PLOVER event", f.type()).isTrue();
        }
      }
    }
  }

  @Test
  void offsetsAreUtf16AfterEmoji() throws Exception {
    String text = Corpus.EMOJI_TEXT;
    Extraction x = Corpus.PIPELINE.extract(text);
    assertThat(x.facts()).isNotEmpty();
    for (ObjectNode r : VIEW.of("dispatch.txt", x)) {
      assertThat(r.get("event_text").asText()).isEqualTo(text.substring(r.get("begin").asInt(), r.get("end").asInt()));
    }
  }
}
