package org.hechos.models;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of dates and amounts from {@code values.tsv}: months, weekdays, currencies, scale
 * words ("millones"), percent words, period words ("semestre"), ordinals, number words ("dos") and whole relative
 * expressions ("el año pasado"). Keys are lowercase (currency symbols as written).
 *
 * <p>Immutable and thread-safe.
 */
public final class ValueWords {

  /** The kinds of row in {@code values.tsv}. */
  public enum Kind {
    MONTH, MONTH_ABBREVIATION, WEEKDAY, CURRENCY, SCALE, PERCENT, PERIOD, ORDINAL, NUMBER, RELATIVE
  }

  private final ImmutableMap<Kind, ImmutableMap<String, String>> words;
  private final ImmutableMap<Kind, ImmutableSet<String>> firstWords;
  private final int longestRelative;

  private ValueWords(Map<Kind, ImmutableMap<String, String>> words, int longestRelative) {
    this.words = ImmutableMap.copyOf(words);
    Map<Kind, ImmutableSet<String>> first = new EnumMap<>(Kind.class);
    words.forEach((kind, entries) -> first.put(kind,
        entries.keySet().stream().map(w -> w.split(" ", 2)[0]).collect(ImmutableSet.toImmutableSet())));
    this.firstWords = ImmutableMap.copyOf(first);
    this.longestRelative = longestRelative;
  }

  /** Loads {@code values.tsv}; throws {@link RuleFormatException} on a malformed row. */
  public static ValueWords load() {
    Map<Kind, Map<String, String>> byKind = new EnumMap<>(Kind.class);
    int longest = 0;
    for (TsvRow row : TsvResource.load("values.tsv", 2, 3)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.get(0));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind '" + row.get(0) + "' (known: " + java.util.Arrays.toString(Kind.values()) + ")");
      }
      String word = row.get(1).toLowerCase(Locale.ROOT);
      String value = row.size() > 2 ? row.get(2) : "";
      if (word.isEmpty()) {
        throw row.error("empty word");
      }
      if (kind != Kind.PERCENT && value.isEmpty()) {
        throw row.error(kind + " needs a value");
      }
      if (byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(word, value) != null) {
        throw row.error("duplicate " + kind + " '" + word + "'");
      }
      if (kind == Kind.RELATIVE || kind == Kind.PERCENT) {
        longest = Math.max(longest, word.split(" ").length);
      }
    }
    Map<Kind, ImmutableMap<String, String>> frozen = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      frozen.put(k, ImmutableMap.copyOf(byKind.getOrDefault(k, Map.of())));
    }
    return new ValueWords(frozen, longest);
  }

  /** The value of {@code word} as a {@code kind} word (lowercased first), if it is one. */
  public Optional<String> get(Kind kind, String word) {
    return Optional.ofNullable(words.get(kind).get(word.toLowerCase(Locale.ROOT)));
  }

  public boolean is(Kind kind, String word) {
    return words.get(kind).containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** True if some {@code kind} entry begins with {@code word} (lowercase): a cheap test before longer lookups. */
  public boolean startsEntry(Kind kind, String word) {
    return firstWords.get(kind).contains(word);
  }

  /** The most words a RELATIVE or PERCENT entry has. */
  public int longestPhrase() {
    return longestRelative;
  }
}
