package org.hechos.repair;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.WordFrequencies;

/**
 * What the lexicon and the corpus say about one form: its frequency class as written (A–W, 0 for
 * none), how often the corpus saw it, whether it is a function word. Shared by the {@link
 * Segmenter} and the {@link NameSplits}, which must agree on what a word is.
 */
final class KnownWords {

  /**
   * Frequency class A: forms the lexicon has no frequency for, rare verb forms ("desanidad") and
   * glue ("dela") among them, but also names ("Leonardo") and compounds ("reaseguradora").
   */
  static final int RAREST_CLASS = 1;

  /** Corpus count from which a word counts as a function word (de, la, que, por, y, ...). */
  private static final int FUNCTION_WORD_COUNT = 500;

  private final SpanishLexicon lexicon;
  private final WordFrequencies counts;

  /**
   * Frequency classes, as written, of every corpus word in lowercase and capitalized: most tokens
   * of news text are among them, and a hash lookup is some fifty times faster than the dictionary's
   * (about 4 µs). Filled once here, read-only after.
   */
  private final Map<String, Integer> classes;

  KnownWords(SpanishLexicon lexicon, WordFrequencies counts) {
    this.lexicon = lexicon;
    this.counts = counts;
    Map<String, Integer> known = new HashMap<>(counts.size() * 3);
    for (String word : counts.words()) {
      known.put(word, lexicon.frequencyClassAsWritten(word));
      if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
        String capitalized = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        known.put(capitalized, lexicon.frequencyClassAsWritten(capitalized));
      }
    }
    this.classes = Collections.unmodifiableMap(known);
  }

  /** The lexicon's frequency class of {@code form} exactly as written, 0 if it has none. */
  int classAsWritten(String form) {
    Integer known = classes.get(form);
    return known != null ? known : lexicon.frequencyClassAsWritten(form);
  }

  /** The frequency class of {@code form} as written or, failing that, lowercased. */
  int frequencyClass(String form) {
    int found = classAsWritten(form);
    if (found == 0) {
      String lower = lower(form);
      if (!lower.equals(form)) {
        found = classAsWritten(lower);
      }
    }
    return found;
  }

  /** A word common enough to follow a capitalized name without a space ("Hanoipor", "Oviedoy"). */
  boolean isFunctionWord(String word) {
    return counts.count(word) >= FUNCTION_WORD_COUNT;
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
