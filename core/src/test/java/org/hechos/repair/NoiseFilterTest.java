package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.hechos.Document;
import org.hechos.text.RepairedText;
import org.junit.jupiter.api.Test;

/** Page furniture is dropped, article text never is. */
class NoiseFilterTest {

  private static RepairedText repair(String text) {
    return Seeds.REPAIR.apply(Document.of(text)).text();
  }

  @Test
  void shareButtonsAndCreditsAreDroppedButTheirLineBreaksKept() {
    String text = "Compartir\nEl canciller llegó a Moscú.\nFacebook Twitter WhatsApp\n(Foto: VNA)\nImprimir";

    assertThat(repair(text).clean()).isEqualTo("\nEl canciller llegó a Moscú.\n\n\n");
  }

  @Test
  void droppedLinesKeepLaterOffsetsExact() {
    //   "Chia sẻ\nEl jefe ..."   clean: "\nEl jefe ..."; clean 1 -> original 8
    RepairedText repaired = repair("Chia sẻ\nEl jefe del Departamento asistió.");

    assertThat(repaired.clean()).isEqualTo("\nEl jefe del Departamento asistió.");
    assertThat(repaired.toOriginal(1, 8).in(repaired.original())).isEqualTo("El jefe");
  }

  @Test
  void aRepeatedLongLineIsDroppedTheFirstKept() {
    String headline = "Vietnam asiste a videoconferencia internacional sobre seguridad";
    String text = headline + "\nEl jefe del Departamento asistió.\n" + headline + "\n";

    assertThat(repair(text).clean()).isEqualTo(headline + "\nEl jefe del Departamento asistió.\n\n");
  }

  @Test
  void aLineInVietnameseIsDropped() {
    String text = "El evento terminó.\nBộ trưởng Ngoại giao Bùi Thanh Sơn thăm chính thức Liên bang Nga\n";

    assertThat(repair(text).clean()).isEqualTo("El evento terminó.\n\n");
  }

  @Test
  void realSentencesAreNeverDropped() {
    String text = "Compartir experiencias fue el objetivo del encuentro.\n"
        + "La foto: una imagen que dio la vuelta al mundo, según la prensa local que la publicó ayer.\n"
        + "Twitter anunció cambios en su política.\n"
        + "Hoang Binh Quan, Nguyen Phu Trong y Vo Van Thuong asistieron.";

    assertThat(repair(text).clean()).isEqualTo(text);
  }

  @Test
  void aCaptionInsideALineIsCutAndTheSentencesAroundItStay() {
    String text = "El foro terminó ayer. Chile asiste al foro de Lima - ảnh 1 El ministro habló de comercio.";

    assertThat(repair(text).clean()).doesNotContain("Chile asiste", "ảnh")
        .contains("El foro terminó ayer.", "El ministro habló de comercio.");
  }

  @Test
  void aCaptionClosedByACreditIsCutWithItsPhotoDescription() {
    String text = "El foro terminó. Chile asiste al foro - ảnh 1El ministro, en el foro (Foto: AGENCIA) Luego habló.";

    assertThat(repair(text).clean()).isEqualTo("El foro terminó. \nLuego habló.");   // "Luego" opens a line of its own
  }

  @Test
  void aShareButtonAndABracketedCreditInsideALineAreCut() {
    String text = "Chile asiste al foro Chia sẻ El ministro habló de comercio. (Foto: AGENCIA) Luego viajó.";

    assertThat(repair(text).clean()).doesNotContain("Chia sẻ", "Foto")
        .contains("Chile asiste al foro", "El ministro habló de comercio.", "Luego viajó.");
  }

  @Test
  void aHardWrappedParagraphRepeatedWithOtherLineBreaksIsDropped() {
    String paragraph = "La ministra de Chile llegó a Lima para una visita oficial de dos días.";
    String text = "Visita oficial\n" + paragraph + "\nEl viaje sigue.\n\n"
        + "La ministra de Chile llegó a Lima\npara una visita oficial de dos días.";

    assertThat(repair(text).clean()).isEqualTo("Visita oficial\n" + paragraph + "\nEl viaje sigue.\n\n");
  }

  @Test
  void aCreditRunIntoTheNextSentenceOfAOneLinePageAndALineOfMarksAreCut() {
    //  "... en Lima. Foto: AGENCIA | El viaje ..."   the bar is a lost line break, the credit ends its line
    assertThat(repair("Ana Ruiz habló en Lima. Foto: AGENCIA | El viaje duró dos días.").clean())
        .isEqualTo("Ana Ruiz habló en Lima. \nEl viaje duró dos días.");
    assertThat(repair("Ana Ruiz habló en Lima.\n|\nEl viaje duró dos días.").clean())
        .isEqualTo("Ana Ruiz habló en Lima.\n\nEl viaje duró dos días.");
  }
}
