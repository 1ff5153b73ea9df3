package org.hechos.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of the command line ({@code --format}). */
enum Format {
  /** One JSON object per document (DESIGN.md's contract); the default. */
  JSONL("hechos.jsonl"),
  /** A readable table of facts per document. */
  PRETTY("hechos.txt"),
  /** One self-contained HTML page for all documents. */
  HTML("hechos.html"),
  /** brat standoff: a {@code .txt} and an {@code .ann} per document, plus {@code annotation.conf}. */
  BRAT(""),
  /** One PLOVER event record (JSON) per fact. */
  PLOVER("plover.jsonl"),
  /** CoNLL-U: every sentence's syntactic words with their dependency parse. */
  CONLLU("hechos.conllu");

  /** The file this format writes under {@code --output DIR}; empty for formats writing one per document. */
  final String fileName;

  Format(String fileName) {
    this.fileName = fileName;
  }

  static Format of(String name) throws UsageException {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown format '" + name + "' (known: " + names() + ")");
    }
  }

  static String names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
  }
}
