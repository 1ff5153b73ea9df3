package org.hechos.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader of CoNLL-U for the tests: documents (split at {@code # newdoc}) of sentences, each its
 * {@code # text} and its syntactic words (range lines and empty nodes left out).
 */
final class ConlluLines {

  /** One syntactic word line: FORM, UPOS, HEAD (1-based, 0 the root), DEPREL. */
  record Row(String form, String upos, int head, String relation) {}

  record Block(String text, List<Row> words) {

    List<String> forms() {
      return words.stream().map(Row::form).toList();
    }
  }

  private ConlluLines() {}

  /** The sentences of each document, in order; sentences before any {@code # newdoc} open a document. */
  static List<List<Block>> documents(List<String> lines) {
    List<List<Block>> documents = new ArrayList<>();
    List<Block> document = null;
    String text = "";
    List<Row> words = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("# newdoc") || document == null) {
        document = new ArrayList<>();
        documents.add(document);
      }
      if (line.startsWith("# text = ")) {
        text = line.substring("# text = ".length());
      } else if (line.isBlank() && !words.isEmpty()) {
        document.add(new Block(text, List.copyOf(words)));
        words.clear();
      } else if (!line.startsWith("#") && !line.isBlank()) {
        String[] columns = line.split("\t", -1);
        if (!columns[0].contains("-") && !columns[0].contains(".")) {
          words.add(new Row(columns[1], columns[3], Integer.parseInt(columns[6]), columns[7]));
        }
      }
    }
    return documents;
  }

  /** All sentences of all documents, in order. */
  static List<Block> sentences(List<String> lines) {
    return documents(lines).stream().flatMap(List::stream).toList();
  }
}
