package org.hechos.models.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextSentencesTest {

  @Test
  void splitsContractionsNumbersAndSentences() {
    String text = "El presidente del Perú viajó al Cusco con 1.500 soldados. Llegó el lunes.";
    assertThat(PlainTextSentences.split(text)).containsExactly(
        List.of("El", "presidente", "de", "el", "Perú", "viajó", "a", "el", "Cusco", "con", "1.500",
            "soldados", "."),
        List.of("Llegó", "el", "lunes", "."));
  }

  @Test
  void endsASentenceAtALineBreak() {
    assertThat(PlainTextSentences.split("Titular sin punto\nDel texto.")).containsExactly(
        List.of("Titular", "sin", "punto"), List.of("De", "el", "texto", "."));
  }
}
