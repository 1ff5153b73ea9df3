package org.hechos.repair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hechos.models.NoiseRules;
import org.hechos.text.Edit;
import org.hechos.text.Span;

/**
 * Finds the page furniture of a scraped page: whole lines that are share buttons or credits
 * ({@code noise.tsv}), a long line repeated word for word, lines in another language (Vietnamese
 * on VNA/VOV pages), and, inside any line, photo captions and share buttons, which are cut out of
 * the line they stand in so that the sentences around them stay. A line is a stretch between
 * line breaks that end a sentence ({@link LineBreaks}): a hard-wrapped paragraph is one line. Each
 * becomes one {@link Edit.Kind#NOISE} edit that removes the stretch but not the line break after
 * it.
 *
 * <pre>
 *   "Chia sẻ\n(VOVWORLD) - El jefe ..."
 *    [0,7)  -> ""        the line break at 7 stays, so sentences never run together
 *   "... en Hanoi. Vietnam asiste a la cumbre - ảnh 1 El jefe ..."
 *                  [---------- caption ----------)  -> ""     the sentences on both sides stay
 * </pre>
 */
final class NoiseFilter {

  /** A repeated line shorter than this ("Hanoi", "EFE") may well be real text. */
  private static final int MIN_REPEATED_LINE = 30;

  /** Share of letters from Vietnamese-only blocks above which a line is not Spanish. */
  private static final double FOREIGN_LETTER_SHARE = 0.12;

  private static final int MIN_FOREIGN_LETTERS = 4;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final NoiseRules rules;

  NoiseFilter(NoiseRules rules) {
    this.rules = rules;
  }

  /** The noise edits of {@code original} cut into {@code lines}, sorted by offset. */
  List<Edit> edits(String original, List<Span> lines) {
    List<Edit> edits = new ArrayList<>();
    Set<String> seenLines = new HashSet<>();
    for (Span line : lines) {
      String written = line.in(original);
      // a wrapped paragraph compares equal to its copy wrapped elsewhere
      String text = WHITESPACE.matcher(written.strip()).replaceAll(" ");
      if (text.isEmpty()) {
        continue;
      }
      boolean repeated = text.length() >= MIN_REPEATED_LINE && !seenLines.add(text);
      if (repeated || rules.match(text).isPresent() || isForeign(text)) {
        edits.add(new Edit(line, written, "", Edit.Kind.NOISE));
      } else {
        addSegments(edits, written, line.begin());
      }
    }
    return edits;
  }

  /** Adds the edits that cut captions, credits and share buttons out of a line that starts at {@code at}. */
  private void addSegments(List<Edit> edits, String line, int at) {
    List<NoiseRules.Segment> segments = rules.segments(line);
    int cut = 0;
    for (int i = 0; i < segments.size(); i++) {
      NoiseRules.Segment segment = segments.get(i);
      if (segment.begin() < cut) {
        continue;
      }
      int begin = segment.begin();
      int end = segment.end();
      boolean credited = segment.rule().kind() == NoiseRules.Kind.CREDIT;
      if (segment.rule().kind() == NoiseRules.Kind.CAPTION) {
        begin = SentenceEnds.sentenceBegin(line, cut, begin);   // a caption reads like a headline
        if (i + 1 < segments.size() && describes(line, segments.get(i + 1), end)) {
          end = segments.get(++i).end();
          credited = true;
        }
      }
      // a credit ends its photo's text: what follows it on the line is a new sentence, and a name
      // before it must not run into the next capitalized word
      String replacement = credited && !line.substring(end).isBlank() ? "\n" : "";
      edits.add(new Edit(new Span(at + begin, at + end), line.substring(begin, end), replacement,
          Edit.Kind.NOISE));
      cut = end;
    }
  }

  /**
   * True if {@code next} is the credit that closes the description of the photo whose caption
   * ends at {@code captionEnd}: "... - ảnh 1El ministro, en la reunión (Foto: AGENCIA)". The
   * description is one sentence, so no sentence ends before its last word.
   */
  private static boolean describes(String line, NoiseRules.Segment next, int captionEnd) {
    if (next.rule().kind() != NoiseRules.Kind.CREDIT) {
      return false;
    }
    String description = line.substring(captionEnd, next.begin()).stripTrailing();
    return SentenceEnds.sentenceBegin(description, 0, description.length()) <= firstNonSpace(description);
  }

  private static int firstNonSpace(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * True if enough of the line's letters are ones Spanish never uses but Vietnamese does: the
   * Latin Extended Additional block (ả, ẻ, ệ, ố ...) and ơ, ư, đ.
   */
  static boolean isForeign(String line) {
    int letters = 0;
    int foreign = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if ((c >= '\u1EA0' && c <= '\u1EF9') || "ơƠưƯđĐăĂ".indexOf(c) >= 0) {
          foreign++;
        }
      }
    }
    return foreign >= MIN_FOREIGN_LETTERS && foreign >= FOREIGN_LETTER_SHARE * letters;
  }
}
