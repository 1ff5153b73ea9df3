package org.hechos.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.SpanishLexicon;
import org.hechos.repair.Repair;
import org.hechos.text.Edit;
import org.hechos.text.RepairedText;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzzing of the repair stage alone, which is much faster than the whole pipeline and so
 * explores further: no exception, edits sorted, inside the input and matching it, and every clean
 * offset mapping back inside the input. Seeds under {@code RepairFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn -pl core -am test -Dtest=RepairFuzzTest}.
 */
@Tag("fuzz")  // run by core's "fuzz" surefire execution, its output into a file
class RepairFuzzTest {

  private static final Stage REPAIR = Repair.spanish(SpanishLexicon.load());

  @FuzzTest(maxDuration = "5m")
  void repairKeepsEditsAndOffsetsInsideTheInput(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    RepairedText repaired = REPAIR.apply(Document.of(text)).text();

    assertThat(repaired.original()).isSameAs(text);
    int previousEnd = 0;
    for (Edit edit : repaired.edits()) {
      assertThat(edit.span().begin()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(edit.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(edit.span().in(text)).isEqualTo(edit.original());
      if (edit.kind() == Edit.Kind.GLUED_WORDS) {
        assertThat(Invariants.withoutSpaces(edit.replacement())).isEqualTo(Invariants.withoutSpaces(edit.original()));
      }
      previousEnd = edit.span().end();
    }
    String clean = repaired.clean();
    for (int begin = 0; begin < clean.length(); begin++) {
      int end = Math.min(clean.length(), begin + 1 + begin % 7);
      var span = repaired.toOriginal(begin, end);
      assertThat(span.end()).as("clean [%d, %d) -> %s", begin, end, span).isLessThanOrEqualTo(text.length());
      if (clean.charAt(begin) != ' ' && end == begin + 1) {
        assertThat(text.charAt(span.begin())).as("clean %d -> %s", begin, span).isEqualTo(clean.charAt(begin));
      }
    }
  }
}
