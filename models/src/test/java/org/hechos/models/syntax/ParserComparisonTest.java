package org.hechos.models.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * CoreNLP's tagger and parser and {@link FastParser} on the AnCora test set, scored by {@link
 * ParserEvaluation} in one run, with their load times; prints both. CoreNLP takes about 20 s to
 * parse it, so this runs only with {@code -Dhechos.syntax.compare=true}.
 */
@EnabledIfSystemProperty(named = "hechos.syntax.compare", matches = "true")
class ParserComparisonTest {

  @Test
  void comparesFastParserWithCoreNlpOnAncoraTest() {
    var gold = AncoraTestSet.readOrSkip();
    long start = System.nanoTime();
    FastParser fast = FastParser.load();
    long fastLoad = System.nanoTime() - start;
    start = System.nanoTime();
    CoreNlpParser coreNlp = CoreNlpParser.load();
    long coreNlpLoad = System.nanoTime() - start;
    ParserEvaluation.evaluate(fast, gold.subList(0, 200));
    AttachmentScores fastScores = ParserEvaluation.evaluate(fast, gold);
    AttachmentScores coreNlpScores = ParserEvaluation.evaluate(coreNlp, gold);
    System.out.printf("FastParser (load %.2f s): %s%nCoreNLP    (load %.2f s): %s%n",
        fastLoad / 1e9, fastScores, coreNlpLoad / 1e9, coreNlpScores);
    assertThat(coreNlpScores.uas()).isGreaterThan(88.0);
    assertThat(coreNlpScores.las()).isGreaterThan(83.5);
  }
}
