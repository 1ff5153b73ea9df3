package org.hechos.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void insertedSpacesKeepEveryCharacterAtItsOriginalOffset() {
    //            0         1
    //            0123456789012345678
    String text = "Bui realizóuna visita";
    RepairedText repaired = RepairedText.apply(text,
        List.of(new Edit(new Span(4, 14), "realizóuna", "realizó una", Edit.Kind.GLUED_WORDS)));

    assertThat(repaired.clean()).isEqualTo("Bui realizó una visita");
    int una = repaired.clean().indexOf("una");
    assertThat(repaired.toOriginal(una, una + 3).in(text)).isEqualTo("una");
    assertThat(repaired.toOriginal(4, 11).in(text)).isEqualTo("realizó");
    int visita = repaired.clean().indexOf("visita");
    assertThat(repaired.toOriginal(visita, visita + 6).in(text)).isEqualTo("visita");
  }

  @Test
  void removedNoiseLineShiftsLaterOffsetsBack() {
    String text = "Chia sẻ\nEl ministro llegó.";
    RepairedText repaired = RepairedText.apply(text, List.of(new Edit(new Span(0, 7), "Chia sẻ", "", Edit.Kind.NOISE)));

    int ministro = repaired.clean().indexOf("ministro");
    assertThat(repaired.toOriginal(ministro, ministro + 8).in(text)).isEqualTo("ministro");
  }

  /** Random space insertions and deletions against a character-by-character reference map. */
  @RepeatedTest(20)
  void randomEditsMapLikeTheSlowReference() {
    Random random = new Random(text().length() + System.nanoTime());
    String text = text();
    List<Edit> edits = new ArrayList<>();
    List<Integer> reference = new ArrayList<>(); // clean offset -> original offset
    StringBuilder clean = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + 1 + random.nextInt(12));
      int choice = random.nextInt(6);
      String slice = text.substring(i, end);
      if (choice == 0 && slice.length() > 1 && !slice.contains(" ")) {
        int cut = 1 + random.nextInt(slice.length() - 1);
        String replacement = slice.substring(0, cut) + " " + slice.substring(cut);
        edits.add(new Edit(new Span(i, end), slice, replacement, Edit.Kind.GLUED_WORDS));
        for (int k = 0; k < replacement.length(); k++) {
          reference.add(k < cut ? i + k : k == cut ? i + cut : i + k - 1);
        }
        clean.append(replacement);
      } else if (choice == 1) {
        edits.add(new Edit(new Span(i, end), slice, "", Edit.Kind.NOISE));
      } else {
        for (int k = i; k < end; k++) {
          reference.add(k);
        }
        clean.append(slice);
      }
      i = end;
    }
    RepairedText repaired = RepairedText.apply(text, edits);

    assertThat(repaired.clean()).isEqualTo(clean.toString());
    for (int c = 0; c < clean.length(); c++) {
      assertThat(repaired.offsets().toOriginal(c)).as("clean offset %d", c).isEqualTo(reference.get(c));
    }
  }

  private static String text() {
    return "Ambospaíses ha cooperado en el control del COVID-19 mediante el envío mutuo deinsumos médicos.";
  }
}
