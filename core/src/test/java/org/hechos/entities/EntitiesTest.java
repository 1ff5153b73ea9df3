package org.hechos.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hechos.Document;
import org.hechos.Pipeline;
import org.hechos.models.Gazetteers;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.SpanishNerModel;
import org.hechos.repair.Repair;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.tokens.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names and values on short news sentences, through repair, tokens and entities. */
class EntitiesTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    SpanishLexicon lexicon = SpanishLexicon.load();
    pipeline = Pipeline.of(List.of(Repair.spanish(lexicon), Tokens.spanish(lexicon),
        Entities.spanish(SpanishNerModel.load(), Gazetteers.load())));
  }

  private static List<Mention> mentions(String text) {
    return pipeline.run(Document.of(text)).mentions();
  }

  private static Optional<Mention> find(String text, String name) {
    return mentions(text).stream().filter(m -> m.text().equals(name)).findFirst();
  }

  @Test
  void gazetteerPlacesOverrideTheCrfPerson() {
    String text = "Lavrov confirmó que Hanoi es un socio muy importante y que Chipre apoya el acuerdo.";
    assertThat(find(text, "Hanoi")).hasValueSatisfying(m -> {
      assertThat(m.type()).isEqualTo(EntityType.LOCATION);
      assertThat(m.subtype()).contains("CITY");
    });
    assertThat(find(text, "Chipre")).map(Mention::type).contains(EntityType.LOCATION);
    assertThat(find(text, "Chipre")).flatMap(Mention::subtype).contains("COUNTRY");
  }

  @Test
  void longNameAndAcronymInBracketsAreTwoOrganizations() {
    String text = "Acordaron aumentar la coordinación en la Asociación de Naciones del Sudeste Asiático (ASEAN).";
    assertThat(find(text, "Asociación de Naciones del Sudeste Asiático")).map(Mention::type)
        .contains(EntityType.ORGANIZATION);
    assertThat(find(text, "ASEAN")).map(Mention::type).contains(EntityType.ORGANIZATION);
  }

  @Test
  void headNounsMakeOrganizationsAndTitlesStayOutOfNames() {
    String text = "El jefe del Departamento de Relaciones Exteriores del Comité Central del Partido Comunista de Vietnam, "
        + "Hoang Binh Quan, se reunió con el canciller Sergei Lavrov.";
    assertThat(find(text, "Departamento de Relaciones Exteriores del Comité Central del Partido Comunista de Vietnam"))
        .map(Mention::type).contains(EntityType.ORGANIZATION);
    assertThat(find(text, "Hoang Binh Quan")).map(Mention::type).contains(EntityType.PERSON);
    assertThat(find(text, "Sergei Lavrov")).map(Mention::type).contains(EntityType.PERSON);
  }

  @Test
  void shortFormOfAPersonNameIsAPersonInTheSameDocument() {
    String text = "El canciller de Vietnam, Bui Thanh Son, visitó Moscú. En la reunión, Thanh Son afirmó que ambos países cooperan.";
    assertThat(find(text, "Thanh Son")).map(Mention::type).contains(EntityType.PERSON);
  }

  @Test
  void valuesAreNormalized() {
    String text = "El intercambio comercial fue del 2,6 mil millones de dólares en el primer semestre del 2021, "
        + "un aumento interanual del 12,5 por ciento. El pasado 3 de marzo de 2021 se firmó la Convención de 1982 "
        + "y la visita será del 25 al 28 del presente mes; la reunión, el 14 de julio, y en julio, un alza del 3 %.";
    List<Mention> all = mentions(text);
    assertThat(value(all, "2,6 mil millones de dólares")).contains("2600000000 USD");
    assertThat(value(all, "el primer semestre del 2021")).contains("2021-H1");
    assertThat(value(all, "12,5 por ciento")).contains("12.5");
    assertThat(value(all, "El pasado 3 de marzo de 2021")).contains("2021-03-03");
    assertThat(value(all, "1982")).contains("1982");
    assertThat(value(all, "del 25 al 28 del presente mes")).contains("XXXX-XX-25/XXXX-XX-28");
    assertThat(value(all, "el 14 de julio")).contains("--07-14");
    assertThat(value(all, "julio")).contains("--07");
    assertThat(value(all, "3 %")).contains("3");
  }

  @Test
  void datelineDaysAndPairsOfDaysAreDates() {
    List<Mention> all = mentions("La Habana, 12 mar (Prensa Latina) La cumbre será los días 9 y 10 de septiembre.");
    assertThat(value(all, "12 mar")).contains("--03-12");
    assertThat(value(all, "9 y 10 de septiembre")).contains("--09-09/--09-10");
  }

  @Test
  void aNameAfterAnAdministrativeUnitIsAPlaceThroughoutTheDocument() {
    List<Mention> all = mentions("Krong Pa y Ea Sup impulsan el comercio. La provincia de Krong Pa exporta arroz "
        + "al distrito de Ea Sup. Krong Pa crece.");
    assertThat(all).filteredOn(m -> m.text().equals("Krong Pa") || m.text().equals("Ea Sup"))
        .hasSize(5).allMatch(m -> m.type() == EntityType.LOCATION);
  }

  @Test
  void aCapitalizedCommonNounWithAnAdjectiveNamesNoOrganization() {
    assertThat(mentions("El secretario del Comité partidista habló.")).noneMatch(m -> m.text().equals("Comité"));
  }

  @Test
  void vietnameseProvincesAreNoPersons() {
    List<Mention> all = mentions("Quang Tri y Savannakhet impulsan el comercio; la feria será en Dong Ha.");
    assertThat(all).filteredOn(m -> m.type() == EntityType.LOCATION).extracting(Mention::text)
        .contains("Quang Tri", "Savannakhet", "Dong Ha");
  }

  @Test
  void thousandsOfMillionsWrittenInWordsAddUp() {
    List<Mention> all = mentions("El comercio alcanzó 14 mil 500 millones de dólares y la inversión, 3 mil millones de euros; "
        + "asistieron 2 mil 300 personas; el fondo suma mil 800 millones de dólares y el préstamo, mil millones de euros.");
    assertThat(value(all, "14 mil 500 millones de dólares")).contains("14500000000 USD");
    assertThat(value(all, "3 mil millones de euros")).contains("3000000000 EUR");
    assertThat(value(all, "2 mil 300")).contains("2300");
    assertThat(value(all, "mil 800 millones de dólares")).contains("1800000000 USD");
    assertThat(value(all, "mil millones de euros")).contains("1000000000 EUR");
  }

  @Test
  void gluedScaleWordStillGivesTheAmount() {
    // repair splits "milmillones" before recognition; the mention reads the repaired words
    assertThat(value(mentions("Un valor de 2,6 milmillones de dólares."), "2,6 mil millones de dólares"))
        .contains("2600000000 USD");
  }

  @Test
  void spanishNumbersParse() {
    assertThat(ValueRecognizer.parseSpanish("5.200")).isEqualByComparingTo("5200");
    assertThat(ValueRecognizer.parseSpanish("2,6")).isEqualByComparingTo("2.6");
    assertThat(ValueRecognizer.parseSpanish("1.234,5")).isEqualByComparingTo("1234.5");
    assertThat(ValueRecognizer.parseSpanish("2.6")).isEqualByComparingTo("2.6");
  }

  private static Optional<String> value(List<Mention> mentions, String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).findFirst().flatMap(Mention::normalized);
  }
}
