package org.hechos.models;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lowercased word unigram and bigram counts from Spanish news (CoNLL-2002 {@code esp.train} plus
 * CESS-ESP), the corpus prior of glued-word repair. Built by {@code
 * models/tools/build_word_counts.py}; see {@code models/README.md}. Immutable and thread-safe.
 */
public final class WordFrequencies {

  /** The shipped resource under {@code /hechos/es/}. */
  public static final String RESOURCE = "word_counts.tsv.gz";

  private static final char PAIR_SEPARATOR = '\u0000';

  private final Map<String, Integer> unigrams;
  private final Map<String, Integer> bigrams;
  private final long total;

  private WordFrequencies(Map<String, Integer> unigrams, Map<String, Integer> bigrams, long total) {
    this.unigrams = unigrams;
    this.bigrams = bigrams;
    this.total = total;
  }

  /** Loads the shipped counts. */
  public static WordFrequencies load() {
    return load(RESOURCE);
  }

  /**
   * Loads {@code name} from {@code /hechos/es/}, gzipped if it ends in {@code .gz}. Rows are {@code
   * U word count} or {@code B word1 word2 count}; any other row is a {@link RuleFormatException}
   * naming file and line.
   */
  public static WordFrequencies load(String name) {
    Map<String, Integer> unigrams = new HashMap<>(1 << 17);
    Map<String, Integer> bigrams = new HashMap<>(1 << 17);
    long total = 0;
    for (TsvRow row : TsvResource.load(name, 3, 4)) {
      String kind = row.get(0);
      if (kind.equals("U") && row.size() == 3) {
        int count = count(row, row.get(2));
        if (unigrams.put(key(row, row.get(1)), count) != null) {
          throw row.error("duplicate word '" + row.get(1) + "'");
        }
        total += count;
      } else if (kind.equals("B") && row.size() == 4) {
        String pair = key(row, row.get(1)) + PAIR_SEPARATOR + key(row, row.get(2));
        if (bigrams.put(pair, count(row, row.get(3))) != null) {
          throw row.error("duplicate pair '" + row.get(1) + " " + row.get(2) + "'");
        }
      } else {
        throw row.error("expected 'U word count' or 'B word1 word2 count', got " + row.size()
            + " column(s) starting with '" + kind + "'");
      }
    }
    if (total == 0) {
      throw new RuleFormatException(name + ": no word counts");
    }
    // HashMap, not Map.copyOf: its lookups are faster for these sizes; never modified after this
    return new WordFrequencies(java.util.Collections.unmodifiableMap(unigrams),
        java.util.Collections.unmodifiableMap(bigrams), total);
  }

  private static String key(TsvRow row, String word) {
    if (word.isEmpty()) {
      throw row.error("empty word");
    }
    return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static int count(TsvRow row, String text) {
    try {
      int count = Integer.parseInt(text);
      if (count > 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.error("count must be a positive integer, got '" + text + "'");
  }

  /** How often {@code word} (lowercased) was seen; 0 if never. */
  public int count(String word) {
    return unigrams.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** How often {@code first} was directly followed by {@code second} (lowercased); 0 if fewer than twice. */
  public int count(String first, String second) {
    return bigrams.getOrDefault(
        first.toLowerCase(Locale.ROOT) + PAIR_SEPARATOR + second.toLowerCase(Locale.ROOT), 0);
  }

  /** The number of running words counted. */
  public long total() {
    return total;
  }

  /** Every word counted, lowercased. */
  public java.util.Set<String> words() {
    return unigrams.keySet();
  }

  /** The number of distinct words. */
  public int size() {
    return unigrams.size();
  }
}
