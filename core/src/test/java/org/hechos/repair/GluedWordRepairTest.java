package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.hechos.Document;
import org.hechos.text.Edit;
import org.hechos.text.RepairedText;
import org.junit.jupiter.api.Test;

/** Glued-word repair on short real news sentences. */
class GluedWordRepairTest {

  private static RepairedText repair(String text) {
    return Seeds.REPAIR.apply(Document.of(text)).text();
  }

  private static String clean(String text) {
    return repair(text).clean();
  }

  @Test
  void splitsAWordGluedToTheNextAtTheLikeliestPoint() {
    assertThat(clean("El canciller realizóuna visita oficial a Chile."))
        .isEqualTo("El canciller realizó una visita oficial a Chile.");
    assertThat(clean("Ambospaíses ha cooperado en el control del COVID-19."))
        .isEqualTo("Ambos países ha cooperado en el control del COVID-19.");
  }

  @Test
  void gluedWordKeepsOriginalOffsets() {
    //   "Ratificó lapolítica consecuente"
    //    0        9 ^11
    //   clean: "Ratificó la política consecuente"; the inserted space maps to 11, "p" too
    RepairedText repaired = repair("Ratificó lapolítica consecuente");

    assertThat(repaired.clean()).isEqualTo("Ratificó la política consecuente");
    assertThat(repaired.edits()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(Edit.Kind.GLUED_WORDS);
      assertThat(e.span().begin()).isEqualTo(9);
      assertThat(e.span().end()).isEqualTo(19);
    });
    assertThat(repaired.toOriginal(12, 20).in(repaired.original())).isEqualTo("política");
    assertThat(repaired.toOriginal(9, 11).in(repaired.original())).isEqualTo("la");
  }

  @Test
  void leavesNamesTheLexiconDoesNotKnowWhole() {
    String text = "Lavrov, Medvedev y Hoang Binh Quan viajaron a Kazajstán; Chávez no asistió.";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void splitsOnlyThePartAfterTheLastHyphen() {
    assertThat(clean("las relaciones Vietnam-Rusiacontinúan desarrollándose"))
        .isEqualTo("las relaciones Vietnam-Rusia continúan desarrollándose");
  }

  @Test
  void putsASpaceAfterPunctuationGluedToAWord() {
    assertThat(clean("Por su parte,Lavrov confirmó que la ONU.La reunión terminó"))
        .isEqualTo("Por su parte, Lavrov confirmó que la ONU. La reunión terminó");
  }

  @Test
  void neverSplitsNumbersAbbreviationsOrTheSignOff() {
    String text = "Un valor de 2,6 mil millones y 12,5 por ciento con EE.UU. en la región./.";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void splitsCamelCaseAndDigitGlue() {
    assertThat(clean("el ministro BuiThanh Son, el Ministerio deRelaciones Exteriores"))
        .isEqualTo("el ministro Bui Thanh Son, el Ministerio de Relaciones Exteriores");
    assertThat(clean("la pandemia delCOVID-19 llegó En1995 y 1El presidente"))
        .isEqualTo("la pandemia del COVID-19 llegó En 1995 y 1 El presidente");
  }

  @Test
  void splitsNamesAndTimesGluedToLongNumbersButKeepsModelsAndUnits() {
    assertThat(clean("La sesión abrirá a las 10:30h. con el Real Madrid, campeón en 1991FC Barcelona"))
        .isEqualTo("La sesión abrirá a las 10:30 h. con el Real Madrid, campeón en 1991 FC Barcelona");
    assertThat(clean("las acciones cerraron a 1,31Telefónica subió y MADRID1965-66 quedó atrás"))
        .isEqualTo("las acciones cerraron a 1,31 Telefónica subió y MADRID 1965-66 quedó atrás");
    assertThat(clean("ElFC Barcelona ganó")).isEqualTo("El FC Barcelona ganó");
    String kept = "El G20 habló de redes 4G, del COVID19, de 3,5MB y de 10:30 horas en MundoIT.";
    assertThat(clean(kept)).isEqualTo(kept);
  }

  @Test
  void splitsOneLetterWordsGluedToAShortWordTheCorpusSeesThemWith() {
    assertThat(clean("El asunto se vaa resolver pronto, yme lo dijo ayer."))
        .isEqualTo("El asunto se va a resolver pronto, y me lo dijo ayer.");
  }

  @Test
  void splitsAThousandGluedToMillions() {
    assertThat(clean("un intercambio comercial del 2,6 milmillones de dólares"))
        .isEqualTo("un intercambio comercial del 2,6 mil millones de dólares");
  }

  @Test
  void splitsAKnownWordOnlyWhereItsNeighboursSaySo() {
    assertThat(clean("en los foros multilaterales, sobretodo la ONU y la ASEAN"))
        .isEqualTo("en los foros multilaterales, sobre todo la ONU y la ASEAN");
    assertThat(clean("Llevaba un sobretodo gris.")).isEqualTo("Llevaba un sobretodo gris.");
    assertThat(clean("Sugirió ampliarla cooperación en medicina"))
        .isEqualTo("Sugirió ampliar la cooperación en medicina");
  }

  @Test
  void splitsAWordOfAnInstitutionNameGluedToAFunctionWordBeforeAName() {
    assertThat(clean("Visitó el Museode Bellas Artes con el Gobiernode Aragón."))
        .isEqualTo("Visitó el Museo de Bellas Artes con el Gobierno de Aragón.");
  }

  @Test
  void splitsANameGluedToTheConjunctionY() {
    assertThat(clean("Asistieron los cancilleres de Líbano, Siriay Egipto."))
        .isEqualTo("Asistieron los cancilleres de Líbano, Siria y Egipto.");
    assertThat(clean("La reunión de Medio Ambientey Sanidad terminó."))
        .isEqualTo("La reunión de Medio Ambiente y Sanidad terminó.");
  }

  @Test
  void leavesEnglishNamesInYWhole() {
    String text = "Habló con el portavoz Gregory Reaves sobre los bonos Brady y con Carly Simon.";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void splitsGlueTheDocumentRepeatsButNotTheNamesItRepeats() {
    assertThat(clean("La Conferencia Iberoamericanade Ministros se reunió. Kazajstán y la Conferencia "
        + "Iberoamericanade Cultura. Kazajstán firmó."))
        .isEqualTo("La Conferencia Iberoamericana de Ministros se reunió. Kazajstán y la Conferencia "
            + "Iberoamericana de Cultura. Kazajstán firmó.");
  }

  @Test
  void splitsAnArticleGluedToATitleBeforeANameAtASentenceStart() {
    assertThat(clean("Terminó la operación. Elcoronel Caicedo informó de tres detenidos."))
        .isEqualTo("Terminó la operación. El coronel Caicedo informó de tres detenidos.");
    assertThat(clean("Laministra Pérez viajó a Bruselas."))
        .isEqualTo("La ministra Pérez viajó a Bruselas.");
  }

  @Test
  void leavesSurnamesThatBeginWithAnArticleWhole() {
    String text = "Terminó el pleno. Lasierra Gómez votó en contra y Elcano Ruiz se abstuvo.";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void leavesAnUnknownGivenNameBeforeASurnameWhole() {
    String text = "La ministra Priya Sharma llegó ayer a Madrid.";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void splitsGluedWordsOfAllCapsHeadlinesPuttingBackDroppedAccents() {
    assertThat(clean("VIETNAM Y RUSIA REFUERZAN COOPERACIONBILATERAL"))
        .isEqualTo("VIETNAM Y RUSIA REFUERZAN COOPERACION BILATERAL");
    assertThat(clean("TROMBA DE AGUA OCASIONA INUNDACIONESEN CASAS DE ACEUCHAL"))
        .isEqualTo("TROMBA DE AGUA OCASIONA INUNDACIONES EN CASAS DE ACEUCHAL");
  }

  @Test
  void leavesAcronymsWholeInRunningTextAndInHeadlines() {
    String text = "La FEMPEX pidió ayudas y la CONCACAF sancionó a México.";
    assertThat(clean(text)).isEqualTo(text);
    String headline = "LA FEMPEX Y LA CONCACAF FIRMAN UN ACUERDO";
    assertThat(clean(headline)).isEqualTo(headline);
  }

  @Test
  void leavesAHeadlineNameWholeThatTheArticleWritesAsAName() {
    String text = "CALPISA GANA LA COPA\nEl Calpisa ganó ayer la final.";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void leavesShortCapitalizedNamesAlone() {
    String text = "Ito y Minh llegaron con Hoang a Hanoi.";
    assertThat(clean(text)).isEqualTo(text);
  }
}
