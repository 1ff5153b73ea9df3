package org.hechos.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import org.hechos.Content;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Sentence;
import org.hechos.text.Span;
import org.hechos.text.Token;

/**
 * What must hold for any extraction, whatever the input: every span lies inside the input, and
 * every mention's span reads the mention's text in the input, up to the spaces repair inserted
 * between glued words and the line breaks inside a sentence it made spaces.
 */
final class Invariants {

  private Invariants() {}

  static void check(String text, Extraction x) {
    assertThat(x.original()).isSameAs(text);
    for (Sentence s : x.sentences()) {
      inside(text, s.span(), "sentence " + s.index());
      for (Token t : s.tokens()) {
        inside(text, t.span(), "token " + t.text());
        assertThat(t.cleanBegin()).isBetween(0, x.repairedText().length());
        assertThat(t.cleanEnd()).isBetween(t.cleanBegin(), x.repairedText().length());
      }
    }
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        mention(text, m);
      }
    }
    for (Fact f : x.facts()) {
      inside(text, f.evidence(), f.type() + " evidence");
      inside(text, f.trigger().span(), f.type() + " trigger");
      assertThat(f.evidence().contains(f.trigger().span()))
          .as("%s trigger %s inside evidence %s", f.type(), f.trigger().span(), f.evidence()).isTrue();
      f.agent().ifPresent(e -> e.mentions().forEach(m -> mention(text, m)));
      f.target().ifPresent(e -> e.mentions().forEach(m -> mention(text, m)));
      f.date().ifPresent(m -> mention(text, m));
      f.content().map(Content::span).ifPresent(s -> inside(text, s, f.type() + " content"));
    }
  }

  private static void mention(String text, Mention m) {
    inside(text, m.span(), "mention " + m.text());
    if (m.kind() == Mention.Kind.ZERO) {
      return; // an omitted subject: its span is the verb's, its text a description
    }
    assertThat(withoutSpaces(m.span().in(text)))
        .as("mention %s at %s", m.text(), m.span()).isEqualTo(withoutSpaces(m.text()));
  }

  private static void inside(String text, Span span, String what) {
    assertThat(span.end()).as("%s %s inside text of %d chars", what, span, text.length())
        .isLessThanOrEqualTo(text.length());
  }

  static String withoutSpaces(String s) {
    return s.replaceAll("\\s", "");
  }
}
