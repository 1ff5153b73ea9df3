package org.hechos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @Test
  void detokenizeJoinsConllWordsAsNewspaperText() {
    List<String> words = List.of("La", "Coruña", ",", "23", "may", "(", "EFECOM", ")", ".");
    assertThat(Corpus.detokenize(words)).isEqualTo("La Coruña, 23 may (EFECOM).");
    assertThat(Corpus.detokenize(List.of("reservas", "\"", "on", "line", "\"", "de", "billetes")))
        .isEqualTo("reservas \"on line\" de billetes");
  }

  @Test
  void whitespaceTokensCountsRunsOfNonSpace() {
    assertThat(Corpus.whitespaceTokens("  El ministro\tdijo,\n\nque sí. ")).isEqualTo(5);
    assertThat(Corpus.whitespaceTokens("")).isZero();
  }

  @Test
  void withoutConllTheSeedsAreRepeatedToTheMinimumAndSaySo(@TempDir Path dir) throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "El canciller chileno visitó Lima el martes.");

    Corpus corpus = Corpus.load(seeds, dir.resolve("missing"), 0);

    assertThat(corpus.tokens()).isGreaterThanOrEqualTo(Corpus.MIN_TOKENS);
    assertThat(corpus.description()).contains("WARNING").contains("repeated");
  }

  @Test
  void conllSentencesAreGroupedIntoArticles(@TempDir Path dir) throws IOException {
    StringBuilder conll = new StringBuilder();
    for (int s = 0; s < 45; s++) {
      conll.append("Madrid NP B-LOC\n, Fc O\n23 Z O\nmay NC O\n. Fp O\n\n");
    }
    Path file = Files.writeString(dir.resolve("esp.testb"), conll);

    List<Corpus.Doc> docs = Corpus.conllArticles(file);

    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).text()).startsWith("Madrid, 23 may. Madrid, 23 may.");
    assertThat(docs.get(0).tokens()).isEqualTo(20 * 3);
    assertThat(docs.get(2).tokens()).isEqualTo(5 * 3);
  }
}
