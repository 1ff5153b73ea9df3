package org.hechos.models.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple splitter of raw Spanish prose into sentences of UD syntactic words, good enough to make
 * teacher-parsed training text (not the pipeline's tokenizer): words, numbers and single symbols
 * are words; "del" and "al" become "de el" and "a el"; a sentence ends at a line break, and after
 * ".", "!" or "?" before a capital letter, an opening mark or a digit.
 */
final class PlainTextSentences {

  /**
   * One word: letters with inner hyphens or apostrophes ("franco-alemán"), a number with inner
   * separators ("1.500", "15:30", "3/4"), or any other single non-space character.
   */
  private static final Pattern WORD =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*|\\d+(?:[.,:/]\\d+)*|\\S");

  /** Where a sentence may end: after a final mark, before a capital, opening mark or digit. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}¿¡\"«(\\d])");

  private PlainTextSentences() {}

  static List<List<String>> split(String text) {
    List<List<String>> sentences = new ArrayList<>();
    for (String line : text.split("\n")) {
      for (String sentence : SENTENCE_END.split(line)) {
        List<String> words = words(sentence);
        if (!words.isEmpty()) {
          sentences.add(words);
        }
      }
    }
    return sentences;
  }

  static List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(sentence);
    while (matcher.find()) {
      String word = matcher.group();
      switch (word.toLowerCase(Locale.ROOT)) {
        case "del" -> {
          words.add(word.substring(0, 2));
          words.add("el");
        }
        case "al" -> {
          words.add(word.substring(0, 1));
          words.add("el");
        }
        default -> words.add(word);
      }
    }
    return words;
  }
}
