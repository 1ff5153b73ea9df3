package org.hechos.text;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.hechos.models.Analysis;

/**
 * A token of the clean text: its clean form, its range in the clean text, its span in the
 * original input and its lexicon readings (empty for words the lexicon does not know).
 */
public record Token(String text, int cleanBegin, int cleanEnd, Span span, List<Analysis> analyses) {

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    analyses = List.copyOf(analyses);
  }

  /** The lowercase form. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** True if some reading satisfies {@code test}. */
  public boolean any(Predicate<Analysis> test) {
    for (Analysis a : analyses) {
      if (test.test(a)) {
        return true;
      }
    }
    return false;
  }

  /** True if some reading has lemma {@code lemma}. */
  public boolean hasLemma(String lemma) {
    return any(a -> a.lemma().equals(lemma));
  }

  /** The lemma of the first reading satisfying {@code test}, else the lowercase form. */
  public String lemma(Predicate<Analysis> test) {
    for (Analysis a : analyses) {
      if (test.test(a)) {
        return a.lemma();
      }
    }
    return lower();
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /**
   * True if {@code tokens} hold a bracket around one word that opens at {@code open}: "(FAO)",
   * "(VNA)", the short name written after a long one.
   */
  public static boolean isOneWordBracket(List<Token> tokens, int open) {
    return open >= 0 && open + 2 < tokens.size() && tokens.get(open).text().equals("(")
        && tokens.get(open + 2).text().equals(")");
  }

  public boolean isPunctuation() {
    return !text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0));
  }
}
