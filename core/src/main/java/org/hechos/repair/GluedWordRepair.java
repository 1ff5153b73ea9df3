package org.hechos.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hechos.models.ContextSplits;
import org.hechos.text.Edit;
import org.hechos.text.Span;

/**
 * Puts back the spaces that scraping lost between words. Each whitespace-separated chunk of the
 * kept lines is checked, in this order, for
 *
 * <ol>
 *   <li>punctuation glue: "parte,Lavrov", "ONU.La", "Foto:VNA", "Rusia(ASEAN)" — never inside
 *       numbers ("2,6"), abbreviations ("EE.UU.") or the sign-off "/.";
 *   <li>a capital or a digit inside a word: "deRelaciones", "delCOVID-19", "BuiThanh", "1El",
 *       "En1995";
 *   <li>a run of letters that is not a word ("realizóuna", "Ambospaíses"; after a hyphen only the
 *       last part, "Vietnam-Rusiacontinúan"), split by the {@link Segmenter};
 *   <li>a rare word that reads better as two in its context ("sobretodo la ONU").
 * </ol>
 *
 * Each repaired chunk becomes one {@link Edit.Kind#GLUED_WORDS} edit over the chunk without its
 * outer punctuation, whose replacement only inserts spaces:
 *
 * <pre>
 *   "realizóuna visita"        [0,10) "realizóuna" -> "realizó una"
 *    0      ^7                  the space maps to original offset 7, every letter to itself
 * </pre>
 *
 * Work per chunk is bounded: chunks longer than {@value #MAX_CHUNK} characters are left alone and
 * runs longer than {@value #MAX_RUN} letters are not segmented, so any input takes linear time.
 */
final class GluedWordRepair {

  static final int MAX_CHUNK = 200;
  static final int MAX_RUN = 40;

  /** An unknown capitalized run shorter than this is taken for a name ("Minh", "Ito", "Hoang"). */
  private static final int MIN_CAPITALIZED_RUN = 5;

  /** Lowercase words that follow a number without a space often enough to split ("25de julio"). */
  private static final Set<String> AFTER_NUMBER =
      Set.of("de", "del", "en", "al", "por", "con", "para", "que", "los", "las", "el", "la", "y", "se",
          "un", "una");

  /** Units and ordinals written right after a number: "10km", "1er", "2da" stay as written. */
  private static final Set<String> AFTER_NUMBER_KEEP = Set.of("km", "kg", "mm", "cm", "ml", "mg", "ha",
      "kw", "mw", "gb", "mb", "am", "pm", "hrs", "seg", "min", "mts", "ton", "kms", "kgs", "er", "ero",
      "era", "do", "da", "ro", "ra", "to", "ta", "vo", "va", "mo", "ma", "no", "na", "avo", "ava");

  /** Lowercase endings of acronyms in plural or in names ("ONGs", "ONGes", "PYMEs"). */
  private static final Set<String> PLURAL_ENDINGS = Set.of("s", "es");

  private final Segmenter segmenter;
  private final ContextSplits contextSplits;
  private final WordClasses wordClasses;
  private final CliticGlue cliticGlue;

  GluedWordRepair(Segmenter segmenter, ContextSplits contextSplits, WordClasses wordClasses,
      CliticGlue cliticGlue) {
    this.segmenter = segmenter;
    this.contextSplits = contextSplits;
    this.wordClasses = wordClasses;
    this.cliticGlue = cliticGlue;
  }

  /** The glue edits of {@code original} outside the {@code noise} edits (sorted), in order. */
  List<Edit> edits(String original, List<Edit> noise) {
    int[] chunks = chunks(original, noise);
    Map<String, Integer> vocabulary = vocabulary(original, chunks);
    List<Edit> edits = new ArrayList<>();
    for (int k = 0; k < chunks.length; k += 2) {
      Edit edit = repairChunk(original, chunks, k, vocabulary);
      if (edit != null) {
        edits.add(edit);
      }
    }
    return edits;
  }

  /** Begin/end pairs of the whitespace-separated chunks outside the noise lines. */
  private static int[] chunks(String text, List<Edit> noise) {
    int[] out = new int[64];
    int size = 0;
    int next = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      if (next < noise.size() && i >= noise.get(next).span().begin()) {
        i = Math.max(i, noise.get(next).span().end());
        next++;
        continue;
      }
      int limit = next < noise.size() ? noise.get(next).span().begin() : length;
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int begin = i;
      while (i < limit && !isSpace(text.charAt(i))) {
        i++;
      }
      if (size + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[size++] = begin;
      out[size++] = i;
    }
    return Arrays.copyOf(out, size);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  /** How often each chunk, stripped of outer punctuation, stands alone in the document. */
  private static Map<String, Integer> vocabulary(String text, int[] chunks) {
    Map<String, Integer> vocabulary = new HashMap<>();
    for (int k = 0; k < chunks.length; k += 2) {
      int begin = trimBegin(text, chunks[k], chunks[k + 1]);
      int end = trimEnd(text, begin, chunks[k + 1]);
      if (end - begin >= 3 && end - begin <= MAX_RUN) {
        vocabulary.merge(text.substring(begin, end), 1, Integer::sum);
      }
    }
    return vocabulary;
  }

  private static int trimBegin(String text, int begin, int end) {
    while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) {
      begin++;
    }
    return begin;
  }

  private static int trimEnd(String text, int begin, int end) {
    while (end > begin && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private Edit repairChunk(String text, int[] chunks, int k, Map<String, Integer> vocabulary) {
    int begin = chunks[k];
    int end = chunks[k + 1];
    if (end - begin < 2 || end - begin > MAX_CHUNK) {
      return null;
    }
    Points points = new Points();
    punctuation(text, begin, end, points);
    int punctuationPoints = points.size;
    int from = begin;
    for (int p = 0; p <= punctuationPoints; p++) {
      int to = p < punctuationPoints ? points.at[p] : end;
      int coreBegin = trimBegin(text, from, to);
      int coreEnd = trimEnd(text, coreBegin, to);
      if (coreEnd > coreBegin) {
        boolean wholeChunk = punctuationPoints == 0;
        words(text, coreBegin, coreEnd, wholeChunk ? new int[] {k} : null, chunks, vocabulary, points);
      }
      from = to;
    }
    if (points.size == 0) {
      return null;
    }
    int spanBegin = trimBegin(text, begin, end);
    int spanEnd = trimEnd(text, spanBegin, end);
    int[] at = Arrays.copyOf(points.at, points.size);
    Arrays.sort(at);
    StringBuilder replacement = new StringBuilder(spanEnd - spanBegin + at.length);
    int copied = spanBegin;
    int last = -1;
    for (int point : at) {
      if (point <= spanBegin || point >= spanEnd || point == last) {
        continue;
      }
      replacement.append(text, copied, point).append(' ');
      copied = point;
      last = point;
    }
    if (last < 0) {
      return null;
    }
    replacement.append(text, copied, spanEnd);
    return new Edit(new Span(spanBegin, spanEnd), text.substring(spanBegin, spanEnd),
        replacement.toString(), Edit.Kind.GLUED_WORDS);
  }

  /**
   * Space points after punctuation that glues two words: {@code , ;} and {@code :} between letters,
   * {@code . ? !} before a capitalized word, {@code )} before a letter and {@code (} after one when
   * a capital follows.
   */
  private static void punctuation(String text, int begin, int end, Points points) {
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
   * Space points inside the word-like core {@code [begin, end)}: camel case and digit boundaries,
   * then segmentation of each letter run after the last hyphen. {@code chunkIndex} is set when the
   * core is its whole chunk, which allows splitting known words by their neighbours.
   */
  private void words(String text, int begin, int end, int[] chunkIndex, int[] chunks,
      Map<String, Integer> vocabulary, Points points) {
    int before = points.size;
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
        if (word && !left.equals(left.toUpperCase(Locale.ROOT)) && (leftBegin == begin
            || !Character.isLetterOrDigit(text.charAt(leftBegin - 1)))) {
          points.add(i); // "En1995", "a500", not "G20", "COVID19"
        }
      } else if (Character.isDigit(a) && Character.isLetter(c)) {
        String right = text.substring(i, letterRunEnd(text, i, end));
        boolean capitalizedWord = right.length() >= 2 && Character.isUpperCase(right.charAt(0))
            && Character.isLowerCase(right.charAt(1)) && segmenter.isWholeWord(right);
        boolean lowerWord = right.length() >= 3 && Character.isLowerCase(right.charAt(0))
            && !AFTER_NUMBER_KEEP.contains(right) && segmenter.isWholeWord(right);
        if (capitalizedWord || lowerWord || AFTER_NUMBER.contains(right)) {
          points.add(i); // "1El", "23may", "75años"
        }
      }
    }
    int hyphen = Math.max(text.lastIndexOf('-', end - 1), text.lastIndexOf('‐', end - 1));
    if (hyphen > begin) {
      // "unacharla-coloquio": the first part of a compound may be glued to the word before it
      int first = text.indexOf('-', begin);
      segmentRuns(text, begin, first, begin, first, null, chunks, vocabulary, points, before);
    }
    int runBegin = hyphen >= begin ? hyphen + 1 : begin;
    segmentRuns(text, begin, end, runBegin, end, chunkIndex, chunks, vocabulary, points, before);
  }

  /** Segments each letter run of {@code [runBegin, runEnd)} that no other character touches. */
  private void segmentRuns(String text, int begin, int end, int runBegin, int limit, int[] chunkIndex,
      int[] chunks, Map<String, Integer> vocabulary, Points points, int before) {
    if (runBegin < 0 || limit <= runBegin) {
      return;
    }
    int i = runBegin;
    while (i < limit) {
      int runEnd = i;
      while (runEnd < limit && Character.isLetter(text.charAt(runEnd)) && !points.contains(runEnd, before)) {
        runEnd++;
      }
      if (runEnd == i) {
        runEnd++;
      } else {
        boolean boundedBefore = i == runBegin || points.contains(i, before);
        boolean boundedAfter = runEnd == limit || points.contains(runEnd, before);
        if (boundedBefore && boundedAfter) {
          boolean alone = chunkIndex != null && i == begin && runEnd == end;
          boolean camelPart = (i > begin && Character.isLetter(text.charAt(i - 1)))
              || (runEnd < end && Character.isLetter(text.charAt(runEnd)));
          int split = segment(text.substring(i, runEnd), camelPart, alone ? chunkIndex[0] : -1, text,
              chunks, vocabulary);
          if (split > 0) {
            points.add(i + split);
          }
        }
      }
      i = runEnd;
    }
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
    if (segmenter.isWholeWord(left) && right.length() >= (acronymRight && leftCapitalized(left) ? 3 : 2)) {
      return true; // "deRelaciones", "delCOVID", "LaOrganización", "DesdeASAJA", not "MundoIT"
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

  private static int letterRunBegin(String text, int floor, int at) {
    int i = at;
    while (i > floor && Character.isLetter(text.charAt(i - 1))
        && !(i < at && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1)))) {
      i--;
    }
    return i;
  }

  private static int letterRunEnd(String text, int at, int ceiling) {
    int i = at + 1;
    while (i < ceiling && Character.isLetter(text.charAt(i))
        && !(Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i)))) {
      i++;
    }
    return Math.min(i, ceiling);
  }

  /** Where the letter run {@code run} splits; 0 or less to leave it. */
  private int segment(String run, boolean camelPart, int chunkIndex, String text, int[] chunks,
      Map<String, Integer> vocabulary) {
    int n = run.length();
    if (n < 3 || n > MAX_RUN) {
      return -1;
    }
    for (int i = 1; i < n; i++) {
      if (!Character.isLowerCase(run.charAt(i))) {
        return -1; // all caps (headlines, acronyms) and mixed case stay as written
      }
    }
    boolean capitalized = Character.isUpperCase(run.charAt(0));
    if (!capitalized && !Character.isLowerCase(run.charAt(0))) {
      return -1;
    }
    if (segmenter.isWholeWord(run)) {
      if (chunkIndex < 0) {
        return -1;
      }
      String previous = neighbour(text, chunks, chunkIndex, -1);
      String next = neighbour(text, chunks, chunkIndex, +1);
      var rule = contextSplits.rule(run);
      if (capitalized) {
        // only a sentence start reads like lowercase text: "Ala reunión asistieron"
        boolean sentenceStart = previous.isEmpty() || ".!?¿¡:\"«".contains(previous);
        return rule.isPresent() && sentenceStart && rule.get().next().test(wordClasses.of(next))
            ? rule.get().splitAt() : -1;
      }
      if (rule.isPresent()) {
        var r = rule.get();
        return r.previous().test(wordClasses.of(previous)) && r.next().test(wordClasses.of(next))
            ? r.splitAt() : -1;
      }
      int clitic = cliticGlue.split(run, next);
      if (clitic > 0) {
        return clitic;
      }
      int common = segmenter.splitRareIntoCommonPair(run);
      return common > 0 ? common : segmenter.splitKnown(run, previous, next);
    }
    if (capitalized && n < MIN_CAPITALIZED_RUN) {
      return camelPart ? -1 : segmenter.splitShortCapitalized(run); // "Enla"; not "Minh", "Ito"
    }
    if (capitalized && (camelPart || vocabulary.getOrDefault(run, 0) >= 2)) {
      return -1; // a name the document repeats; a part of "BuiThanh"
    }
    return segmenter.splitUnknown(run, vocabulary::containsKey);
  }

  /**
   * The token next to chunk {@code k} on side {@code direction} (-1 before, +1 after), as written:
   * the punctuation between them if there is some, else the neighbouring chunk's word; "" at the
   * edges.
   */
  private static String neighbour(String text, int[] chunks, int k, int direction) {
    int begin = chunks[k];
    int end = chunks[k + 1];
    if (direction < 0) {
      if (!Character.isLetterOrDigit(text.charAt(begin))) {
        return String.valueOf(text.charAt(begin));
      }
      if (k == 0) {
        return "";
      }
      int pb = chunks[k - 2];
      int pe = chunks[k - 1];
      if (!Character.isLetterOrDigit(text.charAt(pe - 1))) {
        return String.valueOf(text.charAt(pe - 1));
      }
      return text.substring(letterRunBegin(text, pb, pe), pe);
    }
    if (!Character.isLetterOrDigit(text.charAt(end - 1))) {
      return String.valueOf(text.charAt(end - 1));
    }
    if (k + 2 >= chunks.length) {
      return "";
    }
    int nb = chunks[k + 2];
    int ne = chunks[k + 3];
    if (!Character.isLetterOrDigit(text.charAt(nb))) {
      return String.valueOf(text.charAt(nb));
    }
    return text.substring(nb, Math.min(ne, letterRunEnd(text, nb, ne)));
  }

  /** A small growable list of space points (original offsets) for one chunk. */
  private static final class Points {
    int[] at = new int[4];
    int size;

    void add(int point) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = point;
    }

    boolean contains(int point, int from) {
      for (int i = from; i < size; i++) {
        if (at[i] == point) {
          return true;
        }
      }
      return false;
    }
  }
}
