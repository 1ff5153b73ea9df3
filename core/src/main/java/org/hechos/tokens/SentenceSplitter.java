package org.hechos.tokens;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds sentence ends in a token stream: a line break (news paragraphs are one line each), or a
 * final "." "?" "!" followed by a token that can start a sentence, unless the word before the
 * period is a known abbreviation or a single capital (an initial).
 */
final class SentenceSplitter {

  private final ImmutableSet<String> abbreviations;

  SentenceSplitter(ImmutableSet<String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /**
   * Returns the indexes in {@code tokens} where sentences end (exclusive), last one = size.
   *
   * @param lineBreakBefore for each token, whether a line break separates it from the one before
   */
  List<Integer> ends(List<RawToken> tokens, boolean[] lineBreakBefore) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      if (lineBreakBefore[i] || endsSentence(tokens, i - 1)) {
        ends.add(i);
      }
    }
    if (!tokens.isEmpty()) {
      ends.add(tokens.size());
    }
    return ends;
  }

  private boolean endsSentence(List<RawToken> tokens, int i) {
    String text = tokens.get(i).text();
    if (!(text.equals(".") || text.equals("?") || text.equals("!") || text.equals("...")
        || text.equals("/."))) {
      return false;
    }
    String next = tokens.get(i + 1).text();
    int first = next.codePointAt(0);
    boolean canStart = Character.isUpperCase(first) || Character.isDigit(first)
        || "¿¡\"«“(—-".indexOf(first) >= 0;
    if (!canStart) {
      return false;
    }
    if (text.equals(".") && i > 0) {
      String before = tokens.get(i - 1).text();
      String lower = before.toLowerCase(Locale.ROOT);
      boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0));
      return !initial && !abbreviations.contains(lower);
    }
    return true;
  }
}
