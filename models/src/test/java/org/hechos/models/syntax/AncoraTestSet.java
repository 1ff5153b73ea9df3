package org.hechos.models.syntax;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The UD Spanish AnCora test set, read from {@code ../shared/data/ud}; tests skip without it. */
final class AncoraTestSet {

  private AncoraTestSet() {}

  static List<ConlluSentence> readOrSkip() {
    Path file = Path.of(System.getProperty("hechos.data", "../../shared/data"),
        "ud", "UD_Spanish-AnCora", "es_ancora-ud-test.conllu");
    assumeTrue(Files.exists(file), file + " is absent: AnCora evaluation skipped");
    return Conllu.read(file);
  }
}
