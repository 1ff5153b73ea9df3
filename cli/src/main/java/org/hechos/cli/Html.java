package org.hechos.cli;

/** Escaping for HTML text and attribute values. */
final class Html {

  private Html() {}

  /**
   * Escapes {@code s} for use as element text or as a double- or single-quoted attribute value.
   * A carriage return becomes {@code &#13;}: the HTML parser would otherwise normalize
   * {@code \r\n} to {@code \n} and shift every offset after it.
   */
  static String escape(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escape(s, 0, s.length(), out);
    return out.toString();
  }

  static void escape(CharSequence s, int begin, int end, StringBuilder out) {
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }
}
