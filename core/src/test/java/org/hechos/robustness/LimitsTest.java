package org.hechos.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.hechos.Extraction;
import org.hechos.Limits;
import org.hechos.Pipeline;
import org.hechos.text.Sentence;
import org.junit.jupiter.api.Test;

/** Input and sentence limits: defaults, a clear error past the input limit, chunked sentences. */
class LimitsTest {

  @Test
  void defaultsAreOneMillionCharsAndFiveHundredTokens() {
    assertThat(Corpus.PIPELINE.limits()).isEqualTo(Limits.DEFAULT);
    assertThat(Limits.DEFAULT.maxInputChars()).isEqualTo(1_000_000);
    assertThat(Limits.DEFAULT.maxSentenceTokens()).isEqualTo(500);
  }

  @Test
  void inputOverTheLimitIsRejectedNamingTheLimit() {
    String text = "a".repeat(Limits.DEFAULT_MAX_INPUT_CHARS + 1);

    assertThatThrownBy(() -> Corpus.PIPELINE.extract(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInputChars")
        .hasMessageContaining("1000001");
  }

  @Test
  void inputAtTheLimitIsAccepted() {
    String text = ("Pérez visitó Chile. ").repeat(50);
    Pipeline small = Pipeline.of(Corpus.PIPELINE.stages(), Limits.DEFAULT.withMaxInputChars(text.length()));

    assertThat(small.extract(text).sentences()).hasSize(50);
    assertThatThrownBy(() -> small.extract(text + " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputChars " + text.length());
  }

  @Test
  void tenMegabytesOfOneWordIsRejectedAtOnce() {
    String word = "realizóuna".repeat(1_000_000);

    long start = System.nanoTime();
    assertThatThrownBy(() -> Corpus.PIPELINE.extract(word)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void oneMegabyteWordUnderTheLimitIsProcessedQuickly() {
    String word = "Chile".repeat(199_999) + "x"; // 1,000,000 chars, no space

    long start = System.nanoTime();
    Extraction x = Corpus.PIPELINE.extract(word);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    Invariants.check(word, x);
    assertThat(x.sentences()).singleElement().satisfies(s -> assertThat(s.tokens()).hasSize(1));
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void fiveThousandTokenSentenceIsCutIntoChunksOfAtMostTheLimit() {
    String sentence = longSentence(5_000);

    long start = System.nanoTime();
    Extraction x = Corpus.PIPELINE.extract(sentence);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    Invariants.check(sentence, x);
    assertThat(x.sentences()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(x.sentences()).allSatisfy(s -> assertThat(s.tokens()).hasSizeLessThanOrEqualTo(500));
    assertThat(x.sentences().stream().mapToInt(s -> s.tokens().size()).sum()).isGreaterThanOrEqualTo(5_000);
    assertThat(x.entities()).extracting(e -> e.canonical()).contains("Ana Pérez");
    assertThat(took).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void chunksEndAfterACommaWhereThereIsOne() {
    String sentence = longSentence(1_200);
    Pipeline narrow = Pipeline.spanish(Limits.DEFAULT.withMaxSentenceTokens(50));

    Extraction x = narrow.extract(sentence);

    List<Sentence> chunks = x.sentences();
    assertThat(chunks).allSatisfy(s -> assertThat(s.tokens()).hasSizeLessThanOrEqualTo(50));
    assertThat(chunks.subList(0, chunks.size() - 1))
        .allSatisfy(s -> assertThat(s.tokens().get(s.tokens().size() - 1).text()).isEqualTo(","));
    Invariants.check(sentence, x);
  }

  @Test
  void limitsRejectNonsense() {
    assertThatThrownBy(() -> new Limits(0, 500)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInputChars");
    assertThatThrownBy(() -> new Limits(10, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxSentenceTokens");
  }

  /**
   * One sentence of about {@code tokens} tokens: clauses of 12 tokens joined by commas, no period
   * until the end.
   */
  static String longSentence(int tokens) {
    String[] clauses = {
      "la canciller Ana Pérez se reunió con el ministro Bui Thanh Son en Hanoi",
      "ambas partes acordaron ampliar el comercio bilateral en los próximos años",
      "el presidente Nguyen Van Hai propuso crear un fondo común de inversión",
      "y la delegación de Chile visitó la provincia de Quang Ninh el 3 de mayo"
    };
    StringBuilder out = new StringBuilder("En Hanoi");
    int count = 2;
    for (int i = 0; count < tokens; i++) {
      String clause = clauses[i % clauses.length];
      out.append(", ").append(clause);
      count += clause.split(" ").length + 1;
    }
    return out.append('.').toString();
  }
}
