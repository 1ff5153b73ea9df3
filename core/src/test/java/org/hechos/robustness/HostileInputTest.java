package org.hechos.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.hechos.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of text a library on someone's server meets. Each gives an extraction (often empty)
 * whose spans fit the input; only null is an error.
 */
class HostileInputTest {

  private static final String ARTICLE = Corpus.seeds().get(0);

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("whitespace only", " \n\t\r\u00a0\u2003\u3000 "),
        Arguments.of("one letter", "a"),
        Arguments.of("one capital with accent", "É"),
        Arguments.of("one period", "."),
        Arguments.of("one emoji", "😀"),
        Arguments.of("lone high surrogate", "\uD83D"),
        Arguments.of("random bytes decoded as UTF-8", randomBytesAsUtf8(20_000, 7)),
        Arguments.of("random chars of every plane", randomChars(5_000, 11)),
        Arguments.of("HTML with tags and entities", html()),
        Arguments.of("emoji between words", Corpus.varied().get(5)),
        Arguments.of("combining accents (NFD)", Normalizer.normalize(ARTICLE, Normalizer.Form.NFD)),
        Arguments.of("unpaired surrogates", withSurrogates(ARTICLE)),
        Arguments.of("all caps", ARTICLE.toUpperCase(Locale.ROOT)),
        Arguments.of("all lowercase", ARTICLE.toLowerCase(Locale.ROOT)),
        Arguments.of("English", Corpus.varied().get(7)),
        Arguments.of("Vietnamese", Corpus.varied().get(8)),
        Arguments.of("Russian in Cyrillic", Corpus.varied().get(9)),
        Arguments.of("control characters", withControls(ARTICLE)),
        Arguments.of("only punctuation", ".,;:!?¿¡«»\"'()[]{}—-/\\".repeat(200)),
        Arguments.of("only digits and separators", "1.000,5 2,6 3.4.5 ".repeat(300)),
        Arguments.of("no line breaks, no periods", ARTICLE.replaceAll("[.\n]", " ")),
        Arguments.of("every word glued", ARTICLE.replace(" ", "")),
        Arguments.of("CRLF line ends", ARTICLE.replace("\n", "\r\n")),
        Arguments.of("tabs and NBSP for spaces", ARTICLE.replace(" ", "\t").replace(",", ",\u00a0")),
        Arguments.of("page furniture only", "Compartir\nImprimir\nVolver arriba\n".repeat(50)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void hostileInputGivesAnExtractionWhoseSpansFitTheInput(String name, String text) {
    Extraction x = Corpus.PIPELINE.extract(text);

    Invariants.check(text, x);
  }

  @Test
  void nullTextIsRejectedNamingTheArgument() {
    assertThatThrownBy(() -> Corpus.PIPELINE.extract(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void blankTextGivesAnEmptyExtraction() {
    for (String blank : new String[] {"", " ", "\n\n\t"}) {
      Extraction x = Corpus.PIPELINE.extract(blank);

      assertThat(x.facts()).isEmpty();
      assertThat(x.entities()).isEmpty();
      assertThat(x.sentences()).isEmpty();
    }
  }

  @Test
  void allCapsAndLowercaseArticlesStillGiveSentences() {
    assertThat(Corpus.PIPELINE.extract(ARTICLE.toUpperCase(Locale.ROOT)).sentences()).isNotEmpty();
    assertThat(Corpus.PIPELINE.extract(ARTICLE.toLowerCase(Locale.ROOT)).sentences()).isNotEmpty();
  }

  @Test
  void controlCharactersDoNotHideTheEntitiesAroundThem() {
    String text = Corpus.varied().get(10);

    Extraction x = Corpus.PIPELINE.extract(text);

    Invariants.check(text, x);
    assertThat(x.entities()).extracting(e -> e.canonical()).contains("Chile");
  }

  static String randomBytesAsUtf8(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return new String(bytes, StandardCharsets.UTF_8); // malformed sequences become U+FFFD
  }

  /** Random UTF-16 code units, unpaired surrogates included. */
  static String randomChars(int length, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(random.nextInt(4) == 0 ? ' ' : (char) random.nextInt(0x10000));
    }
    return out.toString();
  }

  private static String html() {
    return "<!DOCTYPE html><html><head><title>VNA</title><script>var a = \"<b>\";</script></head><body>"
        + "<h1>Vietnam&nbsp;y Rusia</h1><p class=\"lead\">El ministro <a href=\"/x?a=1&amp;b=2\">Bui Thanh Son</a>"
        + " realiz&oacute; una visita oficial a Rusia&#44; invitado por Sergei Lavrov&#x2E;</p>"
        + "<br/><div>&lt;Compartir&gt; &copy; 2024 &#128512;</div></body></html>";
  }

  /** Puts lone surrogates inside words, before names and at the end. */
  private static String withSurrogates(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i));
      if (i % 37 == 5) {
        out.append('\uD83D');
      } else if (i % 41 == 9) {
        out.append('\uDE00');
      }
    }
    return out.append('\uD800').toString();
  }

  /** Every C0 and C1 control character, spread through the text. */
  private static String withControls(String text) {
    StringBuilder out = new StringBuilder();
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i));
      if (i % 13 == 0) {
        int c = control++ % 65;
        out.append((char) (c < 32 ? c : c == 32 ? 0x7f : 0x80 + c - 33));
      }
    }
    return out.toString();
  }
}
