package org.hechos.seeds;

import java.util.Map;
import java.util.TreeMap;

/** True positives, false positives and false negatives per label, with P/R/F1. Mutable tally. */
final class Score {

  private final Map<String, int[]> counts = new TreeMap<>();

  void add(String label, int tp, int fp, int fn) {
    int[] c = counts.computeIfAbsent(label, k -> new int[3]);
    c[0] += tp;
    c[1] += fp;
    c[2] += fn;
  }

  void addAll(Score other) {
    other.counts.forEach((label, c) -> add(label, c[0], c[1], c[2]));
  }

  double f1() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return f1(tp, fp, fn);
  }

  static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** A table: label, tp, fp, fn, precision, recall, F1, and the overall row. */
  String table(String title) {
    StringBuilder out = new StringBuilder(String.format("%n%s%n%-14s %4s %4s %4s %6s %6s %6s%n", title,
        "type", "tp", "fp", "fn", "P", "R", "F1"));
    int[] all = new int[3];
    counts.forEach((label, c) -> {
      out.append(row(label, c));
      for (int i = 0; i < 3; i++) {
        all[i] += c[i];
      }
    });
    out.append(row("ALL", all));
    return out.toString();
  }

  private static String row(String label, int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return String.format("%-14s %4d %4d %4d %6.3f %6.3f %6.3f%n", label, c[0], c[1], c[2], p, r, f1(c[0], c[1], c[2]));
  }
}
