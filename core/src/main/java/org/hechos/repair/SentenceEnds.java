package org.hechos.repair;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a sentence inside a line begins, for the steps that cut or break a line inside it. */
final class SentenceEnds {

  /** Terminal punctuation, then closing quotes or brackets, then a space: a sentence ended. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.?!…][\"'»”’)\\]]*\\s+");

  private SentenceEnds() {}

  /**
   * Where the sentence that holds {@code at} begins, looking no further back than {@code from}:
   * after the last sentence end in {@code [from, at)}, its spaces skipped.
   */
  static int sentenceBegin(String line, int from, int at) {
    int begin = from;
    Matcher end = SENTENCE_END.matcher(line).region(from, at);
    while (end.find()) {
      begin = end.end();
    }
    while (begin < at && Character.isWhitespace(line.charAt(begin))) {
      begin++;
    }
    return begin;
  }
}
