package org.hechos.repair;

import java.util.Locale;
import java.util.function.Predicate;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.WordFrequencies;

/**
 * Finds where a run of letters that lost its space splits in two: the best two-part split by word
 * log-probabilities (a Viterbi over two slots), with corpus bigrams as evidence that the two
 * words go together. Three-part splits are not tried: they split more real names than they repair
 * ("enella" -> "en el la").
 *
 * <p>A word's probability comes from corpus counts (CoNLL-2002 {@code esp.train} + CESS-ESP) plus a
 * pseudo-count from the frequency class (A–W) that {@code spanish-pos-dict} gives each of its 3.4
 * million forms, so words the small corpus never saw still score by how common they are.
 */
final class Segmenter {

  /** Interpolation weight of the bigram estimate against the unigram one. */
  private static final double BIGRAM_WEIGHT = 0.6;

  /** A non-word in lowercase splits if its best split scores above this (natural log). */
  static final double UNKNOWN_LOWER_THRESHOLD = -27.0;

  /** A capitalized non-word (a likely name) needs a likelier split. */
  static final double UNKNOWN_CAPITALIZED_THRESHOLD = -22.0;

  /** A known word splits in context only if the split is this much likelier (natural log). */
  static final double KNOWN_MARGIN = 4.0;

  /** Known words seen this often in the corpus are never split. */
  private static final int KNOWN_MAX_COUNT = 3;

  /** Vowels and conjunctions that stand alone as words: "a pueblo", "y el". */
  private static final String ONE_LETTER_WORDS = "aeouyAEOUY";

  /** A one-letter head needs a tail this long, unless the pair is a common bigram. */
  private static final int ONE_LETTER_HEAD_MIN_TAIL = 4;

  private static final int COMMON_PAIR = 20;

  private final SpanishLexicon lexicon;
  private final WordFrequencies counts;
  private final double logTotal;

  Segmenter(SpanishLexicon lexicon, WordFrequencies counts) {
    this.lexicon = lexicon;
    this.counts = counts;
    this.logTotal = Math.log(counts.total());
  }

  /** True if {@code word} (letters, as written or lowercased) is a word of lexicon or corpus. */
  boolean isWord(String word) {
    return logProb(word) > Double.NEGATIVE_INFINITY;
  }

  /** How often the corpus saw {@code word} (lowercased). */
  int corpusCount(String word) {
    return counts.count(word);
  }

  /**
   * The natural-log unigram probability of {@code word} as written; negative infinity if it is not
   * a word. A lowercase word does not match a lexicon entry that exists only capitalized (a name).
   */
  double logProb(String word) {
    int length = word.length();
    if (length == 1 && Character.isLetter(word.charAt(0)) && ONE_LETTER_WORDS.indexOf(word.charAt(0)) < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    int count = counts.count(word);
    int frequencyClass = lexicon.frequencyClass(word);
    if (count == 0 && frequencyClass == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return Math.log(count + pseudoCount(frequencyClass)) - logTotal;
  }

  /**
   * A pseudo-count for frequency class {@code f} (1 = A, rarest, to 23 = W): half a sighting at
   * class L, doubling every two classes.
   */
  static double pseudoCount(int f) {
    return f == 0 ? 0 : 0.5 * Math.pow(2, (f - 12) / 2.0);
  }

  /** log P(second | first), interpolated with the unigram probability of {@code second}. */
  private double logConditional(String first, String second, double logSecond) {
    int firstCount = counts.count(first);
    double unigram = Math.exp(logSecond);
    if (firstCount == 0) {
      return logSecond;
    }
    double bigram = (double) counts.count(first, second) / firstCount;
    return Math.log(BIGRAM_WEIGHT * bigram + (1 - BIGRAM_WEIGHT) * unigram);
  }

  /**
   * Where {@code run}, a run of letters that is not a word, splits into two words; -1 to leave it.
   * {@code knownName} says which capitalized heads the document itself uses as words ("Hanoi" in
   * "Hanoipor" when the text also has "Hanoi es").
   */
  int splitUnknown(String run, Predicate<String> knownName) {
    boolean capitalized = Character.isUpperCase(run.charAt(0));
    double best = capitalized ? UNKNOWN_CAPITALIZED_THRESHOLD : UNKNOWN_LOWER_THRESHOLD;
    int at = -1;
    for (int i = 1; i < run.length() - 1; i++) {
      String head = run.substring(0, i);
      String tail = run.substring(i);
      double logHead = logProb(head);
      if (logHead == Double.NEGATIVE_INFINITY) {
        if (!capitalized || i < 3 || !knownName.test(head)) {
          continue;
        }
        logHead = -logTotal; // a name the document uses: as likely as a word seen once
      }
      if (!allowedPair(head, tail)) {
        continue;
      }
      double logTail = logProb(tail);
      if (logTail == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double score = logHead + logConditional(lower(head), tail, logTail);
      if (score > best) {
        best = score;
        at = i;
      }
    }
    return at;
  }

  /**
   * Where the known word {@code word}, between {@code previous} and {@code next} (lowercased words
   * or punctuation, empty at the edges), splits because the text reads better so ("sobretodo la ONU"
   * -> "sobre todo la ONU", "ampliarla cooperación" -> "ampliar la cooperación"); -1 to leave it.
   */
  int splitKnown(String word, String previous, String next) {
    if (word.length() < 4 || counts.count(word) > KNOWN_MAX_COUNT) {
      return -1;
    }
    String lower = lower(word);
    double logWord = logProb(word);
    double logNext = next.isEmpty() ? Double.NEGATIVE_INFINITY : logProb(next);
    boolean scoreNext = logNext > Double.NEGATIVE_INFINITY;
    double whole = logConditional(previous, lower, logWord)
        + (scoreNext ? logConditional(lower, next, logNext) : 0);
    double best = whole + KNOWN_MARGIN;
    int at = -1;
    for (int i = 1; i < word.length() - 1; i++) {
      String head = lower.substring(0, i);
      String tail = lower.substring(i);
      if (!allowedPair(head, tail)) {
        continue;
      }
      double logHead = logProb(head);
      double logTail = logHead == Double.NEGATIVE_INFINITY ? logHead : logProb(tail);
      if (logTail == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double score = logConditional(previous, head, logHead) + logConditional(head, tail, logTail)
          + (scoreNext ? logConditional(tail, next, logNext) : 0);
      if (score > best) {
        best = score;
        at = i;
      }
    }
    return at;
  }

  private boolean allowedPair(String head, String tail) {
    if (tail.length() < 2) {
      return false;
    }
    return head.length() > 1 || tail.length() >= ONE_LETTER_HEAD_MIN_TAIL
        || counts.count(head, tail) >= COMMON_PAIR;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
