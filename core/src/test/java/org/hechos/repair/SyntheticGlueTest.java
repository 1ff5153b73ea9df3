package org.hechos.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's measurement at scale on CoNLL-2002 {@code esp.testa}, which the word counts never saw
 * (they come from {@code esp.train} and CESS-ESP). Skipped when the data directory is absent.
 */
class SyntheticGlueTest {

  /**
   * Floors a little under what the repair reaches (97.68 %, 97.96 % without all-caps headlines,
   * 0.49 false splits per 1,000 tokens; esp.testb 98.13 %, 0.41); see models/README.md. Leaving an
   * unknown capitalized word whole before another capitalized word ("Priya Sharma", never "Pri ya
   * Sharma") unless it splits into a word and a function word ("Museode Bellas Artes") still costs
   * a little here, where CoNLL's glue before names is synthetic, and keeps real names intact.
   */
  private static final double MIN_RECALL = 97.5;
  private static final double MIN_RECALL_WITHOUT_ALL_CAPS = 97.8;
  private static final double MAX_FALSE_SPLITS_PER_THOUSAND = 0.53;

  @Test
  void gluedPairsOfConllTestaAreRestoredWithFewFalseSplits() {
    Path file = Seeds.dataDirectory().resolve("conll2002").resolve(System.getProperty("hechos.glue.file", "esp.testa"));
    assumeTrue(Files.isRegularFile(file), "no CoNLL-2002 data at " + file);

    SyntheticGlue.Score score = SyntheticGlue.measure(Seeds.REPAIR, file);

    System.out.printf("synthetic glue on %s: %d glued pairs, %d restored (%.2f %%), %d false splits in %d tokens (%.2f per 1,000)%n",
        file.getFileName(), score.glued(), score.restored(), score.recall(), score.falseSplits(),
        score.tokens(), score.falsePerThousand());
    System.out.printf("  without the %d pairs inside all-caps headlines: %.2f %% recall%n",
        score.allCapsGlued(), score.recallWithoutAllCaps());
    if (Boolean.getBoolean("hechos.glue.verbose")) {
      score.misses().forEach(m -> System.out.println("MISS " + m));
      score.falses().forEach(f -> System.out.println("FALSE " + f));
    }
    assertThat(score.glued()).isGreaterThan(3000);
    assertThat(score.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(score.recallWithoutAllCaps()).isGreaterThanOrEqualTo(MIN_RECALL_WITHOUT_ALL_CAPS);
    assertThat(score.falsePerThousand()).isLessThanOrEqualTo(MAX_FALSE_SPLITS_PER_THOUSAND);
  }
}
