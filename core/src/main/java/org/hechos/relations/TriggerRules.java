package org.hechos.relations;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.hechos.FactType;
import org.hechos.models.TsvResource;
import org.hechos.models.TsvRow;

/** The trigger rules of {@code triggers.tsv}, by lemma, and the word lists the rules use. */
final class TriggerRules {

  private final ImmutableListMultimap<String, TriggerRule> byLemma;
  private final ImmutableSet<String> events;
  private final ImmutableSet<String> measures;
  private final ImmutableSet<String> portfolios;
  private final ImmutableSet<String> bodies;

  private TriggerRules(ImmutableListMultimap<String, TriggerRule> byLemma, ImmutableSet<String> events,
      ImmutableSet<String> measures, ImmutableSet<String> portfolios, ImmutableSet<String> bodies) {
    this.byLemma = byLemma;
    this.events = events;
    this.measures = measures;
    this.portfolios = portfolios;
    this.bodies = bodies;
  }

  static TriggerRules load() {
    ImmutableListMultimap.Builder<String, TriggerRule> rules = ImmutableListMultimap.builder();
    Set<String> seen = new HashSet<>();
    for (TsvRow row : TsvResource.load("triggers.tsv", 6, 6)) {
      TriggerRule rule = new TriggerRule(row.get(0), parse(row, 1, TriggerRule.Pos.class),
          parse(row, 2, FactType.class), finders(row, 3, ArgumentFinder.class),
          finders(row, 4, ArgumentFinder.class), finders(row, 5, ContentFinder.class));
      if (!seen.add(rule.lemma() + "/" + rule.pos())) {
        throw row.error("duplicate rule for " + rule.lemma() + " " + rule.pos());
      }
      if (rule.agent().isEmpty()) {
        throw row.error("a rule needs an agent finder");
      }
      rules.put(rule.lemma(), rule);
    }
    return new TriggerRules(rules.build(), words("events.tsv"), words("measures.tsv"),
        words("portfolios.tsv"), words("bodies.tsv"));
  }

  List<TriggerRule> forLemma(String lemma) {
    return byLemma.get(lemma);
  }

  ImmutableSet<String> portfolios() {
    return portfolios;
  }

  /** True for a noun that stands for the place or body named after it with "de" ("el Gobierno de Vietnam"). */
  boolean isBody(String noun) {
    return bodies.contains(noun);
  }

  boolean isEvent(String lemma) {
    return events.contains(lemma);
  }

  boolean isMeasure(String lemma) {
    return measures.contains(lemma);
  }

  private static ImmutableSet<String> words(String file) {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (TsvRow row : TsvResource.load(file, 1, 1)) {
      words.add(row.get(0).toLowerCase(Locale.ROOT));
    }
    return words.build();
  }

  private static <E extends Enum<E>> List<E> finders(TsvRow row, int column, Class<E> type) {
    String cell = row.get(column);
    if (cell.equals("-")) {
      return List.of();
    }
    List<E> finders = new ArrayList<>();
    for (String name : cell.split("\\|")) {
      finders.add(parse(row, name, type, column));
    }
    return finders;
  }

  private static <E extends Enum<E>> E parse(TsvRow row, int column, Class<E> type) {
    return parse(row, row.get(column), type, column);
  }

  private static <E extends Enum<E>> E parse(TsvRow row, String name, Class<E> type, int column) {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      Function<E, String> lower = v -> v.name().toLowerCase(Locale.ROOT);
      throw row.error("column " + (column + 1) + ": unknown '" + name + "' (known: "
          + String.join(", ", Arrays.stream(type.getEnumConstants()).map(lower).toList()) + ")");
    }
  }
}
