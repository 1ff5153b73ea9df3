package org.hechos.models.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpParserTest {

  private static CoreNlpParser parser;

  @BeforeAll
  static void load() {
    parser = CoreNlpParser.load();
  }

  @Test
  void findsSubjectAndObjectOfAVisitWithAnAdverbBetween() {
    List<String> words = List.of("La", "ministra", "visitó", "ayer", "Buenos", "Aires", ".");
    List<WordParse> parse = parser.parse(words);
    assertThat(parse).hasSize(words.size());
    assertThat(parse.get(1).relation()).isEqualTo("nsubj");
    assertThat(parse.get(1).head()).isEqualTo(3);
    assertThat(parse.get(2).relation()).isEqualTo("root");
    assertThat(parse.get(4).head()).isEqualTo(3);
  }

  @Test
  void givesNothingForNoWords() {
    assertThat(parser.parse(List.of())).isEmpty();
  }
}
