package org.hechos.repair;

import static org.hechos.repair.KnownWords.lower;

import java.util.List;
import org.hechos.models.Gazetteers;
import org.hechos.models.NameParticles;

/**
 * When a capitalized run, most likely a name, may lose a glued word: before another name, after a
 * name, or at a one-letter tail ("Oviedoy" but not "Gregory"). The {@link Segmenter} scores the
 * split; these rules say whether a name allows it at all.
 *
 * <pre>
 *   "Españay Francia"        before a name: only a known name or a word + function word splits
 *   "Jordan Bardella dijo"   after a given name: a surname, "Bar della" only if the article says so
 *   "Ursula von der Leyen"   after particles: a surname, "Ley en" only if the article says so
 *   "visitó Yamena ayer"     inside a sentence: no "Y", "La", "Ha" splits off a capitalized run
 *   ". Elcoronel Caicedo"    at a sentence start: an article and a title split before a name
 * </pre>
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

  /** Words looked at before a run: a given name and up to three particles ("Tamim bin Hamad al"). */
  static final int MAX_WORDS_BEFORE = 4;

  /** Function words this short ("y", "la", "ha", "los") begin no capitalized word inside a sentence. */
  private static final int SHORT_FUNCTION_WORD = 3;

  /** A surname splits off a lexicon word this long or longer ("quiso"; not "en", "della"). */
  private static final int SURNAME_MIN_TAIL = 4;

  private final KnownWords known;
  private final NameParticles particles;
  private final Gazetteers gazetteers;

  NameSplits(KnownWords known, NameParticles particles, Gazetteers gazetteers) {
    this.known = known;
    this.particles = particles;
    this.gazetteers = gazetteers;
  }

  /** What stands before a capitalized run, read from the words before it. */
  enum Before {
    /** A given name, with or without particles: "Jordan Bardella", "Pedro de Mendoza". */
    GIVEN_NAME,
    /** A particle that is no Spanish word: "von der Leyen", "bin Salmán". */
    FOREIGN_PARTICLE,
    /** Anything else: a sentence start, punctuation, "el Gobiernode Aragón". */
    OTHER
  }

  /**
   * True if the capitalized run {@code run} may split at {@code at} where it stands: before {@code
   * next} (the token after it) and after {@code before} (the words before it, nearest first, as
   * {@link Neighbours#wordsBefore} gives them), in the document {@code text}.
   */
  boolean allowsSplit(String run, int at, List<String> before, String next, String text) {
    String head = run.substring(0, at);
    boolean functionWordHead = at <= SHORT_FUNCTION_WORD && isShortFunctionWord(lower(head));
    if (functionWordHead && continuesSentence(before)) {
      return false; // after a word or a comma "Y", "La", "Ha" are no capitalized words: "Yamena", "Latorre"
    }
    boolean articleAndTitle = functionWordHead && gazetteers.isTitle(run.substring(at));
    if (startsName(next) && !splitsBeforeName(run, at) && !articleAndTitle) {
      // a given name before a surname: "Priya Sharma" is no "Pri ya Sharma"; but a sentence may
      // start with an article glued to a title, "Elcoronel Caicedo", "Laministra Pérez" (not to any
      // noun: "Lasierra", "Elcano" are surnames)
      return false;
    }
    Before context = classify(before);
    return context == Before.OTHER || splitsSurname(run, at, context == Before.GIVEN_NAME, text);
  }

  /**
   * True if {@code lower} is a function word of the lexicon too, not only of the corpus, whose
   * agency credits make "efe" as common as "ha" ("a Efeel presidente").
   */
  private boolean isShortFunctionWord(String lower) {
    return known.isFunctionWord(lower) && known.classAsWritten(lower) > KnownWords.RAREST_CLASS;
  }

  /** True if the token before a run is a word or a comma: no sentence, line or quote starts there. */
  private static boolean continuesSentence(List<String> before) {
    return !before.isEmpty() && !before.get(0).isEmpty()
        && (Character.isLetter(before.get(0).charAt(0)) || before.get(0).equals(","));
  }

  private static boolean startsName(String token) {
    return token.length() > 1 && Character.isUpperCase(token.charAt(0));
  }

  /** What {@code before} (nearest first) says about the capitalized word after it. */
  Before classify(List<String> before) {
    for (String word : before) {
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        return Before.OTHER;
      }
      if (!particles.contains(word)) {
        return isGivenName(word) ? Before.GIVEN_NAME : Before.OTHER;
      }
      if (known.classAsWritten(lower(word)) <= KnownWords.RAREST_CLASS) {
        return Before.FOREIGN_PARTICLE;
      }
    }
    return Before.OTHER;
  }

  /**
   * True if {@code word} reads as a given name: capitalized, no acronym, and no common word in
   * lowercase ("Jordan", "Sheikh", "Fernández"; not "Medio" of "Medio Ambiente", "Gobierno").
   */
  private boolean isGivenName(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0))
        && word.substring(1).equals(lower(word.substring(1)))
        && known.classAsWritten(lower(word)) <= KnownWords.RAREST_CLASS;
  }

  /**
   * True if a surname may split at {@code at}. Surnames end in what reads as a short Spanish word
   * too often ("Leyen", "Bardella", "Hasina"), so only a split the segmenter allowed with one more
   * sign of glue: a one-letter tail ("Lula da Silvay Dilma"), a tail of {@value #SURNAME_MIN_TAIL}
   * letters or more that the lexicon knows ("Javier Castañoquiso"), the two words written apart
   * elsewhere in the article, or, after a given name ({@code afterGivenName}) but not after a
   * foreign particle ("Van der Bellen" is no "Bell en"), a head the lexicon knows as a name ("Pedro
   * de Mendozaen 1536").
   */
  private boolean splitsSurname(String run, int at, boolean afterGivenName, String text) {
    String head = run.substring(0, at);
    String tail = run.substring(at);
    return tail.length() == 1 || (afterGivenName && known.classAsWritten(head) > 0)
        || (tail.length() >= SURNAME_MIN_TAIL && known.classAsWritten(tail) > KnownWords.RAREST_CLASS)
        || writesApart(text, head, tail);
  }

  /** True if {@code text} has {@code head}, a space and {@code tail} as whole words. */
  private static boolean writesApart(String text, String head, String tail) {
    String pair = head + " " + tail;
    for (int i = text.indexOf(pair); i >= 0; i = text.indexOf(pair, i + 1)) {
      int end = i + pair.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
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
