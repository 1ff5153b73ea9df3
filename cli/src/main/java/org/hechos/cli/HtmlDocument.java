package org.hechos.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hechos.Content;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.Modality;
import org.hechos.text.Edit;
import org.hechos.text.Entity;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/**
 * The HTML section of one document: its ORIGINAL text with marks, then its facts table.
 *
 * <p>Marks, outermost first: dropped noise lines ({@code .noise}), fact evidence ({@code .ev}),
 * entity names ({@code .ent}, one per JSON entity), descriptions and groups ({@code .nom}),
 * repaired glued words ({@code .glued}) and triggers ({@code .trg}). Every mark that a fact row
 * can highlight carries {@code data-b}/{@code data-end}: UTF-16 offsets into the original text,
 * the unit of JavaScript strings, so {@code text.substring(b, end)} in the browser is the mark's text.
 * A mark cut in pieces (see {@link Markup}) repeats its attributes on each piece; {@code data-m}
 * numbers entity mentions so pieces of one can be counted once.
 */
final class HtmlDocument {

  private static final int NOISE = 0;
  private static final int EVIDENCE = 1;
  private static final int NAME = 2;
  private static final int NOMINAL = 3;
  private static final int GLUED = 4;
  private static final int TRIGGER = 5;

  private HtmlDocument() {}

  static String section(int index, String source, Extraction x) {
    StringBuilder out = new StringBuilder(x.original().length() * 3);
    out.append("<section class=\"doc\" data-doc=\"").append(index).append("\">\n<h2>")
        .append(Html.escape(source)).append("</h2>\n<p class=\"muted\">")
        .append(x.facts().size()).append(" facts, ").append(nameCount(x)).append(" entity names, ")
        .append(x.edits().size()).append(" repairs</p>\n<div class=\"text\">")
        .append(Markup.render(x.original(), ranges(x))).append("</div>\n");
    facts(x, out);
    out.append("</section>\n");
    return out.toString();
  }

  static List<Markup.Range> ranges(Extraction x) {
    List<Markup.Range> ranges = new ArrayList<>();
    for (Edit edit : x.edits()) {
      if (edit.kind() == Edit.Kind.NOISE) {
        ranges.add(new Markup.Range(edit.span(), NOISE,
            "<span class=\"noise\" title=\"dropped as noise: not read for facts\">", "</span>"));
      } else {
        String title = "glued words: \u00ab" + edit.original() + "\u00bb read as \u00ab" + edit.replacement() + "\u00bb";
        ranges.add(new Markup.Range(edit.span(), GLUED,
            "<span class=\"glued\" title=\"" + Html.escape(title) + "\">", "</span>"));
      }
    }
    Set<Span> evidence = new LinkedHashSet<>();
    Set<Span> triggers = new LinkedHashSet<>();
    for (Fact f : x.facts()) {
      evidence.add(f.evidence());
      triggers.add(f.trigger().span());
    }
    for (Span s : evidence) {
      ranges.add(new Markup.Range(s, EVIDENCE, "<span class=\"ev\"" + offsets(s) + ">", "</span>"));
    }
    for (Span s : triggers) {
      ranges.add(new Markup.Range(s, TRIGGER, "<span class=\"trg\"" + offsets(s) + ">", "</span>"));
    }
    int m = 0;
    for (Entity e : x.entities()) {
      for (Mention mention : e.mentions()) {
        if (mention.kind() == Mention.Kind.NAME) {
          String title = mention.type() + mention.subtype().map(s -> " (" + s + ")").orElse("")
              + " \u00b7 " + e.canonical() + mention.normalized().map(v -> " = " + v).orElse("");
          ranges.add(new Markup.Range(mention.span(), NAME,
              "<span class=\"ent t-" + mention.type() + "\" data-m=\"" + m++ + "\" data-entity=\"" + e.id() + "\""
                  + offsets(mention.span()) + " data-label=\"" + label(mention.type()) + "\" title=\""
                  + Html.escape(title) + "\">", "</span>"));
        } else if (mention.kind() != Mention.Kind.ZERO) {
          ranges.add(new Markup.Range(mention.span(), NOMINAL,
              "<span class=\"nom\" data-entity=\"" + e.id() + "\"" + offsets(mention.span()) + " title=\""
                  + Html.escape(mention.kind().name().toLowerCase(Locale.ROOT) + " \u2192 " + e.canonical()) + "\">",
              "</span>"));
        }
      }
    }
    return ranges;
  }

  /** The short label shown after a name, like displaCy's. */
  static String label(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case NUMBER -> "NUM";
      default -> type.name();
    };
  }

  private static long nameCount(Extraction x) {
    return x.entities().stream().flatMap(e -> e.mentions().stream())
        .filter(m -> m.kind() == Mention.Kind.NAME).count();
  }

  private static void facts(Extraction x, StringBuilder out) {
    out.append("<table class=\"facts\">\n<thead><tr><th>#</th><th>type</th><th>agent</th><th>target</th>"
        + "<th>trigger</th><th>content</th><th>date</th><th>modality</th></tr></thead>\n<tbody>\n");
    int n = 1;
    for (Fact f : x.facts()) {
      out.append("<tr class=\"fact\" data-evb=\"").append(f.evidence().begin())
          .append("\" data-eve=\"").append(f.evidence().end())
          .append("\" data-trb=\"").append(f.trigger().span().begin())
          .append("\" data-tre=\"").append(f.trigger().span().end())
          .append("\" data-agent=\"").append(f.agent().map(e -> String.valueOf(e.id())).orElse(""))
          .append("\" data-target=\"").append(f.target().map(e -> String.valueOf(e.id())).orElse(""))
          .append("\">");
      cell(out, String.valueOf(n++), "");
      cell(out, f.type().name(), "");
      cell(out, f.agent().map(Entity::canonical).orElse(""), "key-agent");
      cell(out, f.target().map(Entity::canonical).orElse(""), "key-target");
      cell(out, f.trigger().text(), "");
      cell(out, f.content().map(Content::text).orElse(""), "");
      cell(out, f.date().map(d -> d.text() + d.normalized().map(v -> " (" + v + ")").orElse("")).orElse(""), "");
      cell(out, f.modality() == Modality.ASSERTED ? "" : f.modality().name().toLowerCase(Locale.ROOT), "");
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void cell(StringBuilder out, String text, String cls) {
    out.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">").append(Html.escape(text)).append("</td>");
  }

  private static String offsets(Span s) {
    return " data-b=\"" + s.begin() + "\" data-end=\"" + s.end() + "\"";
  }

}
