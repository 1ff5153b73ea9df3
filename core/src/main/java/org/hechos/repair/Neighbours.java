package org.hechos.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens around a whitespace-separated chunk, as the context rules of glued-word repair read
 * them: {@code chunks} holds begin/end pairs of the chunks of {@code text}, chunk {@code k} starts
 * at {@code chunks[k]}.
 */
final class Neighbours {

  /** Punctuation after which a capitalized word starts a sentence, or a quoted one. */
  private static final String SENTENCE_OPENERS = ".!?¿¡:\"«";

  private Neighbours() {}

  /**
   * The token next to chunk {@code k} on side {@code direction} (-1 before, +1 after), as written:
   * the punctuation between them if there is some, else the neighbouring chunk's word; "" at the
   * edges.
   */
  static String of(String text, int[] chunks, int k, int direction) {
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
      return text.substring(GlueBoundaries.letterRunBegin(text, pb, pe), pe);
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
    return text.substring(nb, Math.min(ne, GlueBoundaries.letterRunEnd(text, nb, ne)));
  }

  /**
   * Up to {@code max} tokens before chunk {@code k}, nearest first, as {@link #of} reads them; the
   * list ends after the first one that is no word (punctuation) or at the start of the text, which
   * it marks with "".
   *
   * <pre>
   *   "dijo Ursula von der Leyen en"   before "Leyen": ["der", "von", "Ursula", "dijo"]
   *   "En Bruselas, von der Leyen"     before "Leyen": ["der", "von", ","]
   * </pre>
   */
  static List<String> wordsBefore(String text, int[] chunks, int k, int max) {
    List<String> words = new ArrayList<>(max);
    for (int j = k; j >= 0 && words.size() < max; j -= 2) {
      String word = of(text, chunks, j, -1);
      words.add(word);
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        break;
      }
    }
    return words;
  }

  /** True if a chunk after {@code previous} (a token as {@link #of} reads it) starts a sentence. */
  static boolean isSentenceStart(String previous) {
    return previous.isEmpty() || SENTENCE_OPENERS.contains(previous);
  }
}
