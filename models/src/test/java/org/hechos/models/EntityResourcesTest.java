package org.hechos.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every gazetteer and value file loads, and answers as the recognizers expect. */
class EntityResourcesTest {

  private static Gazetteers gazetteers;

  @BeforeAll
  static void load() {
    gazetteers = Gazetteers.load();
  }

  @Test
  void demonymsNameTheirCountryInEveryForm() {
    Demonyms demonyms = gazetteers.demonyms();
    assertThat(demonyms.countryOf("ruso")).contains("Rusia");
    assertThat(demonyms.countryOf("rusas")).contains("Rusia");
    assertThat(demonyms.countryOf("vietnamita")).contains("Vietnam");
    assertThat(demonyms.countryOf("vietnamitas")).contains("Vietnam");
    assertThat(demonyms.countryOf("franceses")).contains("Francia");
    assertThat(demonyms.countryOf("alemanes")).contains("Alemania");
    assertThat(demonyms.countryOf("Marroquíes")).contains("Marruecos");
    assertThat(demonyms.countryOf("nipona")).contains("Japón");
    assertThat(demonyms.countryOf("reunión")).isEmpty();
    assertThat(demonyms.size()).isGreaterThan(500);
  }

  @Test
  void regularPluralsDropTheAccentOfTheLastSyllable() {
    assertThat(Demonyms.plural("francés")).isEqualTo("franceses");
    assertThat(Demonyms.plural("alemán")).isEqualTo("alemanes");
    assertThat(Demonyms.plural("ruso")).isEqualTo("rusos");
    assertThat(Demonyms.plural("iraní")).isEqualTo("iraníes");
  }

  @Test
  void countriesComeFromTheJdkInSpanish() {
    assertThat(gazetteers.lookup("Chipre")).hasValueSatisfying(e -> {
      assertThat(e.type()).isEqualTo("LOCATION");
      assertThat(e.subtype()).contains("COUNTRY");
    });
    assertThat(gazetteers.lookup("Sudán del Sur")).map(Gazetteers.Entry::subtype).contains(Optional.of("COUNTRY"));
    assertThat(gazetteers.lookup("Reunión")).as("a common word, dropped").isEmpty();
    assertThat(gazetteers.lookup("Granada")).map(Gazetteers.Entry::subtype).contains(Optional.of("CITY"));
  }

  @Test
  void citiesOrganizationsAndAcronymsAreKnown() {
    assertThat(gazetteers.lookup(List.of("Hanoi"))).map(Gazetteers.Entry::subtype).contains(Optional.of("CITY"));
    assertThat(gazetteers.lookup(List.of("EE.", "UU."))).map(Gazetteers.Entry::subtype).contains(Optional.of("COUNTRY"));
    assertThat(gazetteers.lookup("ASEAN")).hasValueSatisfying(e -> {
      assertThat(e.type()).isEqualTo("ORGANIZATION");
      assertThat(e.longForm()).contains("Asociación de Naciones del Sudeste Asiático");
    });
    assertThat(gazetteers.lookup("COVID-19")).map(Gazetteers.Entry::type).contains("MISC");
    assertThat(gazetteers.lookupUppercase(List.of("ETIOPIA"))).map(Gazetteers.Entry::name).contains("Etiopía");
  }

  @Test
  void headsTitlesCuesPortfoliosAndNameShapesLoad() {
    assertThat(gazetteers.headType("Ministerio")).contains("ORGANIZATION");
    assertThat(gazetteers.headType("Península")).contains("LOCATION");
    assertThat(gazetteers.isTitle("Canciller")).isTrue();
    assertThat(gazetteers.cue("alcalde")).contains("PLACE");
    assertThat(gazetteers.isPortfolioWord("Interior")).isTrue();
    assertThat(gazetteers.isPortfolioWord("Agricultura.")).isTrue();
    assertThat(gazetteers.isPortfolioWord("Rusia")).isFalse();
    assertThat(gazetteers.cue("Gobierno")).contains("GENERIC");
    assertThat(gazetteers.personNames().surnames()).contains("Nguyen", "Bui", "Xi", "Kim");
    assertThat(gazetteers.personNames().suffixes()).contains("ov", "sky");
  }

  @Test
  void valueWordsLoad() {
    ValueWords words = ValueWords.load();
    assertThat(words.get(ValueWords.Kind.MONTH, "Julio")).contains("07");
    assertThat(words.get(ValueWords.Kind.CURRENCY, "dólares")).contains("USD");
    assertThat(words.get(ValueWords.Kind.SCALE, "milmillones")).contains("1000000000");
    assertThat(words.is(ValueWords.Kind.PERCENT, "por ciento")).isTrue();
  }

  @Test
  void malformedRowsNameFileAndLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TsvResource.load("demonyms.tsv", 5, 5))
        .isInstanceOf(RuleFormatException.class)
        .hasMessageStartingWith("demonyms.tsv:");
  }
}
