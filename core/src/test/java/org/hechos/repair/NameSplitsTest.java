package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The name rules of glued-word repair, each on a glued word taken from a news sentence; "|" marks
 * the split point asked about.
 */
class NameSplitsTest {

  private static final NameSplits NAMES = new NameSplits(Seeds.KNOWN);

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
}
