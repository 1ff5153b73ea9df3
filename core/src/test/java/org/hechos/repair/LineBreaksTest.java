package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.hechos.Document;
import org.hechos.text.RepairedText;
import org.junit.jupiter.api.Test;

/** A line break ends a sentence only where the text says so; elsewhere it is a space. */
class LineBreaksTest {

  private static RepairedText repair(String text) {
    return Seeds.REPAIR.apply(Document.of(text)).text();
  }

  @Test
  void aNameCutByALineBreakIsJoined() {
    assertThat(repair("La ministra Ana\nPérez, de Chile, visitó Lima.").clean())
        .isEqualTo("La ministra Ana Pérez, de Chile, visitó Lima.");
  }

  @Test
  void aLineWhoseNextLineStartsInLowercaseGoesOn() {
    assertThat(repair("El canciller de Chile llegó\nayer a Lima.").clean()).isEqualTo("El canciller de Chile llegó ayer a Lima.");
  }

  @Test
  void aLineEndingWithAPrepositionOrAnAbbreviationGoesOn() {
    assertThat(repair("La reunión con el presidente de\nPerú duró dos horas.").clean())
        .isEqualTo("La reunión con el presidente de Perú duró dos horas.");
    assertThat(repair("Lo recibió el Sr.\nGómez en Lima.").clean()).isEqualTo("Lo recibió el Sr. Gómez en Lima.");
  }

  @Test
  void aHeadlineTerminalPunctuationAndABlankLineEndTheirSentence() {
    String text = "Chile y Perú firman un acuerdo de pesca\nLos cancilleres de ambos países firmaron ayer un acuerdo.\n"
        + "La pesca es clave para los dos.\n\nOtro asunto fue el comercio";

    assertThat(repair(text).clean()).isEqualTo(text);
  }

  @Test
  void aHardWrappedParagraphBecomesOneLineAndItsHeadlineStaysApart() {
    //  widest line 60: every full line is joined to the next, the headline and the last line are not
    String text = "Chile y Perú firman un acuerdo de pesca\n"
        + "Los cancilleres de Chile y Perú firmaron este martes en Lima\n"
        + "un acuerdo de pesca que regirá durante los próximos diez\n"
        + "años. El canciller chileno, Pedro Soto, destacó que el pacto\n"
        + "Protege a los pescadores artesanales de ambos países.";

    assertThat(repair(text).clean()).isEqualTo("Chile y Perú firman un acuerdo de pesca\n"
        + "Los cancilleres de Chile y Perú firmaron este martes en Lima un acuerdo de pesca que regirá durante"
        + " los próximos diez años. El canciller chileno, Pedro Soto, destacó que el pacto Protege a los"
        + " pescadores artesanales de ambos países.");
  }

  @Test
  void aDatelineStartsASentenceEvenAfterAFullLine() {
    String text = "Chile y Perú firman un acuerdo de pesca en Lima hoy\n(AGENCIA) - Los cancilleres firmaron.\n"
        + "Ambos destacaron que el pacto protege la pesca de los dos\npaíses y su gente.";

    assertThat(repair(text).clean()).startsWith("Chile y Perú firman un acuerdo de pesca en Lima hoy\n(AGENCIA)");
  }

  @Test
  void crLfAndCrAreLineBreaksAndOffsetsStayExact() {
    //  "Cumbre en Lima\r\n\r\nEl canciller llegó."   clean "Cumbre en Lima\n\nEl canciller llegó."
    //                  14  16                      clean 16 -> original 18
    RepairedText repaired = repair("Cumbre en Lima\r\n\r\nEl canciller llegó.\rLa reunión empezó.");

    assertThat(repaired.clean()).isEqualTo("Cumbre en Lima\n\nEl canciller llegó.\nLa reunión empezó.");
    assertThat(repaired.toOriginal(16, 18).in(repaired.original())).isEqualTo("El");
    assertThat(repaired.toOriginal(36, 38).in(repaired.original())).isEqualTo("La");
  }

  @Test
  void aHeadlineRunIntoItsArticleIsCutBeforeItsDatelineOrFirstArticle() {
    assertThat(repair("Chile y Perú firman un acuerdo (AGENCIA) - Los cancilleres firmaron.").clean())
        .isEqualTo("Chile y Perú firman un acuerdo\n(AGENCIA) - Los cancilleres firmaron.");
    assertThat(repair("Chile y Perú firman un acuerdo La pesca es clave.").clean())
        .isEqualTo("Chile y Perú firman un acuerdo\nLa pesca es clave.");
    assertThat(repair("Lima (AGENCIA) - El canciller viajó a El Cairo.").clean())
        .isEqualTo("Lima (AGENCIA) - El canciller viajó a El Cairo.");
    assertThat(repair("Quito (AGENCIA) El canciller viajó.").clean()).isEqualTo("Quito (AGENCIA) El canciller viajó.");
  }

  @Test
  void aBlankLineBecomeSpacesEndsItsSentenceButADoubleSpaceAfterAPeriodChangesNothing() {
    assertThat(repair("Chile y Perú firman un acuerdo  Pedro Soto firmó en Lima.  Ana Ruiz también.").clean())
        .isEqualTo("Chile y Perú firman un acuerdo \nPedro Soto firmó en Lima.  Ana Ruiz también.");
  }

  @Test
  void aCapitalizedPrepositionOrSentenceAdverbOpensASentenceButNotAName() {
    assertThat(repair("La cumbre de Lima En la reunión participó Pedro Soto.").clean())
        .isEqualTo("La cumbre de Lima\nEn la reunión participó Pedro Soto.");
    assertThat(repair("Los cancilleres se reunieron en Lima Asimismo, firmaron un acuerdo.").clean())
        .isEqualTo("Los cancilleres se reunieron en Lima\nAsimismo, firmaron un acuerdo.");
    assertThat(repair("Lo dijo Médicos Sin Fronteras en el puerto de la Costa Este, en Lima.").clean())
        .isEqualTo("Lo dijo Médicos Sin Fronteras en el puerto de la Costa Este, en Lima.");
  }

  @Test
  void aTimeStampAndAUrlStandOnTheirOwnLines() {
    assertThat(repair("Chile y Perú firman un acuerdo Martes, 11/03/2025 09:15 Los cancilleres firmaron.").clean())
        .isEqualTo("Chile y Perú firman un acuerdo\nMartes, 11/03/2025 09:15\nLos cancilleres firmaron.");
    assertThat(repair("Vea https://example.org/p/1aB2 La cancillería lo confirmó.").clean())
        .isEqualTo("Vea https://example.org/p/1aB2\nLa cancillería lo confirmó.");
  }
}
