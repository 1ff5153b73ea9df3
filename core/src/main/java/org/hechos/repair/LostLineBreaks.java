package org.hechos.repair;

import java.util.ArrayList;
import java.util.List;
import org.hechos.models.LineRules;
import org.hechos.text.Edit;
import org.hechos.text.Span;

/**
 * Puts back the line breaks a page lost when it arrived as one line (text pulled from a JSON
 * field, an HTML page with no line breaks): where a sentence visibly opens inside a line
 * ({@code lost-break} rules of {@code lines.tsv}), the space before it becomes a line break, so
 * that a headline does not run into its article's first sentence.
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

  /** The edits that put lost line breaks back into {@code lines} of {@code original}, sorted. */
  List<Edit> edits(String original, List<Span> lines) {
    List<Edit> edits = new ArrayList<>();
    for (Span span : lines) {
      String line = span.in(original);
      int previous = 0;
      for (int start : rules.lostBreaks(line)) {
        if (start <= previous || line.charAt(start - 1) != ' ') {
          continue;
        }
        int sentence = SentenceEnds.sentenceBegin(line, previous, start);
        if (rules.datelineLength(line.substring(sentence)) <= start - sentence) {
          edits.add(new Edit(new Span(span.begin() + start - 1, span.begin() + start), " ", "\n",
              Edit.Kind.LINE_BREAK));
          previous = start;
        }
      }
    }
    return edits;
  }
}
