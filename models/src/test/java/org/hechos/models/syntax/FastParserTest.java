package org.hechos.models.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FastParserTest {

  private static FastParser parser;

  @BeforeAll
  static void load() {
    parser = FastParser.load();
  }

  @Test
  void findsSubjectAndObjectOfAVisitWithAnAdverbBetween() {
    List<WordParse> parse = parser.parse(List.of("La", "ministra", "visitó", "ayer", "Buenos", "Aires", "."));
    assertThat(parse).extracting(WordParse::upos)
        .containsExactly("DET", "NOUN", "VERB", "ADV", "PROPN", "PROPN", "PUNCT");
    assertThat(parse.get(1)).isEqualTo(new WordParse("NOUN", 3, "nsubj"));
    assertThat(parse.get(2)).isEqualTo(new WordParse("VERB", 0, "root"));
    assertThat(parse.get(4).head()).isEqualTo(3);
    assertThat(parse.get(5)).isEqualTo(new WordParse("PROPN", 5, "flat"));
  }

  @Test
  void attachesAPrepositionalPhraseAndAnAuxiliary() {
    List<String> words = List.of("El", "canciller", "se", "ha", "reunido", "en", "Lima", "con", "su",
        "homólogo", "de", "Chile", ".");
    List<WordParse> parse = parser.parse(words);
    assertThat(parse.get(3)).isEqualTo(new WordParse("AUX", 5, "aux"));
    assertThat(parse.get(4).relation()).isEqualTo("root");
    assertThat(parse.get(6)).isEqualTo(new WordParse("PROPN", 5, "obl"));
    assertThat(parse.get(9)).isEqualTo(new WordParse("NOUN", 5, "obl"));
    assertThat(parse.get(11)).isEqualTo(new WordParse("PROPN", 10, "nmod"));
  }

  @Test
  void givesEveryWordOneHeadInsideTheSentenceAndOneRoot() {
    List<String> words = List.of("Según", "fuentes", "de", "Exteriores", ",", "el", "ministro",
        "recibirá", "el", "lunes", "a", "su", "homólogo", "cubano", ",", "Bruno", "Rodríguez", ".");
    List<WordParse> parse = parser.parse(words);
    assertThat(parse).hasSize(words.size())
        .allSatisfy(w -> assertThat(w.head()).isBetween(0, words.size()));
    assertThat(parse).filteredOn(w -> w.head() == 0).singleElement()
        .satisfies(w -> assertThat(w.relation()).isEqualTo("root"));
  }

  @Test
  void givesNothingForNoWords() {
    assertThat(parser.parse(List.of())).isEmpty();
  }
}
