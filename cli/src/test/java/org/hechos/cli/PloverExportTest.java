package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hechos.Extraction;
import org.hechos.FactType;
import org.junit.jupiter.api.Test;

class PloverExportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Optional<LocalDate> JULY_2021 = Optional.of(LocalDate.of(2021, 7, 20));
  private static final Optional<LocalDate> JULY_2023 = Optional.of(LocalDate.of(2023, 7, 14));

  @Test
  void everyRecordOfTheSeedsFollowsThePloverManual() {
    PloverRecordValidator validator = new PloverRecordValidator();
    int records = 0;
    for (Optional<LocalDate> documentDate : List.of(Optional.<LocalDate>empty(), JULY_2021)) {
      for (Path seed : Corpus.seeds()) {
        String text = Corpus.read(seed);
        String source = seed + (documentDate.isPresent() ? " (dated)" : "");
        for (JsonNode r : export(source, text, documentDate).records) {
          assertThat(validator.problems(r, text)).isEmpty();
          records++;
        }
      }
    }
    assertThat(records).isGreaterThan(20);
  }

  @Test
  void withTheDocumentDateEveryEventOfTheSeedsWithAnActorIsWrittenAndNoOtherFact() {
    for (Path seed : Corpus.seeds()) {
      String text = Corpus.read(seed);
      Extraction x = Corpus.PIPELINE.extract(text, JULY_2021.get());
      Exported exported = export(seed.toString(), text, JULY_2021);
      List<String> eventIds = new ArrayList<>();
      for (int i = 0; i < x.facts().size(); i++) {
        FactType type = x.facts().get(i).type();
        if (PloverMapping.load().of(type).event().isPresent() && x.facts().get(i).agent().isPresent()) {
          eventIds.add(seed + ":" + (i + 1));
        }
      }
      assertThat(exported.records).extracting(r -> r.get("id").asText()).containsExactlyElementsOf(eventIds);
      assertThat(exported.undated).isZero();
    }
  }

  @Test
  void withoutADateAnEventWithNoDateOfItsOwnIsCountedNotWritten() {
    String text = "Alberto van Klaveren se reunió con Santiago Cafiero.";
    Exported exported = export("a.txt", text, Optional.empty());
    assertThat(exported.records).isEmpty();
    assertThat(exported.undated).isEqualTo(1);
  }

  @Test
  void meetingPartiesAreAllActorsAndThereIsNoRecipient() {
    String text = "El canciller de Chile, Alberto van Klaveren, se reunió el 14 de julio de 2023 con su "
        + "homólogo argentino, Santiago Cafiero.";
    JsonNode meeting = single(export("a.txt", text, Optional.empty()));
    assertThat(meeting.get("event")).containsExactly(MAPPER.valueToTree("CONSULT"));
    assertThat(meeting.get("actor")).extracting(a -> a.get("entity_text").asText())
        .containsExactly("Alberto van Klaveren", "Santiago Cafiero");
    assertThat(meeting.has("recipient")).isFalse();
    assertThat(meeting.get("date").asText()).isEqualTo("2023-07-14");
    assertThat(meeting.has("enddate")).isFalse();
  }

  @Test
  void visitHasTheVisitorAsActorTheHostAsRecipientAndItsDaysAsDateAndEnddate() {
    String text = "El presidente de Vietnam, Vo Van Thuong, realizó una visita a Japón del 27 al 30 de noviembre de 2023.";
    JsonNode visit = single(export("a.txt", text, Optional.empty()));
    assertThat(visit.get("event").get(0).asText()).isEqualTo("CONSULT");
    assertThat(visit.get("mode").get(0).asText()).isEqualTo("visit");
    assertThat(visit.get("actor").get(0).get("entity_text").asText()).isEqualTo("Vo Van Thuong");
    assertThat(visit.get("recipient").get(0).get("entity_text").asText()).isEqualTo("Japón");
    assertThat(visit.get("date").asText()).isEqualTo("2023-11-27");
    assertThat(visit.get("enddate").asText()).isEqualTo("2023-11-30");
    assertThat(visit.get("event_text").get(0).asText()).isEqualTo("visita");
  }

  @Test
  void announcedVisitIsCodedAgreeWithoutMode() {
    String text = "El presidente de Vietnam, Vo Van Thuong, visitará Japón del 27 al 30 de noviembre de 2023.";
    JsonNode visit = single(export("a.txt", text, Optional.empty()));
    assertThat(visit.get("event").get(0).asText()).isEqualTo("AGREE");
    assertThat(visit.has("mode")).isFalse();
    assertThat(visit.has("context")).isFalse();
  }

  @Test
  void negatedEventCarriesTheAuxiliaryModeNegationAndTakesTheDocumentDate() {
    String text = "El ministro de Exteriores de Perú, Javier González-Olaechea, no asistió a la cumbre de la Celac.";
    JsonNode attendance = single(export("a.txt", text, JULY_2023));
    assertThat(attendance.get("event").get(0).asText()).isEqualTo("CONSULT");
    assertThat(attendance.get("context")).extracting(JsonNode::asText).containsExactly("negation");
    assertThat(attendance.get("date").asText()).isEqualTo("2023-07-14");
  }

  @Test
  void textInfoOffsetsAreUtf16AfterEmoji() {
    String text = Corpus.EMOJI_TEXT;
    Exported exported = export("dispatch.txt", text, JULY_2021);
    assertThat(exported.records).isNotEmpty();
    PloverRecordValidator validator = new PloverRecordValidator();
    for (JsonNode r : exported.records) {
      assertThat(validator.problems(r, text)).isEmpty();
      String evidence = text.substring(r.get("text_info").get("start").asInt(), r.get("text_info").get("end").asInt());
      assertThat(evidence).contains(r.get("event_text").get(0).asText());
    }
  }

  /** The records as they read back from JSON, and the count of undated events. */
  private record Exported(List<JsonNode> records, int undated) {}

  private static Exported export(String source, String text, Optional<LocalDate> documentDate) {
    Extraction x = documentDate.isPresent() ? Corpus.PIPELINE.extract(text, documentDate.get()) : Corpus.PIPELINE.extract(text);
    PloverView.Records records = new PloverView(MAPPER, PloverMapping.load(), documentDate).of(source, x);
    List<JsonNode> read = new ArrayList<>();
    for (ObjectNode r : records.records()) {
      try {
        read.add(MAPPER.readTree(MAPPER.writeValueAsString(r)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new Exported(read, records.undated());
  }

  private static JsonNode single(Exported exported) {
    assertThat(exported.records).hasSize(1);
    return exported.records.get(0);
  }
}
