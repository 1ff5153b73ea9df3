package org.hechos.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

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
    InputStream raw = WordFrequencies.class.getResourceAsStream("/hechos/es/" + name);
    if (raw == null) {
      throw new RuleFormatException(name + ": not found on the classpath under /hechos/es/");
    }
    Map<String, Integer> unigrams = new HashMap<>(1 << 17);
    Map<String, Integer> bigrams = new HashMap<>(1 << 17);
    long total = 0;
    try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        TsvRow row = new TsvRow(name, number, java.util.Arrays.asList(columns));
        String kind = columns[0];
        if (kind.equals("U") && columns.length == 3) {
          int count = count(row, columns[2]);
          if (unigrams.put(key(row, columns[1]), count) != null) {
            throw row.error("duplicate word '" + columns[1] + "'");
          }
          total += count;
        } else if (kind.equals("B") && columns.length == 4) {
          String pair = key(row, columns[1]) + PAIR_SEPARATOR + key(row, columns[2]);
          if (bigrams.put(pair, count(row, columns[3])) != null) {
            throw row.error("duplicate pair '" + columns[1] + " " + columns[2] + "'");
          }
        } else {
          String hint = columns.length == 1 ? " (spaces instead of tabs?)" : "";
          throw row.error("expected 'U word count' or 'B word1 word2 count', got "
              + columns.length + " column(s) starting with '" + kind + "'" + hint);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
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
