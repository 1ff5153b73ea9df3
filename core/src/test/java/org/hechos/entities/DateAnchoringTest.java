package org.hechos.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hechos.Extraction;
import org.hechos.Pipeline;
import org.hechos.Visit;
import org.hechos.text.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DateAnchoringTest {

  private static final String TEXT = "El canciller de Chile, Mario Reyes, realizó una visita oficial del 25 al 28 "
      + "del presente mes a Perú. El 14 de julio se reunió con el presidente peruano.";

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = org.hechos.SpanishPipeline.get();
  }

  @Test
  void dayRangeOfThePresentMonthIsReadInTheDocumentMonth() {
    Extraction x = pipeline.extract(TEXT, LocalDate.of(2021, 7, 20));

    assertThat(x.facts(Visit.class)).singleElement().satisfies(v ->
        assertThat(v.date().flatMap(Mention::normalized)).hasValue("2021-07-25/2021-07-28"));
  }

  @Test
  void withoutADocumentDatePartialDatesStayPartial() {
    Extraction x = pipeline.extract(TEXT);

    assertThat(x.facts(Visit.class)).singleElement().satisfies(v ->
        assertThat(v.date().flatMap(Mention::normalized)).hasValue("XXXX-XX-25/XXXX-XX-28"));
  }

  @Test
  void monthAndDayTakeTheDocumentYear() {
    assertThat(DateAnchoring.anchor("--07-14", LocalDate.of(2021, 7, 20))).isEqualTo("2021-07-14");
    assertThat(DateAnchoring.anchor("XXXX-WXX-1", LocalDate.of(2021, 7, 20))).isEqualTo("XXXX-WXX-1");
    assertThat(DateAnchoring.anchor("2019-03-03", LocalDate.of(2021, 7, 20))).isEqualTo("2019-03-03");
  }
}
