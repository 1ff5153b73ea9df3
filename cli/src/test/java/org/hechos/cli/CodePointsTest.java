package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void countsASurrogatePairAsOneCodePoint() {
    //   UTF-16:  S0 o1 n2 _3 hi4 lo5 _6 L7
    //   points:  S0 o1 n2 _3 🤝4     _5 L6
    String text = "Son 🤝 Lavrov";
    CodePoints cp = new CodePoints(text);
    assertThat(cp.of(0)).isZero();
    assertThat(cp.of(4)).isEqualTo(4);
    assertThat(cp.of(6)).isEqualTo(5);
    assertThat(cp.of(7)).isEqualTo(6);
    assertThat(cp.of(text.length())).isEqualTo(text.codePointCount(0, text.length()));
  }

  @Test
  void agreesWithCodePointCountEverywhereOutsidePairs() {
    String text = Corpus.EMOJI_TEXT;
    CodePoints cp = new CodePoints(text);
    for (int i = 0; i <= text.length(); i++) {
      if (i == 0 || i == text.length() || !Character.isLowSurrogate(text.charAt(i))) {
        assertThat(cp.of(i)).as("offset %d", i).isEqualTo(text.codePointCount(0, i));
      }
    }
  }
}
