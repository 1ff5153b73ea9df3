package org.hechos.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hechos.Pipeline;

/** The shared pipeline and the seed texts of this repository, for the robustness tests. */
final class Corpus {

  /** One pipeline for all robustness tests: loading models takes seconds. */
  static final Pipeline PIPELINE = org.hechos.SpanishPipeline.get();

  private Corpus() {}

  /** The seed articles and the extra seed texts, in file-name order. */
  static List<String> seeds() {
    Path root = repositoryRoot();
    List<String> texts = new ArrayList<>();
    texts.addAll(readAll(root.resolve("seeds/articles")));
    texts.addAll(readAll(root.resolve("seeds/src/test/resources/extra")));
    return texts;
  }

  /** Short news-like texts that stress one feature each. */
  static List<String> varied() {
    return List.of(
        "La canciller Ana Pérez realizóuna visita oficial a Chile el 3 de mayo.",
        "EL PRESIDENTE DE VIETNAM, NGUYEN VAN HAI, SE REUNIÓ CON SU HOMÓLOGO RUSO EN MOSCÚ.",
        "el presidente de vietnam, nguyen van hai, se reunió con su homólogo ruso en moscú.",
        "<p>El ministro <b>Bui Thanh Son</b> visit&oacute; Rusia &amp; Jap&oacute;n.</p>",
        "Hanoi, (VNA)- Ambas partes acordaron ampliar el comercio, que sumó 2,6 mil millones de dólares en 2024.\nCompartir\n",
        "El Presidente visitó Japón 🇯🇵 y dijo: «gracias» 😀 a la Sra. Tanaka.",
        "La ministra Jose\u0301 Pe\u0301rez visito\u0301 Bogota\u0301 el 5 de junio.",
        "The Foreign Minister of Vietnam met his Russian counterpart in Moscow on Monday.",
        "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có chuyến thăm chính thức Liên bang Nga.",
        "Министр иностранных дел России Сергей Лавров встретился с коллегой из Вьетнама.",
        "El ministro\u0000 de\u0007 Chile\u001b[31m visitó\u0008 Perú\r\nel\u000b lunes\f.",
        "Pérez propuso\uD800 ampliar la cooperación con \uDC00Chile y \uDBFF dijo que sí.");
  }

  static Path repositoryRoot() {
    return org.hechos.RepositoryFiles.root();
  }

  private static List<String> readAll(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Corpus::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
