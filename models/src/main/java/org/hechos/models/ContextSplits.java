package org.hechos.models;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of {@code glue_context.tsv}: known words that are split back into two only where their
 * neighbours say so ("sobretodo la ONU" -> "sobre todo la ONU"). Immutable and thread-safe.
 */
public final class ContextSplits {

  /** The shipped resource under {@code /hechos/es/}. */
  public static final String RESOURCE = "glue_context.tsv";

  /** Word classes a neighbour can be checked for. */
  public enum WordClass {
    DET, NAME, NOUN, ADJ, VERB, PREP, NUM, PUNCT
  }

  /**
   * A condition on a neighbour: it belongs to one of {@code classes}, or to none of them if {@code
   * negated}; {@code any} matches everything, even a missing neighbour.
   */
  public record Condition(Set<WordClass> classes, boolean negated, boolean any) {
    public Condition {
      classes = Set.copyOf(classes);
    }

    /** Whether a neighbour with {@code classes} (empty if there is none) satisfies this. */
    public boolean test(Set<WordClass> neighbour) {
      if (any) {
        return true;
      }
      boolean hit = neighbour.stream().anyMatch(classes::contains);
      return negated != hit;
    }
  }

  /** One rule: {@code word} reads {@code head + " " + tail} between matching neighbours. */
  public record Rule(String word, int splitAt, Condition previous, Condition next, TsvRow source) {}

  private final Map<String, Rule> rules;

  private ContextSplits(Map<String, Rule> rules) {
    this.rules = Map.copyOf(rules);
  }

  public static ContextSplits load() {
    return load(RESOURCE);
  }

  /** Loads {@code name} from {@code /hechos/es/}; malformed rows raise {@link RuleFormatException}. */
  public static ContextSplits load(String name) {
    Map<String, Rule> rules = new HashMap<>();
    for (TsvRow row : TsvResource.load(name, 4, 4)) {
      String word = row.get(0).toLowerCase(Locale.ROOT);
      String split = Normalizer.normalize(row.get(1), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
      int space = split.indexOf(' ');
      if (word.isEmpty() || space <= 0 || space != split.lastIndexOf(' ') || space == split.length() - 1
          || !split.replace(" ", "").equals(word)) {
        throw row.error("split '" + row.get(1) + "' must be '" + word + "' with one space inside");
      }
      Rule rule = new Rule(word, space, condition(row, row.get(2)), condition(row, row.get(3)), row);
      if (rules.put(word, rule) != null) {
        throw row.error("duplicate word '" + word + "'");
      }
    }
    return new ContextSplits(rules);
  }

  private static Condition condition(TsvRow row, String text) {
    if (text.equals("*")) {
      return new Condition(Set.of(), false, true);
    }
    boolean negated = text.startsWith("!");
    Set<WordClass> classes = EnumSet.noneOf(WordClass.class);
    for (String part : (negated ? text.substring(1) : text).split("\\|", -1)) {
      try {
        classes.add(WordClass.valueOf(part.strip()));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown word class '" + part + "' (known: * or "
            + String.join(", ", java.util.Arrays.stream(WordClass.values()).map(Enum::name).toList()) + ")");
      }
    }
    return new Condition(classes, negated, false);
  }

  /** The rule for {@code word} (any case), if there is one. */
  public Optional<Rule> rule(String word) {
    return Optional.ofNullable(rules.get(word.toLowerCase(Locale.ROOT)));
  }

  public int size() {
    return rules.size();
  }
}
