package org.hechos.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.SpanishLexicon;
import org.hechos.text.RepairedText;
import org.hechos.text.Sentence;
import org.hechos.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpanishTokenizerTest {

  private static Stage tokens;

  @BeforeAll
  static void load() {
    tokens = Tokens.spanish(SpanishLexicon.load());
  }

  private static List<Sentence> split(String text) {
    return tokens.apply(Document.of(text).withText(RepairedText.unchanged(text))).sentences();
  }

  @Test
  void keepsDecimalNumbersAndCodesWhole() {
    List<String> words = split("El comercio sumó 2,6 mil millones de dólares pese al COVID-19.").get(0).tokens()
        .stream().map(Token::text).toList();

    assertThat(words).contains("2,6", "COVID-19", "al").doesNotContain("2", "6", "COVID");
  }

  @Test
  void splitsHyphenBetweenTwoNames() {
    List<String> words = split("Las relaciones Vietnam-Rusia continúan.").get(0).tokens()
        .stream().map(Token::text).toList();

    assertThat(words).containsSequence("Vietnam", "-", "Rusia");
  }

  @Test
  void keepsHyphenatedSurnameWhole() {
    List<String> words = split("El presidente Miguel Díaz-Canel habló.").get(0).tokens()
        .stream().map(Token::text).toList();

    assertThat(words).contains("Díaz-Canel");
  }

  @Test
  void doesNotEndSentenceAfterAbbreviationOrInitial() {
    List<Sentence> sentences = split("El Sr. Pérez llegó con J. Martínez a las 9. Luego partió.");

    assertThat(sentences).hasSize(2);
  }

  @Test
  void everyLineIsItsOwnParagraph() {
    assertThat(split("Vietnam asiste a la cumbre\nEl ministro habló ayer.")).hasSize(2);
  }

  @Test
  void tokensCarryLemmasOfTheLexicon() {
    Token propuso = split("La ministra propuso ampliar la cooperación.").get(0).tokens().get(2);

    assertThat(propuso.hasLemma("proponer")).isTrue();
  }
}
