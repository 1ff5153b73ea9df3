package org.hechos.repair;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where punctuation, a capital or a digit shows that a space went missing inside a chunk: the
 * boundaries that need no segmentation. Word checks go to the {@link Segmenter}.
 */
final class GlueBoundaries {

  /** Lowercase words that follow a number without a space often enough to split ("25de julio"). */
  private static final Set<String> AFTER_NUMBER =
      Set.of("de", "del", "en", "al", "por", "con", "para", "que", "los", "las", "el", "la", "y", "se",
          "un", "una");

  /** Units and ordinals written right after a number: "10km", "1er", "2da" stay as written. */
  private static final Set<String> AFTER_NUMBER_KEEP = Set.of("km", "kg", "mm", "cm", "ml", "mg", "ha",
      "kw", "mw", "gb", "mb", "am", "pm", "hrs", "seg", "min", "mts", "ton", "kms", "kgs", "er", "ero",
      "era", "do", "da", "ro", "ra", "to", "ta", "vo", "va", "mo", "ma", "no", "na", "avo", "ava");

  /** Four digits in a row or digits on both sides of a separator: not a model or a unit count. */
  private static final Pattern LONG_NUMBER = Pattern.compile("\\d{4}|\\d[,.]\\d");

  private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");

  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d(?!\\d)");

  private static final String NUMBER_SEPARATORS = ",.:-";

  /** Lowercase endings of acronyms in plural or in names ("ONGs", "ONGes", "PYMEs"). */
  private static final Set<String> PLURAL_ENDINGS = Set.of("s", "es");

  private final Segmenter segmenter;

  GlueBoundaries(Segmenter segmenter) {
    this.segmenter = segmenter;
  }

  /**
   * Space points after punctuation that glues two words: {@code , ;} and {@code :} between letters,
   * {@code . ? !} before a capitalized word, {@code )} before a letter and {@code (} after one when
   * a capital follows.
   */
  static void punctuation(String text, int begin, int end, SpacePoints points) {
    for (int p = begin + 1; p < end - 1; p++) {
      char c = text.charAt(p);
      char before = text.charAt(p - 1);
      char after = text.charAt(p + 1);
      boolean split = switch (c) {
        case ',', ';' -> (Character.isLetter(before) || before == ')' || before == '"' || before == '»')
            && Character.isLetter(after);
        case ':' -> Character.isLetter(before) && Character.isLetter(after);
        case '.', '?', '!' -> (Character.isLetterOrDigit(before) || before == ')')
            && Character.isUpperCase(after) && p + 2 < end && Character.isLowerCase(text.charAt(p + 2));
        case ')' -> Character.isLetter(after) && parenthesisContent(text, begin, p) >= 2;
        default -> false;
      };
      if (split) {
        points.add(p + 1);
      } else if (c == '(' && Character.isLetter(before) && Character.isUpperCase(after)) {
        points.add(p);
      }
    }
  }

  private static int parenthesisContent(String text, int begin, int close) {
    int open = text.lastIndexOf('(', close);
    return open < begin ? Integer.MAX_VALUE : close - open - 1;
  }

  /**
   * Space points inside the word-like core {@code [begin, end)} that a capital or a digit marks:
   * "deRelaciones", "delCOVID", "BuiThanh", "UEdenunció", "UEMálaga", "En1995", "1El", "23may".
   */
  void insideWord(String text, int begin, int end, SpacePoints points) {
    for (int i = begin + 1; i < end; i++) {
      char a = text.charAt(i - 1);
      char c = text.charAt(i);
      if (Character.isLowerCase(a) && Character.isUpperCase(c)) {
        if (camelSplits(text, begin, end, i)) {
          points.add(i);
        }
      } else if (Character.isUpperCase(a) && Character.isLowerCase(c)) {
        if (acronymBeforeName(text, begin, end, i)) {
          points.add(i - 1);
        } else if (acronymSplits(text, begin, end, i)) {
          points.add(i);
        }
      } else if (Character.isLetter(a) && Character.isDigit(c)) {
        int leftBegin = letterRunBegin(text, begin, i);
        String left = text.substring(leftBegin, i);
        boolean word = left.length() >= 2 ? segmenter.isWholeWord(left) : "ayAY".contains(left);
        boolean bounded = leftBegin == begin || !Character.isLetterOrDigit(text.charAt(leftBegin - 1));
        if (bounded && (word && !left.equals(left.toUpperCase(Locale.ROOT))
            || capitalsBeforeYear(left, text, i, end))) {
          points.add(i); // "En1995", "a500", "MADRID1965-66", not "G20", "COVID19"
        }
      } else if (Character.isDigit(a) && Character.isLetter(c)) {
        String right = text.substring(i, letterRunEnd(text, i, end));
        boolean capitalizedWord = right.length() >= 2 && Character.isUpperCase(right.charAt(0))
            && Character.isLowerCase(right.charAt(1)) && segmenter.isWholeWord(right);
        boolean lowerWord = right.length() >= 3 && Character.isLowerCase(right.charAt(0))
            && !AFTER_NUMBER_KEEP.contains(right) && segmenter.isWholeWord(right);
        String number = text.substring(numberBegin(text, begin, i), i);
        if (capitalizedWord || lowerWord || AFTER_NUMBER.contains(right)
            || capitalsAfterLongNumber(number, right) || hourAfterClockTime(number, right)) {
          points.add(i); // "1El", "23may", "75años", "1991FC", "731700Jazztel", "10:30h"
        }
      }
    }
  }

  /**
   * A name or acronym after a number too long to be part of it: a year, a range of years, a price
   * ("1975-76CB", "1,31Jazztel"); "G20", "4G" and units ("3,5MB") stay.
   */
  private static boolean capitalsAfterLongNumber(String number, String right) {
    boolean longNumber = LONG_NUMBER.matcher(number).find();
    boolean acronym = right.length() >= 2 && Character.isUpperCase(right.charAt(0))
        && Character.isUpperCase(right.charAt(1)) && !AFTER_NUMBER_KEEP.contains(right.toLowerCase(Locale.ROOT));
    boolean name = right.length() >= 4 && Character.isUpperCase(right.charAt(0)) && Character.isLowerCase(right.charAt(1));
    return longNumber && (acronym || name);
  }

  /** "10:30h": the hour sign after a clock time, written apart in news style ("10:30 h"). */
  private static boolean hourAfterClockTime(String number, String right) {
    return right.equals("h") && CLOCK_TIME.matcher(number).matches();
  }

  /** A word in capitals before a year ("MADRID1965-66" in a results table), not "COVID19". */
  private boolean capitalsBeforeYear(String left, String text, int at, int end) {
    return left.length() >= 4 && left.equals(left.toUpperCase(Locale.ROOT))
        && YEAR.matcher(text.substring(at, Math.min(end, at + 5))).lookingAt()
        && segmenter.isWholeWord(left.toLowerCase(Locale.ROOT));
  }

  /** Where the number that ends at {@code at} begins: digits with inner separators and a sign. */
  private static int numberBegin(String text, int floor, int at) {
    int i = at;
    while (i > floor && (Character.isDigit(text.charAt(i - 1))
        || (NUMBER_SEPARATORS.indexOf(text.charAt(i - 1)) >= 0 && i - 1 > floor && Character.isDigit(text.charAt(i - 2))))) {
      i--;
    }
    return i;
  }

  private boolean camelSplits(String text, int begin, int end, int at) {
    int leftBegin = letterRunBegin(text, begin, at);
    int rightEnd = letterRunEnd(text, at, end);
    String left = text.substring(leftBegin, at);
    String right = text.substring(at, rightEnd);
    if (segmenter.isWordAsWritten(text.substring(leftBegin, rightEnd))) {
      return false; // "YouTube" if the lexicon knows it
    }
    if (left.length() == 1) {
      // "yChile", "aMoscú"; "e" only where Spanish uses it, before i- ("eIrlanda"), not "eBay"
      char c = left.charAt(0);
      return right.length() >= 2 && ("ayou".indexOf(c) >= 0
          || (c == 'e' && (right.startsWith("I") || right.startsWith("Hi"))));
    }
    boolean acronymRight = right.length() > 1 && Character.isUpperCase(right.charAt(1));
    boolean shortAcronymAfterName = acronymRight && leftCapitalized(left) && left.length() > 3;
    if (segmenter.isWholeWord(left) && right.length() >= (shortAcronymAfterName ? 3 : 2)) {
      return true; // "deRelaciones", "delCOVID", "LaOrganización", "DesdeASAJA", "ElFC", not "MundoIT"
    }
    return leftCapitalized(left) && left.length() >= 3 && right.length() >= 3
        && Character.isLowerCase(right.charAt(1)); // "BuiThanh", not "McDonald"
  }

  private static boolean leftCapitalized(String word) {
    return Character.isUpperCase(word.charAt(0))
        && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
  }

  /**
   * An acronym glued to the capitalized word after it, "UEMálaga", "ERCJosep": the split goes
   * before the last capital, if what follows is a word or name of three letters or more.
   */
  private boolean acronymBeforeName(String text, int begin, int end, int at) {
    // at: the first lowercase letter after two or more capitals; the name starts at at - 1
    int upperBegin = at - 1;
    while (upperBegin > begin && Character.isUpperCase(text.charAt(upperBegin - 1))) {
      upperBegin--;
    }
    if (at - 1 - upperBegin < 2 || (upperBegin > begin && Character.isLetter(text.charAt(upperBegin - 1)))) {
      return false;
    }
    int nameEnd = at;
    while (nameEnd < end && Character.isLowerCase(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd - (at - 1) < 4 || (nameEnd < end && Character.isLetter(text.charAt(nameEnd)))) {
      return false;
    }
    String name = text.substring(at - 1, nameEnd);
    return segmenter.isWordAsWritten(name) || segmenter.isWholeWord(name);
  }

  /**
   * An acronym glued to the lowercase word after it, "UEdenunció", "ONUpara": the split goes
   * after the last capital.
   */
  private boolean acronymSplits(String text, int begin, int end, int at) {
    int upperBegin = at;
    while (upperBegin > begin && Character.isUpperCase(text.charAt(upperBegin - 1))) {
      upperBegin--;
    }
    if (at - upperBegin < 2 || (upperBegin > begin && Character.isLetter(text.charAt(upperBegin - 1)))) {
      return false;
    }
    int lowerEnd = at;
    while (lowerEnd < end && Character.isLowerCase(text.charAt(lowerEnd))) {
      lowerEnd++;
    }
    if (lowerEnd < end && Character.isLetter(text.charAt(lowerEnd))) {
      return false;
    }
    String word = text.substring(at, lowerEnd);
    return word.length() >= 2 && segmenter.isWholeWord(word) && !PLURAL_ENDINGS.contains(word);
  }

  static int letterRunBegin(String text, int floor, int at) {
    int i = at;
    while (i > floor && Character.isLetter(text.charAt(i - 1))
        && !(i < at && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1)))) {
      i--;
    }
    return i;
  }

  static int letterRunEnd(String text, int at, int ceiling) {
    int i = at + 1;
    while (i < ceiling && Character.isLetter(text.charAt(i))
        && !(Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i)))) {
      i++;
    }
    return Math.min(i, ceiling);
  }
}
