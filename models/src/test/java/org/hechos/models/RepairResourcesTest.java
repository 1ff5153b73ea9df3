package org.hechos.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The shipped repair resources load; malformed rows are rejected with file and line. */
class RepairResourcesTest {

  @Test
  void shippedWordCountsLoadWithTensOfThousandsOfWords() {
    WordFrequencies counts = WordFrequencies.load();

    assertThat(counts.size()).isGreaterThan(30_000);
    assertThat(counts.total()).isGreaterThan(400_000);
    assertThat(counts.count("de")).isGreaterThan(counts.count("ministro"));
    assertThat(counts.count("De")).isEqualTo(counts.count("de"));
    assertThat(counts.count("sobre", "todo")).isGreaterThan(10);
    assertThat(counts.count("todo", "sobre")).isLessThan(counts.count("sobre", "todo"));
  }

  @Test
  void wordCountsReadSmallFilesAndRejectMalformedRows() {
    WordFrequencies counts = WordFrequencies.load("test_counts_ok.tsv");
    assertThat(counts.total()).isEqualTo(15);
    assertThat(counts.count("de", "la")).isEqualTo(3);

    assertThatThrownBy(() -> WordFrequencies.load("test_counts_spaces.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessageContaining("test_counts_spaces.tsv:3:")
        .hasMessageContaining("spaces instead of tabs");
    assertThatThrownBy(() -> WordFrequencies.load("test_counts_number.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessageContaining("test_counts_number.tsv:2: count must be a positive integer");
    assertThatThrownBy(() -> WordFrequencies.load("missing.tsv.gz"))
        .isInstanceOf(RuleFormatException.class).hasMessageContaining("not found");
  }

  @Test
  void shippedNoiseRulesMarkPageFurnitureAndNotSentences() {
    NoiseRules rules = NoiseRules.load();

    assertThat(rules.match("  Feedback ")).isPresent();
    assertThat(rules.match("Facebook | Twitter | Imprimir")).isPresent();
    assertThat(rules.match("(Foto: VNA)")).isPresent();
    assertThat(rules.match("Compartir experiencias fue el objetivo del encuentro.")).isEmpty();
    assertThat(rules.match("Twitter anunció cambios en su política.")).isEmpty();
    assertThat(rules.match("")).isEmpty();
  }

  @Test
  void shippedNoiseRulesFindCaptionMarkersAndShareButtonsInsideALine() {
    NoiseRules rules = NoiseRules.load();
    String line = "La cumbre terminó. Chia sẻ La cumbre de Hanoi - ảnh 1 El foro sigue.";

    assertThat(rules.segments(line)).extracting(s -> line.substring(s.begin(), s.end()), s -> s.rule().kind())
        .containsExactly(tuple("Chia sẻ", NoiseRules.Kind.SEGMENT), tuple(" - ảnh 1", NoiseRules.Kind.CAPTION));
    assertThat(rules.match(line)).isEmpty();
    assertThat(rules.segments("Compartir y chiar servicios.")).isEmpty();
  }

  @Test
  void noiseRulesRejectUnknownKindsAndBadExpressions() {
    assertThatThrownBy(() -> NoiseRules.load("test_noise_kind.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessage("test_noise_kind.tsv:2: unknown kind 'button' (known: line, regex, caption, segment, credit)");
    assertThatThrownBy(() -> NoiseRules.load("test_noise_regex.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessageStartingWith("test_noise_regex.tsv:1: bad regular expression");
  }

  @Test
  void shippedLineRulesKnowDatelinesAndContinuationWords() {
    LineRules rules = LineRules.load();

    assertThat(rules.opensWithDateline("(AGENCIA) - El ministro llegó.")).isTrue();
    assertThat(rules.opensWithDateline("Lima, 3 may (EFE).- El ministro llegó.")).isTrue();
    assertThat(rules.opensWithDateline("Quito (ANDES) El ministro llegó.")).isTrue();
    assertThat(rules.opensWithDateline("Ciudad de Panamá, Panamá.- El ministro llegó.")).isTrue();
    assertThat(rules.opensWithDateline("El ministro (centro) llegó a Lima.")).isFalse();
    assertThat(rules.isContinuation("de")).isTrue();
    assertThat(rules.isContinuation(",")).isTrue();
    assertThat(rules.isContinuation("Lima")).isFalse();
  }

  @Test
  void lineRulesRejectUnknownKindsAndCapitalizedContinuations() {
    assertThatThrownBy(() -> LineRules.load("test_lines_kind.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessage("test_lines_kind.tsv:2: unknown kind 'headline' (known: dateline, lost-break, continuation)");
    assertThatThrownBy(() -> LineRules.load("test_lines_word.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessage("test_lines_word.tsv:1: a continuation is one lowercase word or mark: 'De'");
  }

  @Test
  void shippedContextSplitsSplitSobretodoBeforeAnArticle() {
    ContextSplits splits = ContextSplits.load();

    assertThat(splits.rule("sobretodo")).hasValueSatisfying(rule -> {
      assertThat(rule.splitAt()).isEqualTo(5);
      assertThat(rule.next().test(EnumSet.of(ContextSplits.WordClass.DET))).isTrue();
      assertThat(rule.previous().test(EnumSet.of(ContextSplits.WordClass.DET))).isFalse();
    });
    assertThat(splits.rule("ministro")).isEmpty();
  }

  @Test
  void contextSplitsRejectUnknownClassesAndSplitsThatChangeTheWord() {
    assertThatThrownBy(() -> ContextSplits.load("test_context_class.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessageStartingWith("test_context_class.tsv:1: unknown word class 'NAMES'");
    assertThatThrownBy(() -> ContextSplits.load("test_context_split.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessageContaining("must be 'sobretodo' with one space inside");
  }

  @Test
  void shippedNameParticlesKnowGermanPortugueseAndArabicParticlesInAnyCase() {
    NameParticles particles = NameParticles.load();

    assertThat(particles.contains("von")).isTrue();
    assertThat(particles.contains("Da")).isTrue();
    assertThat(particles.contains("bin")).isTrue();
    assertThat(particles.contains("Leyen")).isFalse();
  }

  @Test
  void nameParticlesRejectCapitalsAndUnknownLanguageCodes() {
    assertThatThrownBy(() -> NameParticles.load("test_particles_case.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessage("test_particles_case.tsv:3: particle 'Van' must be lowercase letters");
    assertThatThrownBy(() -> NameParticles.load("test_particles_language.tsv"))
        .isInstanceOf(RuleFormatException.class)
        .hasMessageStartingWith("test_particles_language.tsv:3: language 'German' is no ISO 639-1 code");
  }

  @Test
  void lexiconTellsFormsAsWrittenFromLowercasedOnes() {
    SpanishLexicon lexicon = SpanishLexicon.load();

    assertThat(lexicon.frequencyClassAsWritten("Lavrov")).isPositive();
    assertThat(lexicon.frequencyClassAsWritten("lavrov")).isZero();
    assertThat(lexicon.frequencyClassAsWritten("Ambos")).isZero();
    assertThat(lexicon.frequencyClass("Ambos")).isPositive();
    assertThat(lexicon.frequencyClassAsWritten("")).isZero();
  }
}
