package org.hechos.repair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hechos.models.NoiseRules;
import org.hechos.text.Edit;
import org.hechos.text.Span;

/**
 * Finds the lines of a scraped page that are page furniture: share buttons, photo captions and
 * credits ({@code noise.tsv}), a long line repeated word for word, and lines in another language
 * (Vietnamese on VNA/VOV pages). Each becomes one {@link Edit.Kind#NOISE} edit that removes the line
 * but not its line break.
 *
 * <pre>
 *   "Chia sẻ\n(VOVWORLD) - El jefe ..."
 *    [0,7)  -> ""        the line break at 7 stays, so sentences never run together
 * </pre>
 */
final class NoiseFilter {

  /** A repeated line shorter than this ("Hanoi", "EFE") may well be real text. */
  private static final int MIN_REPEATED_LINE = 30;

  /** Share of letters from Vietnamese-only blocks above which a line is not Spanish. */
  private static final double FOREIGN_LETTER_SHARE = 0.12;

  private static final int MIN_FOREIGN_LETTERS = 4;

  private final NoiseRules rules;

  NoiseFilter(NoiseRules rules) {
    this.rules = rules;
  }

  /** The noise edits of {@code original}, sorted by offset. */
  List<Edit> edits(String original) {
    List<Edit> edits = new ArrayList<>();
    Set<String> seenLines = new HashSet<>();
    int lineBegin = 0;
    int length = original.length();
    while (lineBegin <= length) {
      int newline = original.indexOf('\n', lineBegin);
      int lineEnd = newline < 0 ? length : newline;
      int contentEnd = lineEnd > lineBegin && original.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      String line = original.substring(lineBegin, contentEnd);
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        boolean repeated = stripped.length() >= MIN_REPEATED_LINE && !seenLines.add(stripped);
        if (repeated || rules.match(stripped).isPresent() || isForeign(stripped)) {
          edits.add(new Edit(new Span(lineBegin, contentEnd), line, "", Edit.Kind.NOISE));
        }
      }
      if (newline < 0) {
        break;
      }
      lineBegin = newline + 1;
    }
    return edits;
  }

  /**
   * True if enough of the line's letters are ones Spanish never uses but Vietnamese does: the
   * Latin Extended Additional block (ả, ẻ, ệ, ố ...) and ơ, ư, đ.
   */
  static boolean isForeign(String line) {
    int letters = 0;
    int foreign = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if ((c >= '\u1EA0' && c <= '\u1EF9') || "ơƠưƯđĐăĂ".indexOf(c) >= 0) {
          foreign++;
        }
      }
    }
    return foreign >= MIN_FOREIGN_LETTERS && foreign >= FOREIGN_LETTER_SHARE * letters;
  }
}
