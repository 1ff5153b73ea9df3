package org.hechos.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *       "En1995" (these two in {@link GlueBoundaries});
 *   <li>a run of letters that is not a word ("realizóuna", "Ambospaíses"; of a hyphenated
 *       compound only the first and the last part, "Vietnam-Rusiacontinúan"), split by the {@link
 *       Segmenter}, or by {@link AllCapsGlue} in an all-caps headline ("INUNDACIONESEN CASAS");
 *   <li>a known word that reads better as two in its context: rules of {@code glue_context.tsv}
 *       ("sobretodo la ONU"), an infinitive and an article ({@link CliticGlue}, "ampliarla
 *       cooperación"), a form of no known frequency that the corpus writes as a pair ("dela"), and
 *       the {@link Segmenter}'s bigram comparison ("deformación" after "proceso").
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

  /** A capitalized part after a hyphen this long or shorter is left whole ("Díaz-Canel"). */
  private static final int SHORT_NAME_PART = 7;

  /** An unknown capitalized run shorter than this is taken for a name ("Minh", "Ito", "Hoang"). */
  private static final int MIN_CAPITALIZED_RUN = 5;

  private final Segmenter segmenter;
  private final NameSplits names;
  private final GlueBoundaries boundaries;
  private final ContextSplits contextSplits;
  private final WordClasses wordClasses;
  private final CliticGlue cliticGlue;
  private final AllCapsGlue allCapsGlue;

  GluedWordRepair(Segmenter segmenter, NameSplits names, ContextSplits contextSplits,
      WordClasses wordClasses, CliticGlue cliticGlue) {
    this.segmenter = segmenter;
    this.names = names;
    this.boundaries = new GlueBoundaries(segmenter);
    this.contextSplits = contextSplits;
    this.wordClasses = wordClasses;
    this.cliticGlue = cliticGlue;
    this.allCapsGlue = new AllCapsGlue(segmenter);
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
    SpacePoints points = new SpacePoints();
    GlueBoundaries.punctuation(text, begin, end, points);
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
   * Space points inside the word-like core {@code [begin, end)}: camel case and digit boundaries,
   * then segmentation of each letter run after the last hyphen. {@code chunkIndex} is set when the
   * core is its whole chunk, which allows splitting known words by their neighbours.
   */
  private void words(String text, int begin, int end, int[] chunkIndex, int[] chunks,
      Map<String, Integer> vocabulary, SpacePoints points) {
    int before = points.size;
    boundaries.insideWord(text, begin, end, points);
    int hyphen = Math.max(text.lastIndexOf('-', end - 1), text.lastIndexOf('‐', end - 1));
    if (hyphen > begin) {
      // "unacharla-coloquio": the first part of a compound may be glued to the word before it
      int first = text.indexOf('-', begin);
      segmentRuns(text, begin, first, begin, first, null, chunks, vocabulary, points, before);
    }
    int runBegin = hyphen >= begin ? hyphen + 1 : begin;
    if (hyphen > begin && end - runBegin <= SHORT_NAME_PART && Character.isUpperCase(text.charAt(runBegin))) {
      return; // a short capitalized part after a hyphen is part of a name: "Díaz-Canel", not "Díaz-Can el"
    }
    segmentRuns(text, begin, end, runBegin, end, chunkIndex, chunks, vocabulary, points, before);
  }

  /** Segments each letter run of {@code [runBegin, runEnd)} that no other character touches. */
  private void segmentRuns(String text, int begin, int end, int runBegin, int limit, int[] chunkIndex,
      int[] chunks, Map<String, Integer> vocabulary, SpacePoints points, int before) {
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
          String run = text.substring(i, runEnd);
          int split = isAllCaps(run)
              ? (chunkIndex != null && inHeadline(text, chunks, chunkIndex[0]) ? allCapsGlue.split(run, w -> vocabulary.getOrDefault(w, 0) >= (isAllCaps(w) ? 2 : 1)) : -1)
              : segment(run, camelPart, alone ? chunkIndex[0] : -1, text, chunks, vocabulary);
          if (split > 0) {
            points.add(i + split);
          }
        }
      }
      i = runEnd;
    }
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
        return -1; // mixed case ("McDonald", "YouTube") stays as written; all caps went to AllCapsGlue
      }
    }
    boolean capitalized = Character.isUpperCase(run.charAt(0));
    if (!capitalized && !Character.isLowerCase(run.charAt(0))) {
      return -1;
    }
    if (!capitalized && segmenter.isFrequentWord(run)) {
      return -1; // most tokens: one hash lookup
    }
    if (segmenter.isWholeWord(run)) {
      if (chunkIndex < 0) {
        return -1;
      }
      String previous = Neighbours.of(text, chunks, chunkIndex, -1);
      String next = Neighbours.of(text, chunks, chunkIndex, +1);
      var rule = contextSplits.rule(run);
      if (capitalized) {
        // only a sentence start reads like lowercase text: "Ala reunión asistieron"
        return rule.isPresent() && Neighbours.isSentenceStart(previous) && rule.get().next().test(wordClasses.of(next))
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
    if (capitalized && camelPart) {
      return -1; // a part of "BuiThanh"
    }
    // a name the document repeats stays, unless glue repeated with the phrase ("Iberoamericanade" twice)
    boolean repeated = capitalized && vocabulary.getOrDefault(run, 0) >= 2;
    int repeatedSplit = repeated ? names.wordThenFunctionWordSplit(run) : 0;
    int split = repeatedSplit < 0 ? -1 : segmenter.splitUnknown(run, vocabulary::containsKey);
    if (repeated && split != repeatedSplit) {
      return -1;
    }
    if (split > 0 && capitalized && chunkIndex >= 0 && !names.allowsSplit(run, split,
        Neighbours.wordsBefore(text, chunks, chunkIndex, NameSplits.MAX_WORDS_BEFORE),
        Neighbours.of(text, chunks, chunkIndex, +1), text)) {
      return -1;
    }
    return split;
  }

  private static boolean isAllCaps(String run) {
    for (int i = 0; i < run.length(); i++) {
      if (!Character.isUpperCase(run.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if chunk {@code k} stands next to a chunk in capitals ("Y", "OBSERVADORES", "(SV2107)"): a
   * headline, where capitals say nothing about names and acronyms. An acronym in running text ("la
   * FEMPEX pidió") is left alone.
   */
  private static boolean inHeadline(String text, int[] chunks, int k) {
    return (k > 0 && isInCapitals(text, chunks[k - 2], chunks[k - 1]))
        || (k + 2 < chunks.length && isInCapitals(text, chunks[k + 2], chunks[k + 3]));
  }

  /** True if {@code [begin, end)} has letters, all of them capitals. */
  private static boolean isInCapitals(String text, int begin, int end) {
    boolean letter = false;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static boolean startsCapitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.length() > 1;
  }
}
