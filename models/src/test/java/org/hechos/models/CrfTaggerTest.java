package org.hechos.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CrfTagger} against CoreNLP's own {@code classifySentence}: the same feature numbers for
 * every token and the same labels, on sentences written here and (when present) on every sentence
 * of CoNLL-2002 {@code esp.testb}.
 */
class CrfTaggerTest {

  /** Short news sentences; they exercise padding, repeats, titles, digits and unknown words. */
  private static final List<String> SENTENCES = List.of(
      "La canciller Ana Pérez realizó una visita oficial a Chile .",
      "El presidente del Gobierno , Pedro Sánchez , viajó ayer a Bruselas para reunirse con"
          + " Ursula von der Leyen y con el Sr. Michel .",
      "Pérez dijo que Pérez no irá .",
      "Según la Organización Mundial de la Salud ( OMS ) , el 23 de mayo de 2024 se registraron"
          + " 1.500 casos en Madrid , y Madrid volvió a liderar la lista , dijo Pérez .",
      "EFECOM",
      "El Real Madrid ganó 3-1 al F.C. Barcelona en el Santiago Bernabéu el domingo .",
      "Mr. Smith y Dr. López , de la ONU , llegaron a Nueva York xyzzyqwerty .",
      "\" Es una decisión histórica \" , afirmó Luis Almagro , secretario general de la OEA ,"
          + " en Washington .");

  private static SpanishNerModel model;
  private static CrfTagger tagger;

  @BeforeAll
  static void load() {
    model = SpanishNerModel.load();
    tagger = model.tagger().orElseThrow();
  }

  @Test
  void coreNlpSpanishModelGetsTheFastPath() {
    assertThat(model.fastInferenceUnavailable()).isEmpty();
  }

  @Test
  void featuresAreCoreNlpsOnNewsSentences() {
    for (String sentence : SENTENCES) {
      List<String> words = List.of(sentence.split(" "));
      assertThat(mismatches(words)).as(sentence).isEmpty();
    }
  }

  @Test
  void labelsAreCoreNlpsOnNewsSentences() {
    for (String sentence : SENTENCES) {
      List<String> words = List.of(sentence.split(" "));
      assertThat(model.label(words)).as(sentence).isEqualTo(model.labelWithCoreNlp(words));
    }
    assertThat(model.label(List.of("La", "canciller", "Ana", "Pérez", "visitó", "Chile", ".")))
        .containsExactly("O", "O", "PERSON", "PERSON", "O", "LOCATION", "O");
  }

  /** Threads sharing one tagger (and its caches, filled as they go) get the sequential labels. */
  @Test
  void threadsSharingATaggerGetTheSameLabels() throws Exception {
    Path file = Path.of(System.getProperty("hechos.data", "../../shared/data"),
        "conll2002", "esp.testb");
    List<List<String>> sentences = new ArrayList<>();
    for (String sentence : SENTENCES) {
      sentences.add(List.of(sentence.split(" ")));
    }
    if (Files.isReadable(file)) {
      sentences.addAll(readSentences(file).subList(0, 400));
    }
    List<int[]> expected = new ArrayList<>();
    for (List<String> words : sentences) {
      expected.add(tagger.bestClasses(words));
    }
    CrfTagger fresh = CrfTagger.of(model.classifier());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<int[]>>> runs = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        int shift = thread * sentences.size() / 4;
        runs.add(pool.submit(() -> {
          List<int[]> labels = new ArrayList<>(Collections.nCopies(sentences.size(), null));
          for (int k = 0; k < sentences.size(); k++) {
            int i = (k + shift) % sentences.size();
            labels.set(i, fresh.bestClasses(sentences.get(i)));
          }
          return labels;
        }));
      }
      for (Future<List<int[]>> run : runs) {
        List<int[]> labels = run.get();
        for (int i = 0; i < sentences.size(); i++) {
          assertThat(labels.get(i)).as(sentences.get(i).toString()).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptySentenceHasNoLabels() {
    assertThat(model.label(List.of())).isEmpty();
  }

  @Test
  void overlongWordIsLabelledOutside() {
    String longWord = "Madrid".repeat(30);
    assertThat(model.label(List.of("En", longWord, "hoy"))).containsExactly("O", "O", "O");
  }

  /**
   * Every sentence of esp.testb: features identical for every token, labels identical for at
   * least 99.9 % of tokens (Viterbi over potentials vs. over conditional log-probabilities may
   * round a near-tie differently). Prints agreement and CPU time of both paths.
   */
  @Test
  void fastPathAgreesWithCoreNlpOnEspTestb() throws IOException {
    Path file = Path.of(System.getProperty("hechos.data", "../../shared/data"),
        "conll2002", "esp.testb");
    assumeTrue(Files.isReadable(file), "no CoNLL-2002 data at " + file);
    List<List<String>> sentences = readSentences(file);

    int tokens = 0;
    int featureMismatches = 0;
    int sameLabel = 0;
    List<String> firstMismatches = new ArrayList<>();
    for (List<String> words : sentences) {
      List<String> mismatches = mismatches(words);
      featureMismatches += mismatches.size();
      if (firstMismatches.size() < 10) {
        firstMismatches.addAll(mismatches);
      }
      List<String> fast = model.label(words);
      List<String> slow = model.labelWithCoreNlp(words);
      for (int i = 0; i < words.size(); i++) {
        sameLabel += fast.get(i).equals(slow.get(i)) ? 1 : 0;
      }
      tokens += words.size();
    }
    double agreement = 100.0 * sameLabel / tokens;
    System.out.printf("esp.testb: %d sentences, %d tokens; features differ on %d tokens;"
        + " labels agree on %d (%.3f %%)%n", sentences.size(), tokens, featureMismatches,
        sameLabel, agreement);

    long slow = bestCpuNanos(sentences, model::labelWithCoreNlp);
    long fast = bestCpuNanos(sentences, model::label);
    System.out.printf("esp.testb CPU time, best of %d: classifySentence %.0f ms (%.0f tokens/s),"
        + " fast %.0f ms (%.0f tokens/s): %.1fx; %d words cached%n", REPS, slow / 1e6,
        tokens / (slow / 1e9), fast / 1e6, tokens / (fast / 1e9), (double) slow / fast,
        tagger.featureCache().cachedWords());

    assertThat(firstMismatches).isEmpty();
    assertThat(agreement).isGreaterThanOrEqualTo(99.9);
  }

  /**
   * The CRF of {@code models/conll2002} (trained on esp.train with the Spanish model's flags but
   * no clusters, no titles and n-grams of at most 6 chars) gets the fast path too, exactly.
   */
  @Test
  void conllTrainedCrfGetsTheSameFeaturesAsCoreNlp() throws IOException {
    Path crf = Path.of("conll2002", "conll2002.es.crf.ser.gz");
    Path file = Path.of(System.getProperty("hechos.data", "../../shared/data"),
        "conll2002", "esp.testb");
    assumeTrue(Files.isReadable(crf) && Files.isReadable(file), "no " + crf + " or " + file);
    SpanishNerModel trained = SpanishNerModel.load(crf);
    assertThat(trained.fastInferenceUnavailable()).isEmpty();
    int tokens = 0;
    int sameLabel = 0;
    for (List<String> words : readSentences(file).subList(0, 300)) {
      assertThat(mismatches(trained, words)).isEmpty();
      List<String> fast = trained.label(words);
      List<String> slow = trained.labelWithCoreNlp(words);
      for (int i = 0; i < words.size(); i++) {
        sameLabel += fast.get(i).equals(slow.get(i)) ? 1 : 0;
      }
      tokens += words.size();
    }
    assertThat(100.0 * sameLabel / tokens).isGreaterThanOrEqualTo(99.9);
  }

  private static final int REPS = 5;

  private static long bestCpuNanos(List<List<String>> sentences,
      Function<List<String>, List<String>> labeller) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int rep = 0; rep < REPS; rep++) {
      long start = threads.getCurrentThreadCpuTime();
      for (List<String> words : sentences) {
        labeller.apply(words);
      }
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
    }
    return best;
  }

  /** Tokens whose fast features differ from CoreNLP's, described; empty if none. */
  private static List<String> mismatches(List<String> words) {
    return mismatches(model, words);
  }

  private static List<String> mismatches(SpanishNerModel model, List<String> words) {
    int[][][] expected = coreNlpFeatures(model.classifier(), words);
    TokenFeatures actual = model.tagger().orElseThrow().features(words);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int[] node = sorted(expected[i][0]);
      int[] edge = sorted(expected[i][1]);
      if (!Arrays.equals(node, actual.node(i)) || !Arrays.equals(edge, actual.edge(i))) {
        CrfParts parts = CrfParts.of(model.classifier());
        out.add(i + " '" + words.get(i) + "' in " + words + ": node "
            + diff(parts, node, actual.node(i)) + ", edge " + diff(parts, edge, actual.edge(i)));
      }
    }
    return out;
  }

  /** Feature numbers as {@code classifySentence} computes them: preprocessing, then CRF data. */
  static int[][][] coreNlpFeatures(CRFClassifier<CoreLabel> crf, List<String> words) {
    List<CoreLabel> document = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      CoreLabel token = new CoreLabel();
      token.setWord(words.get(i));
      token.setValue(words.get(i));
      token.set(CoreAnnotations.PositionAnnotation.class, Integer.toString(i));
      token.set(CoreAnnotations.AnswerAnnotation.class, crf.flags.backgroundSymbol);
      document.add(token);
    }
    new ObjectBankWrapper<CoreLabel>(crf.flags, null, crf.getKnownLCWords())
        .processDocument(document);
    return crf.documentToDataAndLabels(document).first();
  }

  private static int[] sorted(int[] ids) {
    int[] copy = ids.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static String diff(CrfParts parts, int[] expected, int[] actual) {
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (int id : expected) {
      if (Arrays.binarySearch(actual, id) < 0) {
        missing.add(parts.featureIndex.get(id));
      }
    }
    for (int id : actual) {
      if (Arrays.binarySearch(expected, id) < 0) {
        extra.add(parts.featureIndex.get(id));
      }
    }
    return "missing " + missing + " extra " + extra;
  }

  /** Words of a CoNLL file (first column), one list per sentence (blank-line separated). */
  static List<List<String>> readSentences(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.split(" ")[0]);
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }
}
