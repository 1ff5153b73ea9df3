package org.hechos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hechos.Extraction;
import org.hechos.text.EntityType;

/**
 * One self-contained HTML page for all documents: styles and script inline, no network access.
 * The style sheet and script are the resources {@code view.css} and {@code view.js}, read when the
 * sink is made.
 */
final class HtmlSink implements Sink {

  private final PrintStream out;
  private final String css;
  private final String js;
  private int documents;

  HtmlSink(PrintStream out) {
    this.out = out;
    this.css = resource("view.css");
    this.js = resource("view.js");
  }

  @Override
  public void begin() {
    out.print("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"generator\" content=\"hechos\">\n<title>hechos</title>\n<style>\n" + css + "</style>\n"
        + "</head>\n<body>\n<header>\n<h1>hechos: facts read from the text</h1>\n<div class=\"legend\">");
    for (EntityType type : EntityType.values()) {
      out.print("<span class=\"ent t-" + type + "\" data-label=\"" + HtmlDocument.label(type) + "\">"
          + type.name().toLowerCase(java.util.Locale.ROOT) + "</span>");
    }
    out.print("<span class=\"nom\">description</span><span class=\"glued\">glued words repaired</span>"
        + "<span class=\"noise\">noise line dropped</span><span class=\"muted\">click a fact to see its evidence, "
        + "<span class=\"key-agent\">agent</span> and <span class=\"key-target\">target</span></span>");
    out.print("</div>\n</header>\n<main>\n");
  }

  @Override
  public void write(String source, Extraction x) {
    out.print(HtmlDocument.section(documents++, source, x));
  }

  @Override
  public void end() {
    out.print("</main>\n<script>\n" + js + "</script>\n</body>\n</html>\n");
    out.flush();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlSink.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/hechos/cli/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
