package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.hechos.Document;
import org.hechos.text.Edit;
import org.hechos.text.RepairedText;
import org.junit.jupiter.api.Test;

/** Repair never throws, whatever comes in, and its offsets stay valid. */
class RepairRobustnessTest {

  private static RepairedText repair(String text) {
    return Seeds.REPAIR.apply(Document.of(text)).text();
  }

  /** Every edit matches the original, glue edits only add spaces, every clean offset maps inside. */
  private static void assertConsistent(RepairedText repaired) {
    String original = repaired.original();
    for (Edit e : repaired.edits()) {
      assertThat(e.span().in(original)).isEqualTo(e.original());
      if (e.kind() == Edit.Kind.GLUED_WORDS) {
        assertThat(e.replacement().replace(" ", "")).isEqualTo(e.original().replace(" ", ""));
      }
    }
    String clean = repaired.clean();
    for (int i = 0; i <= clean.length(); i += Math.max(1, clean.length() / 2000)) {
      assertThat(repaired.offsets().toOriginal(i)).isBetween(0, original.length());
    }
  }

  @Test
  void emptyAndBlankTextComeBackUnchangedButForCrLfMadeLf() {
    for (String text : new String[] {"", " ", "\n", "\r\n\r\n", "\t \u00A0 "}) {
      RepairedText repaired = repair(text);
      assertThat(repaired.clean()).isEqualTo(text.replace("\r\n", "\n"));
      assertConsistent(repaired);
    }
  }

  @Test
  void tenMegabytesWithoutSpacesAreLeftAsTheyAre() {
    String text = "realizóunavisitaoficial".repeat(10_000_000 / 23);
    RepairedText repaired = repair(text);
    assertThat(repaired.clean()).isEqualTo(text);
  }

  @Test
  void aMegabyteOfRealTextRepairsLikeItsParts() {
    String article = Seeds.article("000_ea613a74159e4926") + "\n";
    String text = article.repeat(1_000_000 / article.length());
    RepairedText repaired = repair(text);
    assertConsistent(repaired);
    assertThat(repaired.clean()).contains("realizó una visita", "Hanoi por su preocupación");
  }

  @Test
  void longGluedRunsAreNotSegmented() {
    String run = "laconferenciainternacionaldecooperacióneconómicayseguridad";
    assertThat(repair("Se celebró " + run + " en Hanoi.").clean()).contains(run);
  }

  @Test
  void unpairedSurrogatesAndControlCharactersDoNotBreakRepair() {
    String text = "El ministro\uD83D realizóuna\u0000visita\uDC00 a\u0007Rusia,\u001Fdeuna \uD83D\uDE00invitación";
    RepairedText repaired = repair(text);
    assertConsistent(repaired);
    assertThat(repaired.clean()).contains("realizó una");
  }

  @Test
  void randomTextNeverThrowsAndKeepsOffsetsValid() {
    Random random = new Random(20_211_125L);
    String alphabet = "aeiouáéíóúñlmnrstdcpbgyAELMNRSTDCPBG ,.;:()-/\n\r\t0123456789\u00A0\uD83D\uDC00ảẻ";
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertConsistent(repair(text.toString()));
    }
  }
}
