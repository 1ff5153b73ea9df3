package org.hechos.models.syntax;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.hechos.models.Analysis;
import org.hechos.models.SpanishLexicon;

/**
 * What the tagger and parser know of each word of one sentence before deciding anything, as ints
 * to hash into features: the lowercased form, its suffixes and prefix, its shape ("Xxxx", "dd"),
 * its lexicon class (the set of coarse EAGLES tags {@link SpanishLexicon} gives it: "DA PP" for
 * "la", "NC VMI" for "visita") and the grammatical numbers its readings allow. Positions outside the sentence read {@link #NONE}.
 */
final class SentenceAtoms {

  static final int NONE = 0x5EA7_0001;

  static final int SINGULAR = 1;
  static final int PLURAL = 2;

  private static final int MAX_SHAPE = 6;

  private final int size;
  private final int[] forms;
  private final int[] suffix1;
  private final int[] suffix2;
  private final int[] suffix3;
  private final int[] suffix4;
  private final int[] prefix2;
  private final int[] shapes;
  private final int[] lexiconClasses;
  private final int[] numbers;

  private SentenceAtoms(int size) {
    this.size = size;
    forms = new int[size];
    suffix1 = new int[size];
    suffix2 = new int[size];
    suffix3 = new int[size];
    suffix4 = new int[size];
    prefix2 = new int[size];
    shapes = new int[size];
    lexiconClasses = new int[size];
    numbers = new int[size];
  }

  static SentenceAtoms of(List<String> words, SpanishLexicon lexicon) {
    SentenceAtoms atoms = new SentenceAtoms(words.size());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String lower = word.toLowerCase(Locale.ROOT);
      atoms.forms[i] = lower.hashCode();
      atoms.suffix1[i] = suffix(lower, 1);
      atoms.suffix2[i] = suffix(lower, 2);
      atoms.suffix3[i] = suffix(lower, 3);
      atoms.suffix4[i] = suffix(lower, 4);
      atoms.prefix2[i] = lower.substring(0, Math.min(2, lower.length())).hashCode();
      atoms.shapes[i] = shape(word).hashCode();
      List<Analysis> readings = lexicon.analyze(word);
      atoms.lexiconClasses[i] = lexiconClass(readings).hashCode();
      atoms.numbers[i] = number(readings);
    }
    return atoms;
  }

  int size() {
    return size;
  }

  int form(int i) {
    return inside(i) ? forms[i] : NONE;
  }

  int suffix1(int i) {
    return inside(i) ? suffix1[i] : NONE;
  }

  int suffix2(int i) {
    return inside(i) ? suffix2[i] : NONE;
  }

  int suffix3(int i) {
    return inside(i) ? suffix3[i] : NONE;
  }

  int suffix4(int i) {
    return inside(i) ? suffix4[i] : NONE;
  }

  int prefix2(int i) {
    return inside(i) ? prefix2[i] : NONE;
  }

  int shape(int i) {
    return inside(i) ? shapes[i] : NONE;
  }

  int lexiconClass(int i) {
    return inside(i) ? lexiconClasses[i] : NONE;
  }

  /** {@link #SINGULAR}, {@link #PLURAL}, both or neither (0) by the word's readings. */
  int number(int i) {
    return inside(i) ? numbers[i] : 0;
  }

  private boolean inside(int i) {
    return i >= 0 && i < size;
  }

  private static int suffix(String lower, int length) {
    return lower.substring(Math.max(0, lower.length() - length)).hashCode() * 31 + length;
  }

  /** Capitals as X, small letters as x, digits as d, runs cut at two: "Madrid" is "Xxx". */
  static String shape(String word) {
    StringBuilder shape = new StringBuilder(MAX_SHAPE);
    char last = 0;
    int run = 0;
    for (int i = 0; i < word.length() && shape.length() < MAX_SHAPE; i++) {
      char c = word.charAt(i);
      char kind = Character.isUpperCase(c) ? 'X'
          : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      run = kind == last ? run + 1 : 1;
      last = kind;
      if (run <= 2) {
        shape.append(kind);
      }
    }
    return shape.toString();
  }

  /**
   * The grammatical numbers the readings allow, for agreement: where EAGLES puts number in nouns
   * (NCMS000), adjectives, determiners and pronouns (AQ0MS00, DA0MS0, PP3MS000) and verbs (VMIP3S0).
   */
  static int number(List<Analysis> readings) {
    int number = 0;
    for (Analysis reading : readings) {
      String tag = reading.tag();
      int at = switch (tag.charAt(0)) {
        case 'N' -> 3;
        case 'A', 'D', 'P' -> 4;
        case 'V' -> 5;
        default -> -1;
      };
      if (at > 0 && at < tag.length()) {
        number |= tag.charAt(at) == 'S' ? SINGULAR : tag.charAt(at) == 'P' ? PLURAL : 0;
      }
    }
    return number;
  }

  /** The sorted coarse EAGLES tags of the readings: two letters, three for verbs ("VMI"). */
  static String lexiconClass(List<Analysis> readings) {
    TreeSet<String> coarse = new TreeSet<>();
    for (Analysis reading : readings) {
      String tag = reading.tag();
      coarse.add(tag.substring(0, Math.min(reading.isVerb() ? 3 : 2, tag.length())));
    }
    return String.join(" ", coarse);
  }
}
