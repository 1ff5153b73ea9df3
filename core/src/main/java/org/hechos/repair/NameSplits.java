package org.hechos.repair;

import static org.hechos.repair.KnownWords.lower;

/**
 * When a capitalized run, most likely a name, may lose a glued word: before another name, after a
 * name, or at a one-letter tail ("Oviedoy" but not "Gregory"). The {@link Segmenter} scores the
 * split; these rules say whether a name allows it at all.
 */
final class NameSplits {

  /**
   * Last letters of a name glued to "y" that English names in -y do not have before it: "Siriay",
   * "Otxoay", "Mederosy", "Chávezy"; not "Bradley", "Gregory", "Penny", "Casey".
   */
  private static final String SPANISH_NAME_ENDINGS_BEFORE_Y = "aiouszx";

  private static final String ACCENTED = "áéíóúÁÉÍÓÚ";

  /**
   * A capitalized run splits off "y" only after a common head ("Oviedoy"), a document name, or a
   * name the lexicon knows that is no English stem ({@link #takesEnglishY}).
   */
  private static final double CAPITALIZED_Y_MIN_HEAD = -10.0;

  private final KnownWords known;

  NameSplits(KnownWords known) {
    this.known = known;
  }

  /**
   * True if the capitalized run {@code run} may split at {@code at} right before another
   * capitalized word, where an unknown run is most likely a given name ("Priya Sharma", never "Pri
   * ya Sharma"): the head must be a name the lexicon knows as written ("Españay Francia"), or
   * {@linkplain #isWordThenFunctionWord a word and a function word} ("Gobiernode Aragón", "Medio
   * Ambientey Sanidad").
   */
  boolean splitsBeforeName(String run, int at) {
    return known.classAsWritten(run.substring(0, at)) > 0 || isWordThenFunctionWord(run, at);
  }

  /**
   * True if {@code run} splits at {@code at} into a word of the lexicon and a function word other
   * than "a", which ends female given names ("Angela"): the shape of a capitalized word of an
   * institution name glued to what follows it ("Conferencia Iberoamericanade Ministros").
   */
  boolean isWordThenFunctionWord(String run, int at) {
    String tail = run.substring(at);
    return !tail.equals("a") && known.isFunctionWord(tail)
        && known.classAsWritten(lower(run.substring(0, at))) > KnownWords.RAREST_CLASS;
  }

  /**
   * Where {@code run} splits {@linkplain #isWordThenFunctionWord into a word and a function word},
   * the longest such tail first; -1 if it does not. Cheap: a hash lookup per point, the lexicon only
   * for heads before a function word.
   */
  int wordThenFunctionWordSplit(String run) {
    for (int at = 1; at < run.length(); at++) {
      if (isWordThenFunctionWord(run, at)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * True if a capitalized run may end in the one-letter word {@code tail} after {@code head} (of
   * log-probability {@code logHead}): only after a common head, "Oviedoy" (or a name the document
   * writes alone) before "y", "Pesea" before "a" but not "Joana", whose head is a name.
   */
  boolean capitalizedOneLetterTail(String head, String tail, double logHead, boolean documentName) {
    if (tail.charAt(0) == 'y') {
      return logHead >= CAPITALIZED_Y_MIN_HEAD || documentName
          || (known.classAsWritten(head) > 0 && !takesEnglishY(head));
    }
    return logHead >= CAPITALIZED_Y_MIN_HEAD && known.classAsWritten(head) == 0;
  }

  /**
   * True if the name {@code head} could be the stem of an English name in -y ("Brad" of "Brady",
   * "Gregor" of "Gregory", "Penn" of "Penny"): it ends in none of the letters that Spanish names
   * glued to "y" end in ("Siria", "Mederos", "Chávez") and has no written accent ("Taiwán").
   */
  static boolean takesEnglishY(String head) {
    if (SPANISH_NAME_ENDINGS_BEFORE_Y.indexOf(head.charAt(head.length() - 1)) >= 0) {
      return false;
    }
    for (int i = 0; i < head.length(); i++) {
      if (ACCENTED.indexOf(head.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
