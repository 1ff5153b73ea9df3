package org.hechos.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.concurrent.TimeUnit;
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
 * The baseline: CoreNLP's {@link StanfordCoreNLP} with its Spanish properties and annotators
 * {@code tokenize,ssplit,mwt,pos,lemma,ner} on the same documents and token counts as {@link
 * HechosBenchmarks}. {@code config=full} is the baseline (SUTime off, which it needs to
 * start); {@code config=depparse} adds CoreNLP's dependency parser, as a pipeline reading trees needs
 * ({@code tokenize,ssplit,mwt,pos,lemma,ner,depparse}); {@code config=lean} also turns off fine-grained NER, numeric classifiers and entity
 * mentions (the fastest setting giving the same four NER classes).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CoreNlpBenchmark {

  @State(Scope.Benchmark)
  public static class CoreNlp {
    @Param({"full", "depparse", "lean"})
    public String config;

    StanfordCoreNLP pipeline;
    String[] texts;
    int[] tokens;

    @Setup
    public void setUp() {
      Corpus corpus = Corpus.announced();
      texts = corpus.texts();
      tokens = corpus.tokenCounts();
      pipeline = CoreNlpSpanish.pipeline(config);
    }
  }

  @Benchmark
  @Threads(1)
  public Annotation annotate(CoreNlp corenlp, TokenCounter counter, CpuCounter cpu) {
    Annotation annotation = new Annotation(corenlp.texts[counter.next(corenlp.tokens, cpu)]);
    corenlp.pipeline.annotate(annotation);
    return annotation;
  }
}
