package org.hechos.models;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The line shapes of {@code lines.tsv}: dateline openings, which start a new sentence on their
 * line, and continuation words, after which a line always goes on. Immutable and thread-safe.
 */
public final class LineRules {

  /** The shipped resource under {@code /hechos/es/}. */
  public static final String RESOURCE = "lines.tsv";

  private final List<Pattern> datelines;
  private final ImmutableSet<String> continuations;

  private LineRules(List<Pattern> datelines, ImmutableSet<String> continuations) {
    this.datelines = List.copyOf(datelines);
    this.continuations = continuations;
  }

  /** Loads the shipped rules. */
  public static LineRules load() {
    return load(RESOURCE);
  }

  /** Loads {@code name} from {@code /hechos/es/}; malformed rows raise {@link RuleFormatException}. */
  public static LineRules load(String name) {
    ImmutableList.Builder<Pattern> datelines = ImmutableList.builder();
    ImmutableSet.Builder<String> continuations = ImmutableSet.builder();
    Set<String> seen = new HashSet<>();
    for (TsvRow row : TsvResource.load(name, 2, 2)) {
      String kind = row.get(0);
      String pattern = row.get(1);
      if (pattern.isEmpty()) {
        throw row.error("empty pattern");
      }
      if (!seen.add(kind + "\t" + pattern)) {
        throw row.error("duplicate rule '" + pattern + "'");
      }
      switch (kind) {
        case "dateline" -> datelines.add(compile(row, pattern));
        case "continuation" -> continuations.add(continuation(row, pattern));
        default -> throw row.error("unknown kind '" + kind + "' (known: dateline, continuation)");
      }
    }
    return new LineRules(datelines.build(), continuations.build());
  }

  private static Pattern compile(TsvRow row, String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw row.error("bad regular expression: " + e.getDescription());
    }
  }

  private static String continuation(TsvRow row, String word) {
    if (word.chars().anyMatch(Character::isWhitespace) || !word.equals(word.toLowerCase(Locale.ROOT))) {
      throw row.error("a continuation is one lowercase word or mark: '" + word + "'");
    }
    return word;
  }

  /** True if {@code line} (stripped) opens with a dateline: "Ciudad, 22 oct (AGENCIA).- ...". */
  public boolean opensWithDateline(String line) {
    return datelines.stream().anyMatch(p -> p.matcher(line).lookingAt());
  }

  /** True if a line whose last word or mark is {@code last} (as written) goes on in the next line. */
  public boolean isContinuation(String last) {
    return continuations.contains(last);
  }
}
