package org.hechos.models.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * CoreNLP's tagger and parser on the AnCora test set, scored by {@link ParserEvaluation} (about 20
 * s of parsing, so only with {@code -Dhechos.syntax.compare=true}); prints its scores and speed.
 */
@EnabledIfSystemProperty(named = "hechos.syntax.compare", matches = "true")
class CoreNlpParserEvaluationTest {

  @Test
  void scoresAboutAsPublishedOnAncoraTest() {
    var gold = AncoraTestSet.readOrSkip();
    AttachmentScores scores = ParserEvaluation.evaluate(CoreNlpParser.load(), gold);
    System.out.println("CoreNLP on AnCora test: " + scores);
    assertThat(scores.uas()).isGreaterThan(88.0);
    assertThat(scores.las()).isGreaterThan(83.5);
  }
}
