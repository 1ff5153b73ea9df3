package org.hechos.cli;

import java.io.PrintStream;
import org.hechos.Content;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.text.Entity;
import org.hechos.text.Mention;

/** A readable table of the facts of one document. */
final class PrettyView {

  private PrettyView() {}

  static void print(String source, Extraction x, PrintStream out) {
    out.println("== " + source + ": " + x.facts().size() + " facts, " + x.entities().size() + " entities");
    out.printf("%-13s %-28s %-28s %-10s %s%n", "TYPE", "AGENT", "TARGET", "TRIGGER", "CONTENT / DATE");
    for (Fact f : x.facts()) {
      String content = f.content().map(Content::text).orElse("");
      if (content.length() > 70) {
        content = content.substring(0, 67) + "...";
      }
      String date = f.date().map(Mention::text).map(d -> " [" + d + "]").orElse("");
      String modality = f.modality() == org.hechos.Modality.ASSERTED ? "" : " (" + f.modality() + ")";
      out.printf("%-13s %-28s %-28s %-10s %s%s%s%n", f.type(), cut(f.agent().map(Entity::canonical).orElse("-")),
          cut(f.target().map(Entity::canonical).orElse("-")), f.trigger().text(), content, date, modality);
    }
    out.println();
  }

  private static String cut(String s) {
    return s.length() > 28 ? s.substring(0, 25) + "..." : s;
  }
}
