package org.hechos.models;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names and name-shape data for entity recognition, loaded once:
 *
 * <ul>
 *   <li>country names in Spanish from the JDK's locale data ({@link Locale#getISOCountries()}),
 *       plus {@code locations.tsv} (other spellings, capitals and major cities, regions);
 *   <li>{@code organizations.tsv}: organizations, agencies and acronyms with their long forms;
 *   <li>{@code misc-names.tsv}: other names (diseases, indices, events) typed MISC;
 *   <li>{@code name-cues.tsv}: words before "de" that type the name after them;
 *   <li>{@code name-heads.tsv}: head nouns that type a name ("Ministerio ..." is an organization);
 *   <li>{@code titles.tsv}: titles written before names, not part of them;
 *   <li>{@code portfolios.tsv}: first words of a ministry's portfolio ("Economía", "Medio");
 *   <li>{@code person-names.tsv}: surnames, given names and surname endings of person names;
 *   <li>{@code demonyms.tsv} ({@link Demonyms}).
 * </ul>
 *
 * <p>Names are looked up by their {@linkplain #key(List) key}: the words concatenated without
 * spaces, so that "EE. UU." and "EE.UU." and any tokenization of them match. Types are the entity
 * type names of {@code org.hechos.text.EntityType} (PERSON, ORGANIZATION, LOCATION, MISC).
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteers {

  /** The entity types a gazetteer or head row may give. */
  public static final ImmutableSet<String> TYPES = ImmutableSet.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  /** White space, dropped from lookup keys. */
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Combining marks, dropped (after NFD) to match capitals without accents. */
  private static final Pattern MARK = Pattern.compile("\\p{M}");

  /** The kinds of row in {@code name-cues.tsv}. */
  public static final ImmutableSet<String> CUE_KINDS =
      ImmutableSet.of("PLACE", "UNIT", "GENERIC", "FACILITY", "MEDIUM", "WORK", "ORGANIZATION");

  /** A known name: its type, subtype (COUNTRY, CITY, REGION) and, for acronyms, its long form. */
  public record Entry(String name, String type, Optional<String> subtype, Optional<String> longForm) {}

  /** Person-name shape data, see {@code person-names.tsv}. */
  public record PersonNames(ImmutableSet<String> surnames, ImmutableSet<String> givenNames,
      ImmutableList<String> suffixes) {}

  private final ImmutableMap<String, Entry> names;
  private final int longestName;
  private final ImmutableMap<String, String> heads;
  private final ImmutableSet<String> titles;
  private final PersonNames personNames;
  private final Demonyms demonyms;
  private final ImmutableMap<String, Entry> folded;
  private final ImmutableSet<String> firstWords;
  private final ImmutableSet<String> foldedFirstWords;
  private final ImmutableMap<String, String> cues;
  private final ImmutableSet<String> portfolioWords;

  private Gazetteers(Map<String, Entry> names, Map<String, String> heads, Set<String> titles,
      PersonNames personNames, Demonyms demonyms, Map<String, String> cues, Set<String> portfolioWords) {
    this.names = ImmutableMap.copyOf(names);
    Map<String, Entry> byFold = new HashMap<>();
    for (Entry e : names.values()) {
      byFold.putIfAbsent(fold(key(e.name())), e);
    }
    this.folded = ImmutableMap.copyOf(byFold);
    ImmutableSet.Builder<String> first = ImmutableSet.builder();
    for (Entry e : names.values()) {
      first.addAll(firstTokens(e.name()));
    }
    this.firstWords = first.build();
    this.foldedFirstWords = firstWords.stream().map(Gazetteers::fold).collect(ImmutableSet.toImmutableSet());
    this.cues = ImmutableMap.copyOf(cues);
    this.portfolioWords = ImmutableSet.copyOf(portfolioWords);
    int longest = 1;
    for (Entry e : names.values()) {
      longest = Math.max(longest, e.name().split("[\\s-]+").length + 2);
    }
    this.longestName = longest;
    this.heads = ImmutableMap.copyOf(heads);
    this.titles = ImmutableSet.copyOf(titles);
    this.personNames = personNames;
    this.demonyms = demonyms;
  }

  /** Loads every file; throws {@link RuleFormatException} naming the file and line of a bad row. */
  public static Gazetteers load() {
    Map<String, Entry> names = new LinkedHashMap<>();
    Locale spanish = Locale.forLanguageTag("es");
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(spanish);
      if (name.isEmpty() || name.contains("(") || name.contains(".") || name.startsWith("Islas menores")) {
        continue;
      }
      names.put(key(name), new Entry(name, "LOCATION", Optional.of("COUNTRY"), Optional.empty()));
    }
    Set<String> places = new HashSet<>();
    for (TsvRow row : TsvResource.load("locations.tsv", 2, 3)) {
      if (!places.add(row.get(0))) {
        throw row.error("duplicate name '" + row.get(0) + "'");
      }
      String subtype = row.get(1);
      if (subtype.equals("-")) {
        names.remove(key(row.get(0)));
        continue;
      }
      if (!Set.of("COUNTRY", "CITY", "REGION").contains(subtype)) {
        throw row.error("unknown subtype '" + subtype + "' (known: COUNTRY, CITY, REGION, - to drop a JDK name)");
      }
      // A row of the file overrides a JDK country of the same name ("Granada" is a city here).
      names.put(key(row.get(0)), new Entry(row.get(0), "LOCATION", Optional.of(subtype), optionalColumn(row, 2)));
    }
    Set<String> seen = new HashSet<>();
    for (TsvRow row : TsvResource.load("organizations.tsv", 1, 2)) {
      if (!seen.add(row.get(0))) {
        throw row.error("duplicate name '" + row.get(0) + "'");
      }
      names.put(key(row.get(0)), new Entry(row.get(0), "ORGANIZATION", Optional.empty(), optionalColumn(row, 1)));
    }
    for (TsvRow row : TsvResource.load("misc-names.tsv", 1, 1)) {
      if (!seen.add(row.get(0))) {
        throw row.error("duplicate name '" + row.get(0) + "'");
      }
      names.put(key(row.get(0)), new Entry(row.get(0), "MISC", Optional.empty(), Optional.empty()));
    }
    Map<String, String> heads = new HashMap<>();
    for (TsvRow row : TsvResource.load("name-heads.tsv", 2, 2)) {
      if (!TYPES.contains(row.get(1))) {
        throw row.error("unknown type '" + row.get(1) + "' (known: " + TYPES + ")");
      }
      if (heads.put(row.get(0), row.get(1)) != null) {
        throw row.error("duplicate head '" + row.get(0) + "'");
      }
    }
    Set<String> titles = new HashSet<>();
    for (TsvRow row : TsvResource.load("titles.tsv", 2, 3)) {
      // "secretario general" gives both words; "jefe de Estado" only its head
      String[] words = row.get(0).toLowerCase(Locale.ROOT).split(" ");
      titles.add(words[0]);
      if (words.length == 2) {
        titles.add(words[1]);
      }
    }
    Map<String, String> cues = new HashMap<>();
    for (TsvRow row : TsvResource.load("name-cues.tsv", 2, 2)) {
      if (!CUE_KINDS.contains(row.get(1))) {
        throw row.error("unknown cue kind '" + row.get(1) + "' (known: " + CUE_KINDS + ")");
      }
      if (cues.put(row.get(0), row.get(1)) != null) {
        throw row.error("duplicate cue '" + row.get(0) + "'");
      }
    }
    Set<String> portfolioWords = new HashSet<>();
    for (TsvRow row : TsvResource.load("portfolios.tsv", 1, 1)) {
      if (!portfolioWords.add(row.get(0))) {
        throw row.error("duplicate word '" + row.get(0) + "'");
      }
    }
    return new Gazetteers(names, heads, titles, loadPersonNames(), Demonyms.load(), cues, portfolioWords);
  }

  private static PersonNames loadPersonNames() {
    ImmutableSet.Builder<String> surnames = ImmutableSet.builder();
    ImmutableSet.Builder<String> given = ImmutableSet.builder();
    ImmutableList.Builder<String> suffixes = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (TsvRow row : TsvResource.load("person-names.tsv", 2, 3)) {
      if (!seen.add(row.get(0) + "\t" + row.get(1))) {
        throw row.error("duplicate " + row.get(0) + " '" + row.get(1) + "'");
      }
      switch (row.get(0)) {
        case "SURNAME" -> surnames.add(row.get(1));
        case "GIVEN" -> given.add(row.get(1));
        case "SUFFIX" -> suffixes.add(row.get(1));
        default -> throw row.error("unknown kind '" + row.get(0) + "' (known: SURNAME, GIVEN, SUFFIX)");
      }
    }
    return new PersonNames(surnames.build(), given.build(), suffixes.build());
  }

  /** The lookup key of a name written as {@code words}: the words concatenated. */
  public static String key(List<String> words) {
    return String.join("", words);
  }

  /** The lookup key of a name as written in a text: its non-space characters. */
  public static String key(String name) {
    return SPACE.matcher(name).replaceAll("");
  }

  /**
   * The tokens a name may start with, however a tokenizer cuts it: its first word, and each prefix
   * of that word that ends before or after a character that is neither letter nor digit
   * ("Guinea-Bisáu" -> "Guinea", "Guinea-", "Guinea-Bisáu").
   */
  private static Set<String> firstTokens(String name) {
    String word = name.strip().split("\\s+", 2)[0];
    Set<String> out = new HashSet<>();
    out.add(word);
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLetterOrDigit(word.charAt(i)) || !Character.isLetterOrDigit(word.charAt(i - 1))) {
        out.add(word.substring(0, i));
      }
    }
    return out;
  }

  /**
   * False when no known name begins with the token {@code word}: a cheap test before trying the
   * longer spans that start there.
   */
  public boolean mayStartName(String word) {
    return firstWords.contains(word);
  }

  /** As {@link #mayStartName} for a token written in capitals, accents dropped ("ETIOPIA"). */
  public boolean mayStartNameInCapitals(String word) {
    return foldedFirstWords.contains(fold(word));
  }

  /** The entry for the name written as {@code words}, if known (case-sensitive). */
  public Optional<Entry> lookup(List<String> words) {
    return Optional.ofNullable(names.get(key(words)));
  }

  /** The entry for a name as written ("Naciones Unidas"), if known. */
  public Optional<Entry> lookup(String name) {
    return Optional.ofNullable(names.get(key(name)));
  }

  /**
   * The entry for a name written in capitals without accents, as headlines write it
   * ("ETIOPIA" -> Etiopía), if known.
   */
  public Optional<Entry> lookupUppercase(List<String> words) {
    return Optional.ofNullable(folded.get(fold(key(words))));
  }

  /**
   * The kind of cue a word is: {@code PLACE} before "de", {@code GENERIC}
   * for an institution named by a common noun; case-sensitive ("estado" is a place cue,
   * "Estado" a generic institution).
   */
  public Optional<String> cue(String word) {
    return Optional.ofNullable(cues.get(word));
  }

  private static String fold(String s) {
    String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    return MARK.matcher(decomposed).replaceAll("").toUpperCase(Locale.ROOT);
  }

  /**
   * True if a capitalized word can start a ministry's portfolio: "Economía", "Medio" (Ambiente),
   * "Interior", any case, a trailing period or comma ignored ("Agricultura. Pesca" as CoNLL
   * writes "Agricultura y Pesca").
   */
  public boolean isPortfolioWord(String word) {
    String w = word.endsWith(".") || word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    return portfolioWords.contains(w.toLowerCase(Locale.ROOT));
  }

  /** An upper bound on the number of tokens a known name spans. */
  public int longestName() {
    return longestName;
  }

  /** The type a head noun gives the name it starts ("Ministerio" -> ORGANIZATION). */
  public Optional<String> headType(String word) {
    return Optional.ofNullable(heads.get(word));
  }

  /** True if {@code word} (any case) is a title such as "presidente" or "canciller". */
  public boolean isTitle(String word) {
    return titles.contains(word.toLowerCase(Locale.ROOT));
  }

  public PersonNames personNames() {
    return personNames;
  }

  public Demonyms demonyms() {
    return demonyms;
  }

  /** The number of names known. */
  public int size() {
    return names.size();
  }

  /** Column {@code column} of {@code row} where the row has it and it is not empty. */
  private static Optional<String> optionalColumn(TsvRow row, int column) {
    return row.size() > column && !row.get(column).isEmpty() ? Optional.of(row.get(column)) : Optional.empty();
  }
}
