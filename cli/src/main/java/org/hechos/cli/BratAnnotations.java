package org.hechos.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.Measure;
import org.hechos.Modality;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/**
 * The brat standoff {@code .ann} of one document
 * (<a href="https://brat.nlplab.org/standoff.html">brat standoff format</a>):
 *
 * <pre>
 * T1	PERSON 63 76	Bui Thanh Son              entity mentions (names, descriptions, groups)
 * T5	VISIT 89 95	visita                     the trigger of a fact, typed by the fact
 * T9	Content 120 160	...                    the clause a fact carries
 * E1	VISIT:T5 Agent:T1 Target:T3 Time:T4    the fact as an event
 * A1	Modality E1 negated                    a modality other than asserted
 * </pre>
 *
 * <p>Offsets are Unicode code points of the original text (what brat and Python count), converted
 * from hechos's UTF-16 offsets with {@link CodePoints}; a text with emoji differs between the two.
 * The text after the offsets is the original slice. A span that crosses a line break is written
 * as fragments {@code b1 e1;b2 e2}, one per line, as brat requires, with the fragments' texts
 * joined by one space. Each argument is the entity's mention inside the fact's evidence (a name
 * before a description), else its first name; the omitted subject of a verb has no span of its own
 * and is not written.
 */
final class BratAnnotations {

  /** The brat type of a fact's content span. */
  static final String CONTENT = "Content";

  private final String text;
  private final CodePoints codePoints;
  private final Map<String, String> textBounds = new LinkedHashMap<>();
  private final List<String> lines = new ArrayList<>();

  private BratAnnotations(String text) {
    this.text = text;
    this.codePoints = new CodePoints(text);
  }

  static String of(Extraction x) {
    BratAnnotations ann = new BratAnnotations(x.original());
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        if (m.kind() != Mention.Kind.ZERO) {
          ann.textBound(m.type().name(), m.span());
        }
      }
    }
    int event = 0;
    int attribute = 0;
    List<String> events = new ArrayList<>();
    for (Fact f : x.facts()) {
      StringBuilder line = new StringBuilder("E").append(++event).append('\t')
          .append(f.type()).append(':').append(ann.textBound(f.type().name(), f.trigger().span()));
      argument(ann, line, "Agent", f.agent(), f.evidence());
      argument(ann, line, "Target", f.target(), f.evidence());
      f.content().ifPresent(c -> line.append(" Content:").append(ann.textBound(CONTENT, c.span())));
      f.date().ifPresent(d -> line.append(" Time:").append(ann.textBound(d.type().name(), d.span())));
      if (f instanceof Measure measure) {
        line.append(" Value:").append(ann.textBound(measure.value().type().name(), measure.value().span()));
      }
      events.add(line.toString());
      if (f.modality() != Modality.ASSERTED) {
        events.add("A" + ++attribute + "\tModality E" + event + " " + f.modality().name().toLowerCase(Locale.ROOT));
      }
    }
    ann.lines.addAll(events);
    return String.join("\n", ann.lines) + (ann.lines.isEmpty() ? "" : "\n");
  }

  private static void argument(BratAnnotations ann, StringBuilder line, String role, Optional<Entity> entity,
      Span evidence) {
    entity.flatMap(e -> mention(e, evidence))
        .ifPresent(m -> line.append(' ').append(role).append(':').append(ann.textBound(m.type().name(), m.span())));
  }

  /** The mention that stands for {@code e} in a fact read from {@code evidence}. */
  static Optional<Mention> mention(Entity e, Span evidence) {
    List<Mention> spanned = e.mentions().stream().filter(m -> m.kind() != Mention.Kind.ZERO).toList();
    return spanned.stream().filter(m -> m.kind() == Mention.Kind.NAME && evidence.contains(m.span())).findFirst()
        .or(() -> spanned.stream().filter(m -> evidence.contains(m.span())).findFirst())
        .or(() -> spanned.stream().filter(m -> m.kind() == Mention.Kind.NAME).findFirst())
        .or(() -> spanned.stream().findFirst());
  }

  /** The id of the T line for {@code type} over {@code span}, written on first use. */
  private String textBound(String type, Span span) {
    String key = type + " " + span.begin() + " " + span.end();
    String id = textBounds.get(key);
    if (id == null) {
      id = "T" + (textBounds.size() + 1);
      textBounds.put(key, id);
      lines.add(id + "\t" + type + " " + fragments(span));
    }
    return id;
  }

  /** {@code "b e\ttext"} in code points, cut at line breaks into {@code "b1 e1;b2 e2\ttext1 text2"}. */
  private String fragments(Span span) {
    List<String> offsets = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int begin = span.begin();
    while (begin < span.end()) {
      int end = begin;
      while (end < span.end() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (end > begin) {
        offsets.add(codePoints.of(begin) + " " + codePoints.of(end));
        texts.add(text.substring(begin, end));
      }
      begin = end + 1;
    }
    if (offsets.isEmpty()) { // a span of line breaks only: keep it, empty, at its start
      offsets.add(codePoints.of(span.begin()) + " " + codePoints.of(span.begin()));
    }
    return String.join(";", offsets) + "\t" + String.join(" ", texts);
  }
}
