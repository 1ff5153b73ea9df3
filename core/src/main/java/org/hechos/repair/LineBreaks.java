package org.hechos.repair;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hechos.models.LineRules;
import org.hechos.text.Edit;
import org.hechos.text.Span;

/**
 * Tells the line breaks that end a sentence from those that only wrap a line. Scraped pages put
 * one paragraph on a line and a headline, caption or byline on a line of its own; hard-wrapped
 * text breaks lines anywhere, even inside a name. A line break ends a sentence (stays a line feed)
 * before or after a blank line, before a dateline, after terminal punctuation and after a line
 * that has the shape of a headline; it is a space when the next line starts in lowercase, when the
 * line ends with a continuation word ({@code lines.tsv}) or an abbreviation, when the line is
 * full, or when a name goes on in the next line. CR LF and CR are line breaks too.
 *
 * <pre>
 *   "Vietnam y Rusia firman acuerdo\r\n\r\nEl canciller Bui Thanh\nSon, visitó Moscú."
 *                                  \r\n -> \n (twice)          \n -> " "
 * </pre>
 *
 * <p>A line is full when the next line's first word would not have fitted after it within the
 * text's wrap width: that is where a greedy wrapper breaks lines, and a headline, shorter than
 * the paragraphs around it, never is.
 */
final class LineBreaks {

  /** The text cut at the line breaks that end a sentence, and the edits of every line break. */
  record Lines(List<Span> lines, List<Edit> edits) {
    Lines {
      lines = List.copyOf(lines);
      edits = List.copyOf(edits);
    }
  }

  /**
   * Narrower text is not taken for hard-wrapped: no one wraps prose this short, while a list of
   * share buttons ("Compartir", "Imprimir", ...) has many lines as long as its widest.
   */
  private static final int MIN_WRAP_WIDTH = 30;

  /** A line break: CR LF, CR alone or LF alone. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

  /** Terminal punctuation, then closing quotes or brackets, at the end of a line. */
  private static final Pattern TERMINAL = Pattern.compile("([.?!…])[\"'»”’)\\]]*$");

  private final LineRules rules;
  private final ImmutableSet<String> abbreviations;

  LineBreaks(LineRules rules, ImmutableSet<String> abbreviations) {
    this.rules = rules;
    this.abbreviations = abbreviations;
  }

  Lines read(String original) {
    List<Span> physical = new ArrayList<>();
    List<Span> breaks = new ArrayList<>();
    Matcher m = LINE_BREAK.matcher(original);
    int begin = 0;
    while (m.find()) {
      physical.add(new Span(begin, m.start()));
      breaks.add(new Span(m.start(), m.end()));
      begin = m.end();
    }
    physical.add(new Span(begin, original.length()));
    int width = wrapWidth(original, physical);

    List<Span> lines = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    int lineBegin = 0;
    for (int i = 0; i < breaks.size(); i++) {
      Span lineBreak = breaks.get(i);
      String written = lineBreak.in(original);
      if (isSoft(physical.get(i).in(original), physical.get(i + 1).in(original), width)) {
        edits.add(new Edit(lineBreak, written, " ", Edit.Kind.LINE_BREAK));
        continue;
      }
      if (!written.equals("\n")) {
        edits.add(new Edit(lineBreak, written, "\n", Edit.Kind.LINE_BREAK));
      }
      lines.add(new Span(lineBegin, lineBreak.begin()));
      lineBegin = lineBreak.end();
    }
    lines.add(new Span(lineBegin, original.length()));
    return new Lines(lines, edits);
  }

  /**
   * The wrap width of a hard-wrapped text: its widest line with a space in it (a line of one word,
   * a long address, may overrun a wrapper's width), if more than half of the lines followed by
   * another line, and at least two, are full at that width and it is no narrower than {@link
   * #MIN_WRAP_WIDTH}; else 0. A page with one paragraph
   * a line has one full line, its widest, so a headline above short paragraphs stays a headline.
   */
  private static int wrapWidth(String original, List<Span> physical) {
    int width = 0;
    for (Span line : physical) {
      String text = line.in(original).stripTrailing();
      if (text.strip().indexOf(' ') > 0) {
        width = Math.max(width, length(text));
      }
    }
    int followed = 0;
    int full = 0;
    for (int i = 0; i + 1 < physical.size(); i++) {
      String line = physical.get(i).in(original);
      String next = physical.get(i + 1).in(original).strip();
      if (!line.isBlank() && !next.isEmpty()) {
        followed++;
        full += isFull(line, next, width) ? 1 : 0;
      }
    }
    return width >= MIN_WRAP_WIDTH && full >= 2 && 2 * full > followed ? width : 0;
  }

  private boolean isSoft(String line, String nextLine, int width) {
    String last = line.strip();
    String next = nextLine.strip();
    if (last.isEmpty() || next.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(next.codePointAt(0))) {
      return true;
    }
    if (rules.opensWithDateline(next)) {
      return false;
    }
    Matcher terminal = TERMINAL.matcher(last);
    if (terminal.find()) {
      return terminal.group(1).equals(".") && isAbbreviation(lastWord(last.substring(0, terminal.start(1))));
    }
    String word = lastWord(last);
    return rules.isContinuation(word) || isFull(line, next, width) || continuesName(word, next);
  }

  /** True if the next line's first word would not have fitted after {@code line} within {@code width}. */
  private static boolean isFull(String line, String next, int width) {
    int space = next.indexOf(' ');
    return width > 0 && length(line.stripTrailing()) + 1 + length(space < 0 ? next : next.substring(0, space)) > width;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * True if a name is cut between the lines: "Bui Thanh" / "Son, visitó ...". The next line opens
   * with one capitalized word and a comma, as a surname before its apposition or verb does; a
   * headline is followed by a sentence's first words or a dateline, which was ruled out before.
   */
  private static boolean continuesName(String lastWord, String next) {
    int comma = next.indexOf(',');
    return isCapitalized(lastWord) && comma > 0 && isCapitalized(next.substring(0, comma));
  }

  private static boolean isCapitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
        && word.codePoints().allMatch(Character::isLetter);
  }

  /** "Sr" before a line's final period, or an initial ("J"): the period ends no sentence. */
  private boolean isAbbreviation(String word) {
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || abbreviations.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The line's last word ("Thanh", "EE.UU"), or its last mark (","). */
  private static String lastWord(String text) {
    int end = text.length();
    int begin = end;
    while (begin > 0 && (Character.isLetterOrDigit(text.charAt(begin - 1))
        || (text.charAt(begin - 1) == '.' && begin < end))) {
      begin--;
    }
    return begin == end ? text.substring(Math.max(0, end - 1)) : text.substring(begin, end);
  }
}
