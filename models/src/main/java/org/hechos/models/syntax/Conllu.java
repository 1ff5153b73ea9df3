package org.hechos.models.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CoNLL-U as {@link ConlluSentence}s: the syntactic words of each sentence with
 * their UPOS (column 4), head (7) and relation (8). Multiword-token lines ({@code 3-4}) and empty
 * nodes ({@code 5.1}) are skipped; comments are dropped.
 */
final class Conllu {

  private static final int COLUMNS = 10;

  private Conllu() {}

  static List<ConlluSentence> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<ConlluSentence> read(BufferedReader in, String name) throws IOException {
    List<ConlluSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<WordParse> parses = new ArrayList<>();
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(new ConlluSentence(words, parses));
          words.clear();
          parses.clear();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != COLUMNS) {
        throw new IllegalArgumentException(
            name + ":" + lineNumber + ": " + columns.length + " columns, CoNLL-U has " + COLUMNS);
      }
      if (columns[0].indexOf('-') >= 0 || columns[0].indexOf('.') >= 0) {
        continue;
      }
      words.add(columns[1]);
      parses.add(new WordParse(columns[3], Integer.parseInt(columns[6]), columns[7]));
    }
    if (!words.isEmpty()) {
      sentences.add(new ConlluSentence(words, parses));
    }
    return sentences;
  }

  /** Appends {@code sentence} as CoNLL-U lines (unknown columns "_") and a blank line. */
  static void write(ConlluSentence sentence, Appendable out) throws IOException {
    for (int i = 0; i < sentence.size(); i++) {
      WordParse parse = sentence.parses().get(i);
      out.append(Integer.toString(i + 1)).append('\t').append(sentence.words().get(i))
          .append("\t_\t").append(parse.upos()).append("\t_\t_\t")
          .append(Integer.toString(parse.head())).append('\t').append(parse.relation())
          .append("\t_\t_\n");
    }
    out.append('\n');
  }
}
