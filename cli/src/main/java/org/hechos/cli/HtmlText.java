package org.hechos.cli;

import java.util.Arrays;
import java.util.Set;
import org.hechos.text.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * The text of an HTML page as a reader sees it, and where each of its characters stands in the
 * page. jsoup parses the page with source positions; the body's text nodes are read in order,
 * entities decoded, soft hyphens dropped; the head, scripts, styles and page furniture (navigation,
 * footers, asides, forms, buttons) are skipped; a block element or {@code <br>} starts
 * a new paragraph (a blank line, which is always a sentence boundary). Each character of the text
 * knows the range of the page it came from: one character for plain text, the whole entity for a
 * decoded entity ({@code &ntilde;} -> ñ), an empty range for an inserted line break.
 *
 * <pre>
 *   page: &lt;p&gt;Pe&amp;ntilde;a&lt;/p&gt;     text: "\n\nPeña\n\n"
 *         0  3 5       13 14               'ñ' comes from [5, 13), 'a' from [13, 14)
 * </pre>
 */
final class HtmlText {

  /** Elements whose content is no text a reader sees. */
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "svg",
      "iframe", "object", "nav", "footer", "aside", "form", "button");
  /** Invisible where the word is not broken ({@code &shy;}); left out so the word reads whole. */
  private static final char SOFT_HYPHEN = '\u00ad';
  /** An entity is at most this long ({@code &CounterClockwiseContourIntegral;} is 33). */
  private static final int LONGEST_ENTITY = 40;

  private final String text;
  private final int[] begin;
  private final int[] end;

  private HtmlText(String text, int[] begin, int[] end) {
    this.text = text;
    this.begin = begin;
    this.end = end;
  }

  static HtmlText of(String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Builder text = new Builder(html);
    page.body().filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          text.paragraph();
        } else if (node instanceof TextNode t) {
          text.add(t);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          text.paragraph();
        }
        return FilterResult.CONTINUE;
      }
    });
    return text.build();
  }

  String text() {
    return text;
  }

  /** The range of the page that {@code span} of the text was read from. */
  Span toPage(Span span) {
    if (span.begin() == span.end()) {
      int at = span.begin() < text.length() ? begin[span.begin()] : end(span.begin());
      return new Span(at, at);
    }
    return new Span(begin[span.begin()], end[span.end() - 1]);
  }

  private int end(int textOffset) {
    return textOffset == 0 ? 0 : end[textOffset - 1];
  }

  /** Collects the text and, per character, its range in the page. */
  private static final class Builder {
    private final String html;
    private final StringBuilder text = new StringBuilder();
    private int[] begin = new int[256];
    private int[] end = new int[256];
    /** Where the page has been read up to: inserted line breaks stand here. */
    private int position;

    Builder(String html) {
      this.html = html;
    }

    /** A blank line, unless the text is empty or already ends in one. */
    void paragraph() {
      while (text.length() > 0 && !(text.length() >= 2 && text.charAt(text.length() - 1) == '\n'
          && text.charAt(text.length() - 2) == '\n')) {
        append('\n', position, position);
      }
    }

    /**
     * The node's text, each character mapped into the page: the node's raw source is walked beside
     * its decoded text; an entity in the source gives the characters it decodes to.
     */
    void add(TextNode node) {
      String decoded = node.getWholeText();
      Range source = node.sourceRange();
      if (!source.isTracked()) {
        decoded.chars().forEach(c -> append((char) c, position, position));
        return;
      }
      int raw = source.start().pos();
      int rawEnd = source.end().pos();
      int k = 0;
      while (k < decoded.length()) {
        int entityEnd = raw < rawEnd && html.charAt(raw) == '&' ? entityEnd(raw, rawEnd, decoded, k) : -1;
        if (entityEnd > 0) {
          String value = Parser.unescapeEntities(html.substring(raw, entityEnd), false);
          for (int j = 0; j < value.length(); j++) {
            append(decoded.charAt(k++), raw, entityEnd);
          }
          raw = entityEnd;
        } else if (raw < rawEnd && html.charAt(raw) == '\r' && decoded.charAt(k) != '\r') {
          raw++;                                            // jsoup reads CR LF as LF
        } else if (raw < rawEnd) {
          append(decoded.charAt(k++), raw, raw + 1);
          raw++;
        } else {
          append(decoded.charAt(k++), rawEnd, rawEnd);       // more text than source: not seen so far
        }
      }
      position = Math.max(position, rawEnd);
    }

    /**
     * The end of the entity at {@code amp} if it decodes to what the text has at {@code k}; else -1.
     * An entity closed by {@code ;} first, then the shortest one without ({@code &copy2021}).
     */
    private int entityEnd(int amp, int rawEnd, String decoded, int k) {
      int limit = Math.min(rawEnd, amp + LONGEST_ENTITY);
      int semicolon = html.indexOf(';', amp);
      if (semicolon > amp && semicolon < limit && decodesAt(amp, semicolon + 1, decoded, k)) {
        return semicolon + 1;
      }
      for (int e = amp + 2; e <= limit; e++) {
        if (decodesAt(amp, e, decoded, k)) {
          return e;
        }
      }
      return -1;
    }

    private boolean decodesAt(int amp, int e, String decoded, int k) {
      String candidate = html.substring(amp, e);
      String value = Parser.unescapeEntities(candidate, false);
      return !value.equals(candidate) && decoded.startsWith(value, k);
    }

    private void append(char c, int pageBegin, int pageEnd) {
      if (c == SOFT_HYPHEN) {
        position = Math.max(position, pageEnd);
        return;
      }
      if (text.length() == begin.length) {
        begin = Arrays.copyOf(begin, begin.length * 2);
        end = Arrays.copyOf(end, end.length * 2);
      }
      begin[text.length()] = pageBegin;
      end[text.length()] = pageEnd;
      text.append(c);
      position = Math.max(position, pageEnd);
    }

    HtmlText build() {
      return new HtmlText(text.toString(), Arrays.copyOf(begin, text.length()), Arrays.copyOf(end, text.length()));
    }
  }
}
