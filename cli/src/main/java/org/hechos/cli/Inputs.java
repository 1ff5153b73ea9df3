package org.hechos.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the command line's sources into documents: files as given, directories walked for
 * {@code *.txt}, {@code *.html} and {@code *.htm}.
 */
final class Inputs {

  /** The files a directory gives, as the error for an empty input set names them. */
  static final String DOCUMENT_FILES = "*.txt, *.html or *.htm";

  /** The documents, and one message per source that could not be listed. */
  record Expanded(List<Input> inputs, List<String> errors) {
    Expanded {
      inputs = List.copyOf(inputs);
      errors = List.copyOf(errors);
    }
  }

  private Inputs() {}

  /**
   * {@code -} is standard input; a directory gives its {@code *.txt}, {@code *.html} and
   * {@code *.htm} files at any depth, sorted by path; anything else is a file (read later, so a
   * missing one is reported in input order). {@code html}: read every input as HTML, whatever its name.
   */
  static Expanded expand(List<String> sources, boolean html) {
    List<Input> inputs = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String source : sources) {
      if (source.equals("-")) {
        inputs.add(Input.stdin(html));
        continue;
      }
      Path path = Path.of(source);
      if (!Files.isDirectory(path)) {
        inputs.add(Input.file(path, html));
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".txt") || Input.isHtmlName(p))
            .filter(Files::isRegularFile)
            .sorted(Comparator.comparing(Path::toString))
            .forEach(p -> inputs.add(Input.file(p, html)));
      } catch (IOException | UncheckedIOException e) {
        errors.add(source + ": cannot list directory: " + e.getMessage());
      }
    }
    return new Expanded(inputs, errors);
  }
}
