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
}
