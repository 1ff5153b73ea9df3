package org.hechos.models;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The line shapes of {@code lines.tsv}: dateline openings, which start a new sentence on their
 * line, sentence openings that show a line break was lost before them, and continuation words,
 * after which a line always goes on. Immutable and thread-safe.
 */
public final class LineRules {

  /** The shipped resource under {@code /hechos/es/}. */
  public static final String RESOURCE = "lines.tsv";

  private final List<Pattern> datelines;
  private final List<Pattern> lostBreaks;
  private final ImmutableSet<String> continuations;

  private LineRules(List<Pattern> datelines, List<Pattern> lostBreaks, ImmutableSet<String> continuations) {
    this.datelines = List.copyOf(datelines);
    this.lostBreaks = List.copyOf(lostBreaks);
    this.continuations = continuations;
  }

  /** Loads the shipped rules. */
  public static LineRules load() {
    return load(RESOURCE);
  }

  /** Loads {@code name} from {@code /hechos/es/}; malformed rows raise {@link RuleFormatException}. */
  public static LineRules load(String name) {
    ImmutableList.Builder<Pattern> datelines = ImmutableList.builder();
    ImmutableList.Builder<Pattern> lostBreaks = ImmutableList.builder();
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
        case "lost-break" -> lostBreaks.add(compile(row, pattern));
        case "continuation" -> continuations.add(continuation(row, pattern));
        default -> throw row.error("unknown kind '" + kind + "' (known: dateline, lost-break, continuation)");
      }
    }
    return new LineRules(datelines.build(), lostBreaks.build(), continuations.build());
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
    return datelineLength(line) > 0;
  }

  /** How many characters of the dateline {@code text} opens with, 0 if it opens with none. */
  public int datelineLength(String text) {
    int length = 0;
    for (Pattern dateline : datelines) {
      Matcher m = dateline.matcher(text);
      if (m.lookingAt()) {
        length = Math.max(length, m.end());
      }
    }
    return length;
  }

  /**
   * Where sentences open inside {@code line} in a way that shows the line break before them was
   * lost ("... en Rusia El presidente ..."), sorted.
   */
  public List<Integer> lostBreaks(String line) {
    List<Integer> starts = new ArrayList<>();
    for (Pattern lostBreak : lostBreaks) {
      Matcher m = lostBreak.matcher(line);
      while (m.find()) {
        starts.add(m.start());
      }
    }
    starts.sort(null);
    return starts;
  }

  /** True if a line whose last word or mark is {@code last} (as written) goes on in the next line. */
  public boolean isContinuation(String last) {
    return continuations.contains(last);
  }
}
