package org.hechos.tokens;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds sentence ends in a token stream: a line break of the clean text (repair has made every
 * line break inside a sentence a space), or a final "." "?" "!" "…" followed by a token that can
 * start a sentence, unless the word before the period is a known abbreviation or a single capital
 * (an initial).
 */
final class SentenceSplitter {

  private static final ImmutableSet<String> TERMINALS = ImmutableSet.of(".", "?", "!", "...", "…", "/.");

  private final ImmutableSet<String> abbreviations;
  private final int maxTokens;

  /** @param maxTokens longer sentences are cut into chunks of at most this many tokens */
  SentenceSplitter(ImmutableSet<String> abbreviations, int maxTokens) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException("maxTokens must be at least 2: " + maxTokens);
    }
    this.abbreviations = abbreviations;
    this.maxTokens = maxTokens;
  }

  /**
   * Returns the indexes in {@code tokens} where sentences end (exclusive), last one = size.
   *
   * @param lineBreakBefore for each token, whether a line break separates it from the one before
   */
  List<Integer> ends(List<RawToken> tokens, boolean[] lineBreakBefore) {
    List<Integer> ends = new ArrayList<>();
    int begin = 0;
    for (int i = 1; i < tokens.size(); i++) {
      if (lineBreakBefore[i] || endsSentence(tokens, i - 1)) {
        begin = addChunked(ends, tokens, begin, i);
      }
    }
    if (!tokens.isEmpty()) {
      addChunked(ends, tokens, begin, tokens.size());
    }
    return ends;
  }

  /**
   * Adds the end of sentence {@code [begin, end)}, first cutting it into chunks of at most {@code
   * maxTokens} tokens: after the last comma, semicolon or colon in the second half of each chunk,
   * else right at the limit. Returns {@code end}.
   *
   * <pre>
   *   maxTokens 6:   a b , c d e f g h      ->   [a b , c d e) [f g h)   no mark in 3..5: hard cut
   *                  a b c d , e f g h      ->   [a b c d ,) [e f g h)   cut after the comma
   * </pre>
   */
  private int addChunked(List<Integer> ends, List<RawToken> tokens, int begin, int end) {
    int from = begin;
    while (end - from > maxTokens) {
      int cut = from + maxTokens;
      for (int i = from + maxTokens - 1; i >= from + maxTokens / 2; i--) {
        String text = tokens.get(i).text();
        if (text.equals(",") || text.equals(";") || text.equals(":")) {
          cut = i + 1;
          break;
        }
      }
      ends.add(cut);
      from = cut;
    }
    ends.add(end);
    return end;
  }

  private boolean endsSentence(List<RawToken> tokens, int i) {
    String text = tokens.get(i).text();
    if (!TERMINALS.contains(text)) {
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
