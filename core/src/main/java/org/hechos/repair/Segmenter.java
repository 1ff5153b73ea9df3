package org.hechos.repair;

import static org.hechos.repair.KnownWords.RAREST_CLASS;
import static org.hechos.repair.KnownWords.lower;

import java.util.Set;
import java.util.function.Predicate;
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
  static final double UNKNOWN_LOWER_THRESHOLD = -31.0;

  /** A capitalized non-word (a likely name) needs a likelier split. */
  static final double UNKNOWN_CAPITALIZED_THRESHOLD = -24.5;

  /** A known word splits in context only if the split is this much likelier (natural log). */
  static final double KNOWN_MARGIN = 4.0;

  /** Known words seen this often in the corpus are never split. */
  private static final int KNOWN_MAX_COUNT = 20;

  /** Vowels and conjunctions that stand alone as words: "a pueblo", "y el". */
  private static final String ONE_LETTER_WORDS = "aeouyAEOUY";

  /** A one-letter head needs a tail this long, unless the pair is a common bigram. */
  private static final int ONE_LETTER_HEAD_MIN_TAIL = 4;

  private static final int COMMON_PAIR = 20;

  /** A one-letter word glued to a short one is split where the corpus saw the pair this often ("vaa", "yme"). */
  private static final int SEEN_PAIR = 5;

  private static final int MIN_CORPUS_ONLY = 3;

  /**
   * Prefixes the lexicon lists as words ("sub", "co", "ex"): a word they begin ("subzonas",
   * "coinfección") is one word the lexicon lacks, not two.
   */
  private static final Set<String> PREFIXES = Set.of("sub", "co", "ex", "pre", "pro",
      "anti", "super", "vice", "auto", "micro", "macro", "mini", "multi", "bi", "tri", "semi", "inter",
      "extra", "infra", "ultra", "neo", "post", "pos", "re", "des", "hiper", "hipo",
      "eco", "bio", "geo", "tele", "radio", "foto", "mega", "poli", "pseudo", "seudo", "cuasi");

  /** A one-letter tail ("y", "a") only follows a head at least this likely. */
  private static final double ONE_LETTER_TAIL_MIN_HEAD = -17.0;

  /** A capitalized head the document also writes alone ("Rusia" in "Rusiavivan") is likelier. */
  private static final double DOCUMENT_NAME_BONUS = 2.0;

  /** A capitalized run splits off a short tail only after a head at least this likely. */
  private static final double CAPITALIZED_SHORT_TAIL_MIN_HEAD = -13.1;

  /** An unknown capitalized head splits off only a common tail of five letters or more. */
  private static final int UNKNOWN_NAME_MIN_HEAD = 4;
  private static final int UNKNOWN_NAME_MIN_TAIL = 5;
  private static final int UNKNOWN_NAME_MIN_TAIL_COUNT = 10;
  private static final double UNKNOWN_NAME_LOG_PROB = -4.0;
  private static final double UNKNOWN_NAME_LOG_PROB_PER_CHAR = 1.5;

  /** A capitalized run (a likely name) only splits off a tail this long, or a function word. */
  private static final int CAPITALIZED_MIN_TAIL = 4;

  private final KnownWords known;
  private final WordFrequencies counts;
  private final NameSplits names;
  private final double logTotal;

  Segmenter(KnownWords known, WordFrequencies counts, NameSplits names) {
    this.known = known;
    this.counts = counts;
    this.names = names;
    this.logTotal = Math.log(counts.total());
  }

  /**
   * True if {@code word} as a whole is a word: in the lexicon, or seen at least {@value
   * #MIN_CORPUS_ONLY} times in the corpus (which has glue errors of its own, "enla", seen once).
   */
  boolean isWholeWord(String word) {
    return known.frequencyClass(word) > 0 || counts.count(word) >= MIN_CORPUS_ONLY;
  }

  /**
   * True if {@code form} is a word beyond doubt: rated above the rarest frequency class, or seen at
   * least {@value #MIN_CORPUS_ONLY} times in the corpus. Rare forms are mostly names and loanwords
   * ("conca", "caf").
   */
  boolean isEstablishedWord(String form) {
    return known.frequencyClass(form) > RAREST_CLASS || counts.count(form) >= MIN_CORPUS_ONLY;
  }

  /**
   * Where a lowercase word of frequency class A (the lexicon's "no frequency known": "dela",
   * "porciento", but also "reaseguradora") splits into a pair the corpus often writes apart; -1
   * to leave it.
   */
  int splitRareIntoCommonPair(String word) {
    if (counts.count(word) >= MIN_CORPUS_ONLY || !hasCorpusSplit(word)
        || known.frequencyClass(word) > RAREST_CLASS) {
      return -1;
    }
    int at = -1;
    int best = COMMON_PAIR - 1;
    for (int i = 1; i < word.length(); i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      int pair = counts.count(head, tail);
      if (pair > best && allowedPair(head, tail, true)) {
        best = pair;
        at = i;
      }
    }
    return at;
  }

  /** True if the corpus saw {@code word} too often for any split of it to be tried. */
  boolean isFrequentWord(String word) {
    return counts.count(word) > KNOWN_MAX_COUNT;
  }

  /** True if {@code word} is a lexicon word exactly as written ("YouTube", not "deSanidad"). */
  boolean isWordAsWritten(String word) {
    return known.classAsWritten(word) > RAREST_CLASS;
  }

  /**
   * Where a short capitalized run splits into two function words that often go together ("Enla",
   * "Sial"); -1 to leave it (a short name: "Minh", "Lalo").
   */
  int splitShortCapitalized(String run) {
    for (int i = 1; i < run.length(); i++) {
      String head = lower(run.substring(0, i));
      String tail = run.substring(i);
      if (known.isFunctionWord(head) && known.isFunctionWord(tail) && counts.count(head, tail) >= COMMON_PAIR) {
        return i;
      }
    }
    return -1;
  }

  private boolean isName(String lowercase) {
    String capitalized = Character.toUpperCase(lowercase.charAt(0)) + lowercase.substring(1);
    return known.classAsWritten(capitalized) > 0;
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
    int frequencyClass = known.frequencyClass(word);
    if (count == 0 && frequencyClass == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (frequencyClass == 0 && Character.isLowerCase(word.charAt(0)) && isName(word)) {
      return Double.NEGATIVE_INFINITY; // "italia" is no word: the corpus counts are lowercased
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
  double logConditional(String first, String second, double logSecond) {
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
    double best = Double.NEGATIVE_INFINITY;
    int at = -1;
    for (int i = 1; i < run.length(); i++) {
      String head = run.substring(0, i);
      String tail = run.substring(i);
      double logHead = logProb(head);
      boolean headIsWord = logHead > Double.NEGATIVE_INFINITY;
      if (!headIsWord) {
        if (!capitalized || i < 3) {
          continue;
        }
        if (knownName.test(head)) {
          logHead = -logTotal; // a name the document uses: as likely as a word seen once
        } else if (i >= UNKNOWN_NAME_MIN_HEAD && tail.length() >= UNKNOWN_NAME_MIN_TAIL
            && counts.count(tail) >= UNKNOWN_NAME_MIN_TAIL_COUNT) {
          // "Merckdijeron": an unseen name, then a common word; longer names are less likely
          logHead = UNKNOWN_NAME_LOG_PROB - UNKNOWN_NAME_LOG_PROB_PER_CHAR * i;
        } else {
          continue;
        }
      }
      if (!allowedPair(head, tail, headIsWord) || PREFIXES.contains(lower(head))) {
        continue;
      }
      // Any capitalized head may be a name: "Natale" is no "Nata le", though "Describióun" at the
      // start of a sentence stays glued for it (measured: treating "Nata" as an ordinary word
      // cost more false splits than it repaired).
      boolean nameLike = capitalized;
      boolean documentName = capitalized && knownName.test(head);
      if (tail.length() == 1 && (nameLike ? !names.capitalizedOneLetterTail(head, tail, logHead, documentName)
          : logHead < ONE_LETTER_TAIL_MIN_HEAD)) {
        continue; // "Karina" is no "Karin a", "reaseguradora" no "reasegurador a"; "Oviedoy" splits
      }
      if (nameLike && tail.length() > 1 && tail.length() < CAPITALIZED_MIN_TAIL
          && (!known.isFunctionWord(tail) || logHead < CAPITALIZED_SHORT_TAIL_MIN_HEAD)) {
        continue; // "Mediaset" is no "Media set", "Natale" no "Nata le", "Jeroen" no "Jero en"
      }
      double logTail = logProb(tail);
      if (logTail == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double score = logHead + logConditional(lower(head), tail, logTail)
          + (documentName ? DOCUMENT_NAME_BONUS : 0);
      double threshold = capitalized ? UNKNOWN_CAPITALIZED_THRESHOLD : UNKNOWN_LOWER_THRESHOLD;
      if (score > threshold && score > best) {
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
    if (word.length() < 4 || counts.count(word) > KNOWN_MAX_COUNT || !hasCorpusSplit(lower(word))) {
      return -1;
    }
    previous = lower(previous);
    next = lower(next);
    String lower = lower(word);
    double logWord = logProb(word);
    double logNext = next.isEmpty() ? Double.NEGATIVE_INFINITY : logProb(next);
    boolean scoreNext = logNext > Double.NEGATIVE_INFINITY;
    double whole = logConditional(previous, lower, logWord)
        + (scoreNext ? logConditional(lower, next, logNext) : 0);
    double best = whole + KNOWN_MARGIN;
    int at = -1;
    for (int i = 1; i < word.length(); i++) {
      String head = lower.substring(0, i);
      String tail = lower.substring(i);
      if (counts.count(head) == 0 || counts.count(tail) == 0) {
        continue; // a split in context needs corpus evidence for both words; this also saves lookups
      }
      double logHead = logProb(head);
      if (!allowedPair(head, tail, logHead > Double.NEGATIVE_INFINITY)) {
        continue;
      }
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

  /**
   * True if the lowercase words {@code head} (of log-probability {@code logHead}) and {@code tail}
   * may be the two halves of a split: the shape rules of {@link #allowedPair}, no prefix for a head
   * ("sub", "ex") and a one-letter tail only after a likely head.
   */
  boolean isPlausibleSplit(String head, String tail, double logHead) {
    return allowedPair(head, tail, true) && !PREFIXES.contains(head)
        && (tail.length() > 1 || logHead >= ONE_LETTER_TAIL_MIN_HEAD);
  }

  /** True if some split of {@code lower} gives two words the corpus has seen: cheap, no lookups. */
  private boolean hasCorpusSplit(String lower) {
    for (int i = 1; i < lower.length(); i++) {
      if (counts.count(lower.substring(0, i)) > 0 && counts.count(lower.substring(i)) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shape rules of the probe: a one-letter word ("a", "y") heads only a long tail or a pair the
   * corpus has seen ("y me"); a one-letter tail only follows a word of three letters or more, or
   * one the corpus has seen it after ("va a").
   */
  private boolean allowedPair(String head, String tail, boolean headIsWord) {
    if (tail.length() == 1) {
      return headIsWord && ONE_LETTER_WORDS.indexOf(tail.charAt(0)) >= 0
          && (head.length() >= 3 || counts.count(head, tail) >= SEEN_PAIR);
    }
    if (head.length() > 1) {
      return true;
    }
    char h = Character.toLowerCase(head.charAt(0));
    char t = tail.charAt(0);
    if ((h == 'u' && t != 'o' && !tail.startsWith("ho")) || (h == 'e' && t != 'i' && !tail.startsWith("hi"))) {
      return false; // "u" only before o-, "e" only before i-: "Urango" is no "U rango"
    }
    return tail.length() >= ONE_LETTER_HEAD_MIN_TAIL || counts.count(head, tail) >= SEEN_PAIR;
  }

}
