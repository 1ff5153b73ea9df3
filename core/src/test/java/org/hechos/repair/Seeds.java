package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.hechos.Stage;
import org.hechos.models.ContextSplits;
import org.hechos.models.Gazetteers;
import org.hechos.models.LineRules;
import org.hechos.models.NameParticles;
import org.hechos.models.NoiseRules;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.WordFrequencies;

/** The seed articles and their gold, read from the {@code seeds} module of this repository. */
final class Seeds {

  /** Loaded once for all repair tests: loading the lexicon takes a moment. */
  static final SpanishLexicon LEXICON = SpanishLexicon.load();
  static final WordFrequencies COUNTS = WordFrequencies.load();
  static final KnownWords KNOWN = new KnownWords(LEXICON, COUNTS);

  static final NameParticles PARTICLES = NameParticles.load();
  static final Gazetteers GAZETTEERS = Gazetteers.load();

  static final Stage REPAIR = Repair.spanish(LEXICON, COUNTS, NoiseRules.load(), ContextSplits.load(), PARTICLES,
      GAZETTEERS, LineRules.load());

  private Seeds() {}

  static Path repositoryRoot() {
    return org.hechos.RepositoryFiles.root();
  }

  static String article(String id) {
    return read(repositoryRoot().resolve("seeds/articles/" + id + ".txt"));
  }

  static JsonNode gold(String id) {
    try {
      return new ObjectMapper().readTree(read(repositoryRoot().resolve("seeds/src/test/resources/gold/" + id + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CoNLL/CESS data directory from {@code -Dhechos.data}, else ../shared/data from the root. */
  static Path dataDirectory() {
    String property = System.getProperty("hechos.data");
    return property != null && !property.isBlank()
        ? Paths.get(property)
        : repositoryRoot().resolve("../shared/data").normalize();
  }

  static String read(Path path) {
    assertThat(path).exists();
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
