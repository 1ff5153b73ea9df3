package org.hechos.models;

import java.util.List;

/** One data line of a tab-separated resource file, with where it came from for error messages. */
public record TsvRow(String file, int line, List<String> columns) {

  public TsvRow {
    columns = List.copyOf(columns);
  }

  public String get(int column) {
    return columns.get(column);
  }

  public int size() {
    return columns.size();
  }

  /** An exception naming this row: {@code triggers.tsv:17: message}. */
  public RuleFormatException error(String message) {
    return new RuleFormatException(file + ":" + line + ": " + message);
  }
}
