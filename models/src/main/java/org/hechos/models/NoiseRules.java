package org.hechos.models;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The page-furniture rules of {@code noise.tsv}: which lines of a scraped page are share buttons,
 * photo captions or credits rather than article text. Immutable and thread-safe.
 */
public final class NoiseRules {

  /** The shipped resource under {@code /hechos/es/}. */
  public static final String RESOURCE = "noise.tsv";

  /** How a rule's pattern is matched against a line stripped of surrounding blanks. */
  public enum Kind {
    /** The whole line equals the pattern, ignoring case. */
    LINE,
    /** The whole line matches the regular expression. */
    REGEX,
    /**
     * A match ends a photo caption inside a line ("... - ảnh 1"): the caption runs from the start
     * of its sentence to the end of the match.
     */
    CAPTION,
    /** Every match is furniture wherever it stands in a line ("Chia sẻ"). */
    SEGMENT,
    /**
     * A photo credit, cut wherever it stands ("(Foto: AGENCIA)"); a caption it follows runs to
     * it, photo description included.
     */
    CREDIT
  }

  /** One rule, with the row it came from. */
  public record Rule(Kind kind, String pattern, Pattern regex, TsvRow source) {}

  /** A match of a caption, segment or credit rule: {@code [begin, end)} in the line. */
  public record Segment(int begin, int end, Rule rule) {}

  private final List<Rule> rules;

  private NoiseRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Loads the shipped rules. */
  public static NoiseRules load() {
    return load(RESOURCE);
  }

  /** Loads {@code name} from {@code /hechos/es/}; malformed rows raise {@link RuleFormatException}. */
  public static NoiseRules load(String name) {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (TsvRow row : TsvResource.load(name, 2, 2)) {
      Kind kind = kind(row);
      String pattern = row.get(1);
      if (pattern.isEmpty()) {
        throw row.error("empty pattern");
      }
      if (!seen.add(kind + "\t" + pattern.toLowerCase(Locale.ROOT))) {
        throw row.error("duplicate rule '" + pattern + "'");
      }
      Pattern regex;
      try {
        regex = kind == Kind.LINE
            ? Pattern.compile(Pattern.quote(pattern), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            : Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw row.error("bad regular expression: " + e.getDescription());
      }
      rules.add(new Rule(kind, pattern, regex, row));
    }
    return new NoiseRules(rules.build());
  }

  private static Kind kind(TsvRow row) {
    try {
      return Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("unknown kind '" + row.get(0) + "' (known: line, regex, caption, segment, credit)");
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * The first {@link Kind#LINE} or {@link Kind#REGEX} rule that marks the whole of {@code line} as
   * page furniture, if any.
   */
  public Optional<Rule> match(String line) {
    String text = line.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return rules.stream()
        .filter(rule -> rule.kind() == Kind.LINE || rule.kind() == Kind.REGEX)
        .filter(rule -> rule.regex().matcher(text).matches())
        .findFirst();
  }

  /**
   * The matches of the caption, segment and credit rules in {@code line}, sorted by where they
   * begin; they may overlap.
   */
  public List<Segment> segments(String line) {
    List<Segment> segments = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.kind() != Kind.LINE && rule.kind() != Kind.REGEX) {
        Matcher m = rule.regex().matcher(line);
        while (m.find()) {
          if (m.end() > m.start()) {
            segments.add(new Segment(m.start(), m.end(), rule));
          }
        }
      }
    }
    segments.sort(Comparator.comparingInt(Segment::begin));
    return segments;
  }
}
