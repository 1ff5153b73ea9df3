package org.hechos.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hechos.Document;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.SpanishNerModel;
import org.hechos.repair.Repair;
import org.hechos.text.Token;
import org.hechos.tokens.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameWindowsTest {

  private static SpanishNerModel model;
  private static SpanishLexicon lexicon;

  @BeforeAll
  static void load() {
    model = SpanishNerModel.load();
    lexicon = SpanishLexicon.load();
  }

  private static List<Token> tokens(String sentence) {
    Document doc = Tokens.spanish(lexicon).apply(Repair.spanish(lexicon).apply(Document.of(sentence)));
    return doc.sentences().get(0).tokens();
  }

  @Test
  void capitalizedWordsGetTheLabelsTheWholeSentenceGivesThem() {
    List<Token> tokens = tokens("La canciller Ana Beltrán viajó ayer a Montevideo, donde según fuentes de la cancillería "
        + "se reunirá durante la mañana con su homólogo de Uruguay y con representantes del Mercosur.");
    List<String> words = tokens.stream().map(Token::text).toList();

    List<String> windowed = new NameWindows(model).label(tokens);
    List<String> whole = model.label(words);

    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).equals(words.get(i).toLowerCase(java.util.Locale.ROOT))) {
        assertThat(windowed.get(i)).as(words.get(i)).isEqualTo(whole.get(i));
      }
    }
    assertThat(windowed).contains("PERSON", "LOCATION");
  }

  @Test
  void wordsFarFromAnyCapitalAreOutsideEveryName() {
    List<Token> tokens = tokens("Ayer se dijo que las conversaciones sobre el precio de los cereales y la energía "
        + "continuarán durante las próximas semanas en varias ciudades del sur.");

    List<String> labels = new NameWindows(model).label(tokens);

    assertThat(labels).hasSize(tokens.size()).containsOnly("O");
  }

  @Test
  void aSentenceWithoutWordsGetsNoLabels() {
    assertThat(new NameWindows(model).label(new ArrayList<>())).isEmpty();
  }
}
