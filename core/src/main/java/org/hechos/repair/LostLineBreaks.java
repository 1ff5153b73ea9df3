package org.hechos.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hechos.models.LineRules;
import org.hechos.text.Edit;
import org.hechos.text.Span;

/**
 * Puts back the line breaks a page lost when it arrived as one line (text pulled from a JSON
 * field, an HTML page with no line breaks): where a sentence visibly opens inside a line
 * ({@code lost-break} rules of {@code lines.tsv}: a dateline, a capitalized article or
 * preposition, a run of spaces before a capital, a time stamp or a URL left behind), the space
 * before it becomes a line break, so that a headline, a byline or a caption does not run into the
 * article's first sentence, and the line is cut there, so that noise removal sees the byline or
 * caption as the line of its own it was.
 *
 * <pre>
 *   "Vietnam y Chile firman acuerdo (AGENCIA) - El presidente ..."
 *                                  ^ " " -> "\n"
 * </pre>
 *
 * A match inside the dateline that opens its sentence ("Hanoi (AGENCIA) - El ...") is no lost
 * break: the place belongs to its dateline.
 */
final class LostLineBreaks {

  private final LineRules rules;

  LostLineBreaks(LineRules rules) {
    this.rules = rules;
  }

  /** {@code lines} of {@code original} cut where a line break was lost, with its edits added. */
  LineBreaks.Lines read(String original, LineBreaks.Lines lines) {
    List<Span> cut = new ArrayList<>();
    List<Edit> edits = new ArrayList<>(lines.edits());
    for (Span span : lines.lines()) {
      int lineBegin = span.begin();
      for (int start : starts(span.in(original))) {
        int at = span.begin() + start;
        edits.add(new Edit(new Span(at - 1, at), " ", "\n", Edit.Kind.LINE_BREAK));
        cut.add(new Span(lineBegin, at - 1));
        lineBegin = at;
      }
      cut.add(new Span(lineBegin, span.end()));
    }
    edits.sort(Comparator.comparingInt(edit -> edit.span().begin()));
    return new LineBreaks.Lines(cut, edits);
  }

  /** Where sentences open in {@code line} after a space that was a line break, in order. */
  private List<Integer> starts(String line) {
    List<Integer> starts = new ArrayList<>();
    int previous = 0;
    for (int start : rules.lostBreaks(line)) {
      if (start <= previous || line.charAt(start - 1) != ' ') {
        continue;
      }
      int sentence = SentenceEnds.sentenceBegin(line, previous, start);
      if (rules.datelineLength(line.substring(sentence)) < start - sentence) {
        starts.add(start);
        previous = start;
      }
    }
    return starts;
  }
}
