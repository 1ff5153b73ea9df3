package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hechos.Document;
import org.hechos.text.Edit;
import org.hechos.text.RepairedText;
import org.junit.jupiter.api.Test;

/** Issue 3's seed measurements: every gold glued pair repaired, no other split, noise dropped. */
class SeedArticleRepairTest {

  private static final String FIRST = "000_ea613a74159e4926";
  private static final String SECOND = "002_50a6ed6504999aa3";

  private static RepairedText repair(String text) {
    return Seeds.REPAIR.apply(Document.of(text)).text();
  }

  private static List<String> edits(RepairedText repaired, Edit.Kind kind) {
    List<String> out = new ArrayList<>();
    for (Edit e : repaired.edits()) {
      if (e.kind() == kind) {
        out.add(e.span().begin() + ".." + e.span().end() + " " + e.original() + " -> " + e.replacement());
      }
    }
    return out;
  }

  @Test
  void everyGluedPairOfTheFirstSeedIsRepairedAndNoOtherWordSplit() {
    String text = Seeds.article(FIRST);
    List<String> gold = new ArrayList<>();
    for (JsonNode g : Seeds.gold(FIRST).get("glued")) {
      gold.add(g.get("begin").asInt() + ".." + g.get("end").asInt() + " " + g.get("original").asText()
          + " -> " + g.get("repaired").asText());
    }
    assertThat(gold).hasSize(51);

    List<String> repaired = edits(repair(text), Edit.Kind.GLUED_WORDS);

    System.out.printf("seed %s: %d of %d glued pairs repaired, %d other edits%n", FIRST,
        repaired.stream().filter(gold::contains).count(), gold.size(),
        repaired.stream().filter(e -> !gold.contains(e)).count());
    assertThat(repaired).containsExactlyInAnyOrderElementsOf(gold);
  }

  @Test
  void firstSeedKeepsNamesTheLexiconDoesNotKnowWhole() {
    String clean = repair(Seeds.article(FIRST)).clean();

    assertThat(clean).contains("Sergei Lavrov.", "Bui Thanh Son,", "Hanoi es", "la región./.",
        "2,6 mil millones", "12,5 por ciento", "delCOVID".replace("delCOVID", "del COVID-19"));
  }

  @Test
  void noiseLinesOfTheSecondSeedAreDroppedAndTheHeadlineKept() {
    String text = Seeds.article(SECOND);
    List<String> gold = new ArrayList<>();
    for (JsonNode n : Seeds.gold(SECOND).get("noise")) {
      gold.add(n.get("begin").asInt() + ".." + n.get("end").asInt() + " " + n.get("text").asText() + " -> ");
    }

    RepairedText repaired = repair(text);

    assertThat(edits(repaired, Edit.Kind.NOISE)).containsExactlyInAnyOrderElementsOf(gold);
    assertThat(edits(repaired, Edit.Kind.GLUED_WORDS)).isEmpty();
    String headline = text.substring(0, text.indexOf('\n'));
    assertThat(repaired.clean()).startsWith(headline + "\n")
        .doesNotContain("Chia sẻ", "ảnh 1", "Feedback")
        .contains("En la cita, Binh Quan propuso fortalecer la coordinación");
  }

  @Test
  void everyCleanCharacterMapsBackToTheSameOriginalCharacter() {
    for (String id : List.of(FIRST, SECOND)) {
      RepairedText repaired = repair(Seeds.article(id));
      String original = repaired.original();
      String clean = repaired.clean();
      for (int i = 0; i < clean.length(); i++) {
        int at = repaired.offsets().toOriginal(i);
        assertThat(at).isBetween(0, original.length());
        if (at < original.length() && clean.charAt(i) != ' ' && clean.charAt(i) != '\n') {
          assertThat(original.charAt(at)).as("clean offset %d of %s", i, id).isEqualTo(clean.charAt(i));
        }
      }
    }
  }
}
