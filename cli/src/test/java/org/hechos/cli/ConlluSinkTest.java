package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluSinkTest {

  /*
   * "La ministra llegó al país." and, after a line break, a sentence with no trigger:
   *  La ministra llegó al país.
   *  0  3        12    18 21  25
   */
  private static final String TEXT = "La ministra llegó al país.\nEl viernes hubo sol en Bruselas.";

  private static List<String> conllu(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--format", "conllu", "--no-progress", "-"},
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void everySentenceIsWrittenWordByWordWithContractionsAsRangesAndOriginalOffsets() {
    List<String> lines = conllu(TEXT);

    assertThat(lines).startsWith("# newdoc id = -", "# sent_id = -#1", "# text = La ministra llegó al país.");
    assertThat(lines).filteredOn(l -> l.startsWith("# text")).hasSize(2);
    assertThat(lines).contains(
        "4-5\tal\t_\t_\t_\t_\t_\t_\t_\tTokenRange=18:20",
        "3\tllegó\tllegar\tVERB\t_\t_\t0\troot\t_\tTokenRange=12:17",
        "6\tpaís\tpaís\tNOUN\t_\t_\t3\tobl\t_\tSpaceAfter=No|TokenRange=21:25");
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("4\ta\t_\tADP\t_\t_\t6\tcase\t_\t_"));
  }

  @Test
  void everyWordHangsFromAWordOfItsSentence() {
    List<ConlluLines.Block> sentences = ConlluLines.sentences(conllu(TEXT));

    assertThat(sentences).hasSize(2).allSatisfy(sentence -> {
      assertThat(sentence.words()).extracting(ConlluLines.Row::head).allSatisfy(
          head -> assertThat(head).isBetween(0, sentence.words().size()));
      assertThat(sentence.words()).filteredOn(w -> w.head() == 0).hasSize(1);
    });
    assertThat(sentences.get(1).forms()).containsExactly("El", "viernes", "hubo", "sol", "en", "Bruselas", ".");
  }
}
