package org.hechos.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hechos.Document;
import org.hechos.Extraction;
import org.hechos.Pipeline;
import org.hechos.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * hechos through its public API: {@link Pipeline#extract} end to end on one and two threads
 * sharing one pipeline, and each stage alone on inputs precomputed by the earlier stages.
 * One invocation = one document; the score is documents/s, the "tokens" counter tokens/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HechosBenchmarks {

  /** One pipeline shared by every thread of the trial, and the corpus. */
  @State(Scope.Benchmark)
  public static class Shared {
    Pipeline pipeline;
    String[] texts;
    int[] tokens;

    @Setup
    public void setUp() {
      Corpus corpus = Corpus.announced();
      texts = corpus.texts();
      tokens = corpus.tokenCounts();
      pipeline = Pipeline.spanish();
    }
  }

  /** A publication date for the stage inputs, or DateAnchoring has nothing to do and measures an empty call. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 12);

  /** The input state of one stage for every document: the earlier stages run once. */
  @State(Scope.Benchmark)
  public static class StageInput {
    /** Stage names ({@link Stage#name()}) of {@link Pipeline#spanish()}, in order. */
    @Param({"WhitespaceRepair", "SpanishTokenizer", "SyntaxStage", "EntityRecognizer", "DateAnchoring", "AliasCoref",
        "NominalCoref", "RelationExtraction"})
    public String stage;

    Stage target;
    Document[] inputs;

    @Setup
    public void setUp(Shared shared) {
      List<Stage> stages = shared.pipeline.stages();
      List<String> names = stages.stream().map(Stage::name).toList();
      int index = names.indexOf(stage);
      if (index < 0) {
        throw new IllegalStateException("Pipeline.spanish() has no stage " + stage + " (it has " + names
            + "): update the @Param of HechosBenchmarks.StageInput");
      }
      target = stages.get(index);
      inputs = new Document[shared.texts.length];
      for (int d = 0; d < inputs.length; d++) {
        Document doc = Document.of(shared.texts[d], PUBLISHED);
        for (Stage earlier : stages.subList(0, index)) {
          doc = earlier.apply(doc);
        }
        inputs[d] = doc;
      }
      System.out.println("stage " + stage + " = " + target.name());
    }
  }

  @Benchmark
  @Threads(1)
  public Extraction extract(Shared shared, TokenCounter counter, CpuCounter cpu) {
    return shared.pipeline.extract(shared.texts[counter.next(shared.tokens, cpu)]);
  }

  @Benchmark
  @Threads(2)
  public Extraction extractTwoThreads(Shared shared, TokenCounter counter, CpuCounter cpu) {
    return shared.pipeline.extract(shared.texts[counter.next(shared.tokens, cpu)]);
  }

  @Benchmark
  @Threads(1)
  public Document stage(Shared shared, StageInput input, TokenCounter counter, CpuCounter cpu) {
    return input.target.apply(input.inputs[counter.next(shared.tokens, cpu)]);
  }
}
