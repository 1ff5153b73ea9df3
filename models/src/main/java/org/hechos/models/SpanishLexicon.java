package org.hechos.models;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The Spanish full-form lexicon of LanguageTool's {@code spanish-pos-dict} (LGPL), read with
 * morfologik: 3.4 million surface forms with lemma, EAGLES tag and a frequency class.
 *
 * <p>Thread-safe: morfologik's {@link DictionaryLookup} keeps per-lookup buffers, so each thread
 * gets its own lookup over the one shared, immutable {@link Dictionary}. The readings of the
 * {@value #CACHED_FORMS} most recently used forms are kept: news repeats its words, and a cache hit
 * costs a fraction of an automaton walk plus the readings' allocation.
 */
public final class SpanishLexicon {

  private static final String DICTIONARY = "/org/languagetool/resource/es/es-ES.dict";

  private static final int CACHED_FORMS = 20_000;

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookups;
  private final LoadingCache<String, List<Analysis>> analyses;

  private SpanishLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    this.analyses = CacheBuilder.newBuilder().maximumSize(CACHED_FORMS).build(CacheLoader.from(this::analyzeUncached));
  }

  /** Loads the dictionary from the classpath. */
  public static SpanishLexicon load() {
    URL url = SpanishLexicon.class.getResource(DICTIONARY);
    if (url == null) {
      throw new IllegalStateException(
          DICTIONARY + " is not on the classpath: add org.softcatala:spanish-pos-dict");
    }
    try {
      return new SpanishLexicon(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DICTIONARY, e);
    }
  }

  /**
   * All readings of {@code form}, looked up as written and, if that finds nothing, lowercased.
   * Tags are returned without the trailing frequency-class letter.
   */
  public List<Analysis> analyze(String form) {
    return analyses.getUnchecked(form);
  }

  private List<Analysis> analyzeUncached(String form) {
    List<Analysis> found = lookup(form);
    if (found.isEmpty()) {
      String lower = form.toLowerCase(Locale.ROOT);
      if (!lower.equals(form)) {
        found = lookup(lower);
      }
    }
    return found;
  }

  /** True if {@code form} (as written or lowercased) is a word of the lexicon. */
  public boolean contains(String form) {
    return !analyze(form).isEmpty();
  }

  /**
   * The highest frequency class among the readings of {@code form}: 0 for unknown words, then 1
   * (class A, rarest) to 23 (class W, most frequent).
   */
  public int frequencyClass(String form) {
    int best = 0;
    for (WordData data : rawLookup(form)) {
      best = Math.max(best, frequencyOf(data.getTag()));
    }
    if (best == 0) {
      String lower = form.toLowerCase(Locale.ROOT);
      if (!lower.equals(form)) {
        for (WordData data : rawLookup(lower)) {
          best = Math.max(best, frequencyOf(data.getTag()));
        }
      }
    }
    return best;
  }

  /**
   * Like {@link #frequencyClass(String)} but for {@code form} exactly as written: "Rusia" is a
   * word, "rusia" is not; "deSanidad" is not, though "desanidad" (an imperative of "desanidar") is.
   */
  public int frequencyClassAsWritten(String form) {
    int best = 0;
    for (WordData data : rawLookup(form)) {
      best = Math.max(best, frequencyOf(data.getTag()));
    }
    return best;
  }

  private List<Analysis> lookup(String form) {
    List<WordData> data = rawLookup(form);
    if (data.isEmpty()) {
      return List.of();
    }
    ImmutableList.Builder<Analysis> analyses = ImmutableList.builder();
    for (WordData d : data) {
      CharSequence tag = d.getTag();
      if (d.getStem() == null || tag == null || tag.length() < 2) {
        continue;
      }
      analyses.add(new Analysis(d.getStem().toString(), tag.subSequence(0, tag.length() - 1).toString()));
    }
    return analyses.build();
  }

  private List<WordData> rawLookup(String form) {
    if (form.isEmpty() || form.length() > 64) {
      return List.of();
    }
    return lookups.get().lookup(form);
  }

  private static int frequencyOf(CharSequence tag) {
    if (tag == null || tag.length() == 0) {
      return 0;
    }
    char c = tag.charAt(tag.length() - 1);
    return c >= 'A' && c <= 'Z' ? c - 'A' + 1 : 0;
  }
}
