package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hechos.Pipeline;

/** The shared pipeline (built once per test JVM) and the texts the cli tests read. */
final class Corpus {

  static final Pipeline PIPELINE = Pipeline.spanish();

  /** The seed articles, read from the seeds module beside this one. */
  static final Path SEEDS = Path.of("..", "seeds", "articles");

  /**
   * A short dispatch with what offsets trip over: a noise line, glued words, a flag (two code
   * points, four UTF-16 units), emoji outside the BMP before names, and markup characters.
   */
  static final String EMOJI_TEXT = "Compartir\n"
      + "Hanoi 🇻🇳 (VNA) - El ministro de Relaciones Exteriores de Vietnam, Bui Thanh Son, realizóuna "
      + "visita oficial a Rusia 🤝 del 25 al 28 de julio, por invitación de su homólogo ruso, Sergei Lavrov.\n"
      + "Lavrov 😀 afirmó que Vietnam es un socio <importante> & confiable en la región.\n";

  private Corpus() {}

  static List<Path> seeds() {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertThat(paths).as("seed articles under " + SEEDS.toAbsolutePath()).isNotEmpty();
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
