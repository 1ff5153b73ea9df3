package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hechos.text.Span;
import org.junit.jupiter.api.Test;

class MarkupTest {

  private static Markup.Range range(int b, int e, int rank, String tag) {
    return new Markup.Range(new Span(b, e), rank, "<" + tag + ">", "</" + tag + ">");
  }

  @Test
  void nestsInnerRangesInsideOuterOnes() {
    //            0         1
    //            0123456789012345678
    String text = "en Rusia y Vietnam";
    String html = Markup.render(text, List.of(range(3, 8, 2, "n"), range(0, 18, 1, "s"), range(11, 18, 2, "n")));
    assertThat(html).isEqualTo("<s>en <n>Rusia</n> y <n>Vietnam</n></s>");
  }

  @Test
  void cutsAnInnerRangeThatCrossesAnOuterBoundary() {
    //            0123456789012345
    String text = "en Rusiavivan, y";
    // name "Rusia" [3, 8) is outer; the glued edit "Rusiavivan" [3, 13) crosses its end
    String html = Markup.render(text, List.of(range(3, 13, 4, "g"), range(3, 8, 2, "n")));
    assertThat(html).isEqualTo("en <n><g>Rusia</g></n><g>vivan</g>, y");
  }

  @Test
  void cutsAnInnerRangeAroundAWholeOuterOne() {
    String text = "abcdefgh";
    String html = Markup.render(text, List.of(range(0, 8, 3, "i"), range(2, 4, 1, "o")));
    assertThat(html).isEqualTo("<i>ab</i><o><i>cd</i></o><i>efgh</i>");
  }

  @Test
  void escapesTextAndKeepsCarriageReturns() {
    String text = "<b>\"Tom\" & 'Jerry'</b>\r\nfin";
    String html = Markup.render(text, List.of(range(3, 8, 1, "x")));
    assertThat(html).isEqualTo("&lt;b&gt;<x>&quot;Tom&quot;</x> &amp; &#39;Jerry&#39;&lt;/b&gt;&#13;\nfin");
  }

  @Test
  void slicesSurrogatePairsWhole() {
    String text = "A 🤝 B";
    String html = Markup.render(text, List.of(range(2, 4, 1, "e")));
    assertThat(html).isEqualTo("A <e>🤝</e> B");
  }
}
