package org.hechos.repair;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Splits a glued word of an all-caps headline, "PIDECHAVES" -> "PIDE CHAVES", "REUNENEN" ->
 * "REUNEN EN": the lowercase form is segmented as running text is, each part read as a word or as a
 * name, and with the written accent that headlines often drop put back ("INSTALACION" reads
 * "instalación"). Acronyms ("ASEAN", "FEMPEX") read as no word and split into no likely pair, so
 * they stay; the caller tries only words next to other all-caps words.
 */
final class AllCapsGlue {

  /** Shorter runs are mostly acronyms ("ENEL" is a company as often as "EN EL"). */
  static final int MIN_RUN = 6;

  private static final String VOWELS = "aeiou";
  private static final String ACCENTED_VOWELS = "áéíóú";

  private final Segmenter segmenter;

  AllCapsGlue(Segmenter segmenter) {
    this.segmenter = segmenter;
  }

  /**
   * Where the all-caps run {@code run} splits in two; -1 to leave it. {@code documentName} tells
   * the names the document writes elsewhere: a headline word the text repeats ("CALPISA") or
   * writes as a name ("Batasuna") is that name.
   */
  int split(String run, Predicate<String> documentName) {
    String lower = run.toLowerCase(Locale.ROOT);
    if (run.length() < MIN_RUN || lower.length() != run.length() || reading(lower) != null
        || documentName.test(run) || documentName.test(capitalized(lower))) {
      return -1;
    }
    double best = Segmenter.UNKNOWN_LOWER_THRESHOLD; // as for lowercase text
    int at = -1;
    for (int i = 1; i < lower.length(); i++) {
      Reading head = reading(lower.substring(0, i));
      if (head == null) {
        continue;
      }
      Reading tail = reading(lower.substring(i));
      if (tail == null || !segmenter.isPlausibleSplit(head.word, tail.word, head.logProb)) {
        continue;
      }
      double score = head.logProb + segmenter.logConditional(head.word, tail.word, tail.logProb);
      if (score > best) {
        best = score;
        at = i;
      }
    }
    return at;
  }

  /** A reading of a lowercased all-caps part: the word (lowercase, accented) and its log-probability. */
  private record Reading(String word, double logProb) {}

  /**
   * The likeliest established word or name {@code lower} reads as: as written, else with one vowel
   * accented; null if none. Names are looked up capitalized ("chaves" reads "Chaves").
   */
  private Reading reading(String lower) {
    String form = capitalized(lower);
    if (segmenter.isEstablishedWord(form)) {
      return new Reading(lower, segmenter.logProb(form));
    }
    Reading best = null;
    for (int i = 0; i < lower.length(); i++) {
      int vowel = VOWELS.indexOf(lower.charAt(i));
      if (vowel < 0) {
        continue;
      }
      String accented = lower.substring(0, i) + ACCENTED_VOWELS.charAt(vowel) + lower.substring(i + 1);
      String accentedForm = capitalized(accented);
      if (segmenter.isEstablishedWord(accentedForm)) {
        double logProb = segmenter.logProb(accentedForm);
        if (best == null || logProb > best.logProb) {
          best = new Reading(accented, logProb);
        }
      }
    }
    return best;
  }

  private static String capitalized(String lower) {
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
