package org.hechos.cli;

/**
 * Converts UTF-16 offsets of one text (Java's unit, the unit of {@code Span}) to Unicode code point
 * offsets (the unit of brat and of Python's {@code str}). An emoji such as U+1F91D is two UTF-16
 * units but one code point:
 *
 * <pre>
 *   text       "Son 🤝 Lavrov"
 *   UTF-16     S0 o1 n2 _3 \uD83E4 \uDD1D5 _6 L7 ...
 *   code point S0 o1 n2 _3 🤝4 _5 L6 ...
 * </pre>
 */
final class CodePoints {

  private final int[] atUtf16;

  CodePoints(String text) {
    int n = text.length();
    atUtf16 = new int[n + 1];
    int cp = 0;
    for (int i = 0; i < n; i++) {
      atUtf16[i] = cp;
      boolean pairStart = Character.isHighSurrogate(text.charAt(i)) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (!pairStart) {
        cp++; // a pair counts once, at its low half
      }
    }
    atUtf16[n] = cp;
  }

  /** The code point offset of UTF-16 offset {@code utf16} (0..length). */
  int of(int utf16) {
    return atUtf16[utf16];
  }
}
