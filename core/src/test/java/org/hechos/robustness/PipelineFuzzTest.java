package org.hechos.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.hechos.Extraction;
import org.hechos.Limits;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzzing of {@link org.hechos.Pipeline#extract}: whatever the text, no exception and every
 * span inside the input ({@link Invariants}). The fuzzer's bytes are decoded as UTF-8, malformed
 * sequences becoming U+FFFD; {@link RepairFuzzTest} covers unpaired surrogates.
 *
 * <p>By default (regression mode) this runs the seed inputs under {@code
 * src/test/resources/org/hechos/robustness/PipelineFuzzTestInputs/extractKeepsSpansInsideTheInput/}
 * and the empty input. To fuzz, one test at a time:
 *
 * <pre>
 *   JAZZER_FUZZ=1 mvn -pl core -am test -Dtest=PipelineFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * A crashing input is written to that directory; commit it, and it becomes a regression test.
 */
@Tag("fuzz")  // run by core's "fuzz" surefire execution, its output into a file
class PipelineFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void extractKeepsSpansInsideTheInput(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8); // seeds are plain UTF-8 text files
    if (text.length() > Limits.DEFAULT_MAX_INPUT_CHARS) {
      return; // rejected by the limit, tested in LimitsTest
    }
    Extraction x = Corpus.PIPELINE.extract(text);
    Invariants.check(text, x);
  }
}
