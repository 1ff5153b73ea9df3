package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hechos.repair.NameSplits.Before;
import org.junit.jupiter.api.Test;

/**
 * The name rules of glued-word repair, each on a glued word taken from a news sentence; "|" marks
 * the split point asked about.
 */
class NameSplitsTest {

  private static final NameSplits NAMES = new NameSplits(Seeds.KNOWN, Seeds.PARTICLES, Seeds.GAZETTEERS);

  private static String run(String marked) {
    return marked.replace("|", "");
  }

  private static int at(String marked) {
    return marked.indexOf('|');
  }

  private static boolean splitsBeforeName(String marked) {
    return NAMES.splitsBeforeName(run(marked), at(marked));
  }

  @Test
  void anInstitutionWordSplitsOffAFunctionWordBeforeAName() {
    // "Asistió a la Conferencia Iberoamericanade Ministros de Cultura en Lima."
    assertThat(splitsBeforeName("Iberoamericana|de")).isTrue();
    // "El ministro de Medio Ambientey Sanidad presentó el plan."
    assertThat(splitsBeforeName("Ambiente|y")).isTrue();
  }

  @Test
  void aNameTheLexiconKnowsSplitsBeforeAnotherName() {
    // "Los cancilleres de Españay Francia firmaron el acuerdo."
    assertThat(splitsBeforeName("España|y")).isTrue();
  }

  @Test
  void anUnknownGivenNameStaysWholeBeforeASurname() {
    // "La investigadora Priya Sharma dirigió el estudio."
    assertThat(splitsBeforeName("Pri|ya")).isFalse();
  }

  @Test
  void aFemaleGivenNameKeepsItsFinalA() {
    // "La canciller Angela Merkel llegó a Madrid."
    assertThat(NAMES.isWordThenFunctionWord("Angela", 5)).isFalse();
  }

  @Test
  void findsTheWordAndFunctionWordSplitOfARepeatedGluedPhrase() {
    // "la Cumbre Iberoamericanade Jefes de Estado" written so twice in one article
    assertThat(NAMES.wordThenFunctionWordSplit("Iberoamericanade")).isEqualTo("Iberoamericana".length());
    assertThat(NAMES.wordThenFunctionWordSplit("Kazajistán")).isEqualTo(-1);
  }

  @Test
  void aSpanishNameSplitsOffAGluedYButAnEnglishStemKeepsIt() {
    // "Las tropas rusas en Siriay Ucrania", "el entrenador Gregory Campbell"
    assertThat(NAMES.capitalizedOneLetterTail("Siria", "y", -15.0, false)).isTrue();
    assertThat(NAMES.capitalizedOneLetterTail("Gregor", "y", -15.0, false)).isFalse();
    assertThat(NameSplits.takesEnglishY("Brad")).isTrue();
    assertThat(NameSplits.takesEnglishY("Taiwán")).isFalse();
  }

  @Test
  void aNameTheDocumentWritesAloneSplitsOffY() {
    // "Hanoi es la capital... las relaciones entre Hanoiy Moscú"
    assertThat(NAMES.capitalizedOneLetterTail("Hanoi", "y", -20.0, true)).isTrue();
  }

  @Test
  void aCommonWordLosesAGluedAButANameKeepsIt() {
    // "Pesea las críticas, el Gobierno siguió adelante." / "La diputada Joana Ortega votó en contra."
    assertThat(NAMES.capitalizedOneLetterTail("Pese", "a", -9.0, false)).isTrue();
    assertThat(NAMES.capitalizedOneLetterTail("Joan", "a", -9.0, false)).isFalse();
  }

  /** Whether the run marked at "|" may split after {@code before} (nearest first) in {@code text}. */
  private static boolean allows(String marked, List<String> before, String next, String text) {
    return NAMES.allowsSplit(run(marked), at(marked), before, next, text);
  }

  @Test
  void tellsGivenNamesAndForeignParticlesFromOtherWords() {
    // "dijo Ursula von der Leyen", "por Pedro de Mendoza", "el Gobierno de Aragón", "asistió Jordan Bardella"
    assertThat(NAMES.classify(List.of("der", "von", "Ursula"))).isEqualTo(Before.FOREIGN_PARTICLE);
    assertThat(NAMES.classify(List.of("de", "Pedro", "por"))).isEqualTo(Before.GIVEN_NAME);
    assertThat(NAMES.classify(List.of("de", "Gobierno", "el"))).isEqualTo(Before.OTHER);
    assertThat(NAMES.classify(List.of("Jordan", "asistió"))).isEqualTo(Before.GIVEN_NAME);
    assertThat(NAMES.classify(List.of("Medio", "de"))).isEqualTo(Before.OTHER);
  }

  @Test
  void aSurnameAfterParticlesKeepsWhatReadsAsAWordAndAFunctionWord() {
    String text = "La presidenta de la Comisión, Ursula von der Leyen, llegó a Kiev.";
    assertThat(allows("Ley|en", List.of("der", "von", "Ursula"), ",", text)).isFalse();
  }

  @Test
  void aSurnameSplitsWhereTheArticleWritesTheTwoWordsApart() {
    String text = "El debate de la Ley en el Senado siguió. Después habló Ursula von der Leyen ante la prensa.";
    assertThat(allows("Ley|en", List.of("der", "von", "Ursula"), "ante", text)).isTrue();
  }

  @Test
  void aSurnameAfterAGivenNameSplitsOffALongWordOrAfterAKnownName() {
    String text = "El novillero Javier Castañoquiso dedicarse al toreo.";
    assertThat(allows("Castaño|quiso", List.of("Javier", "novillero"), "dedicarse", text)).isTrue();
    assertThat(allows("Bar|della", List.of("Jordan", "líder"), "pidió", "El líder Jordan Bardella pidió.")).isFalse();
    assertThat(allows("Mendoza|en", List.of("de", "Pedro", "por"), "1536", "fundada por Pedro de Mendozaen 1536"))
        .isTrue();
  }

  @Test
  void aCapitalizedRunInsideASentenceSplitsOffNoShortFunctionWord() {
    // "visitó Yamena ayer", "el ministro Fernández Latorre en el acto"; "Elpresidente" starts a sentence
    assertThat(allows("Y|amena", List.of("visitó"), "ayer", "")).isFalse();
    assertThat(allows("La|torreen", List.of("Fernández", "ministro"), "el", "")).isFalse();
    assertThat(allows("El|presidente", List.of("."), "de", "")).isTrue();
    // "a Efeel presidente": "efe" is common in the corpus only, by the agency's credits
    assertThat(allows("Efe|el", List.of("a", "dijo"), "presidente", "")).isTrue();
  }

  @Test
  void anInstitutionWordSplitsInsideASentence() {
    assertThat(allows("Gobierno|y", List.of("el", "que"), "los", "")).isTrue();
  }

  @Test
  void aSentenceStartSplitsAnArticleGluedToATitleButNotToAnyNoun() {
    // "Elcoronel Caicedo informó ...", "Lasierra Gómez votó en contra."
    assertThat(allows("El|coronel", List.of("."), "Caicedo", "")).isTrue();
    assertThat(allows("La|sierra", List.of("."), "Gómez", "")).isFalse();
  }
}
