package org.hechos.syntax;

import java.util.List;
import java.util.Set;
import org.hechos.models.Analysis;
import org.hechos.text.Token;

/**
 * The dateline a news sentence may open with: "Bruselas, (EFE) - La ministra ...", "Hanoi (VNA) –
 * El presidente ...". Parsed with the sentence, its place or agency reads as the subject of the
 * first verb; parsed apart, it hangs from the sentence's root.
 */
final class Dateline {

  /** Datelines are short: a place, a date, an agency in brackets. */
  private static final int LONGEST = 12;
  private static final Set<String> DASHES = Set.of("-", "–", "—", ".-", "–-");

  private Dateline() {}

  /** The number of tokens of the dateline opening {@code tokens}, its dash included; 0 if none. */
  static int length(List<Token> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).isCapitalized()) {
      return 0;
    }
    boolean bracket = false;
    for (int i = 1; i < tokens.size() - 1 && i <= LONGEST; i++) {
      Token t = tokens.get(i);
      if (DASHES.contains(t.text())) {
        return bracket || tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).text().equals(")") ? i + 1 : 0;
      }
      if (t.any(Analysis::isFiniteVerb) && !t.isCapitalized()) {
        return 0;
      }
      bracket |= t.text().equals("(");
    }
    return 0;
  }
}
