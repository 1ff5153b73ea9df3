package org.hechos.models.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link FastParser} on the UD AnCora test set from gold words, with floors just under what the
 * shipped model scores (UPOS 97.59, UAS 86.44, LAS 81.17; see models/README.md); skipped when the
 * treebank is absent.
 */
class FastParserEvaluationTest {

  @Test
  void scoresAtLeastItsFloorsOnAncoraTest() {
    var gold = AncoraTestSet.readOrSkip();
    AttachmentScores scores = ParserEvaluation.evaluate(FastParser.load(), gold);
    assertThat(scores.upos()).as(scores.toString()).isGreaterThan(97.3);
    assertThat(scores.uas()).as(scores.toString()).isGreaterThan(86.2);
    assertThat(scores.las()).as(scores.toString()).isGreaterThan(80.9);
  }
}
