package org.hechos.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hechos.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One pipeline shared by 8 threads gives exactly what one thread gives, in any order of the
 * documents; and the same input always gives the same facts in the same order.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  private static List<String> corpus;
  private static List<String> expected;

  @BeforeAll
  static void readSingleThreaded() {
    corpus = new ArrayList<>(Corpus.seeds());
    corpus.addAll(Corpus.varied());
    corpus.add(HostileInputTest.randomBytesAsUtf8(3_000, 3));
    corpus.add(LimitsTest.longSentence(800));
    expected = corpus.stream().map(text -> describe(Corpus.PIPELINE.extract(text))).toList();
  }

  @Test
  void eightThreadsSharingOnePipelineGiveTheSingleThreadResults() throws Exception {
    Random random = new Random(42);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, random);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i : order) {
          tasks.add(() -> describe(Corpus.PIPELINE.extract(corpus.get(i))));
        }
        List<Future<String>> results = pool.invokeAll(tasks, 5, TimeUnit.MINUTES);
        for (int k = 0; k < order.size(); k++) {
          int i = order.get(k);
          assertThat(results.get(k).get()).as("round %d, text %d", round, i).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sameInputTwiceGivesEqualFactsInTheSameOrder() {
    for (String text : Corpus.seeds()) {
      Extraction first = Corpus.PIPELINE.extract(text);
      Extraction second = Corpus.PIPELINE.extract(text);

      assertThat(second.facts()).isEqualTo(first.facts());
      assertThat(second.entities()).isEqualTo(first.entities());
      assertThat(second.sentences()).isEqualTo(first.sentences());
    }
  }

  /** Everything an extraction holds, as text: records print all their fields. */
  private static String describe(Extraction x) {
    return x.repairedText() + "\n" + x.edits() + "\n" + x.sentences() + "\n" + x.entities() + "\n"
        + x.facts();
  }
}
