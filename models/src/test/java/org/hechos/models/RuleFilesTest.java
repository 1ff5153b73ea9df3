package org.hechos.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleFilesTest {

  @Test
  void malformedRowIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> TsvResource.load("broken-for-test.tsv", 2, 2))
        .isInstanceOf(RuleFormatException.class)
        .hasMessage("broken-for-test.tsv:3: 1 column(s), expected 2 (spaces instead of tabs?)");
  }

  @Test
  void missingFileIsReportedByName() {
    assertThatThrownBy(() -> TsvResource.load("no-such-file.tsv", 1, 1))
        .isInstanceOf(RuleFormatException.class).hasMessageContaining("no-such-file.tsv");
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    assertThat(TsvResource.load("titles.tsv", 2, 3)).isNotEmpty()
        .allSatisfy(row -> assertThat(row.get(0)).doesNotStartWith("#").isNotBlank());
  }
}
