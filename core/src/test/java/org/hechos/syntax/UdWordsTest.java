package org.hechos.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hechos.models.Analysis;
import org.hechos.text.Span;
import org.hechos.text.Token;
import org.junit.jupiter.api.Test;

class UdWordsTest {

  private static Token token(String text, Analysis... analyses) {
    return new Token(text, 0, text.length(), new Span(0, text.length()), List.of(analyses));
  }

  @Test
  void contractionsAreTwoWordsOfOneToken() {
    UdWords words = UdWords.of(List.of(token("Del"), token("país"), token("al"), token("norte")));
    assertThat(words.words()).containsExactly("De", "el", "país", "a", "el", "norte");
    assertThat(List.of(words.tokenOf(0), words.tokenOf(1), words.tokenOf(3), words.tokenOf(4))).containsExactly(0, 0, 2, 2);
  }

  @Test
  void encliticsLeaveTheVerbWithoutTheAccentTheyRequired() {
    UdWords words = UdWords.of(List.of(token("reunirse", new Analysis("reunir", "VMN0000")),
        token("entregándoselo", new Analysis("entregar", "VMG0000"))));
    assertThat(words.words()).containsExactly("reunir", "se", "entregando", "se", "lo");
  }

  @Test
  void aWordThatMerelyEndsLikeACliticStaysWhole() {
    UdWords words = UdWords.of(List.of(token("escuela", new Analysis("escuela", "NCFS000")), token("Carla")));
    assertThat(words.words()).containsExactly("escuela", "Carla");
  }
}
