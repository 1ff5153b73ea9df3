package org.hechos.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hechos.Limits;
import org.hechos.ParsedSentences;
import org.hechos.Pipeline;
import org.hechos.SyntaxParser;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.syntax.CoreNlpParser;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.models.syntax.FastParser;
import org.hechos.models.syntax.WordParse;
import org.hechos.text.Sentence;
import org.hechos.text.Word;
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
 * Tagger + dependency parser alone, on the same syntactic words: every sentence of each document
 * as hechos splits it into UD words (computed once in setup), tagged and parsed by {@code
 * parser=fast} ({@link FastParser}, ours) or {@code parser=corenlp} ({@link CoreNlpParser}:
 * CoreNLP's {@code pos} tagger and {@code depparse} model, as its annotators run them). One
 * invocation = one document; tokens are the corpus's whitespace tokens, as for the other benchmarks.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

  @State(Scope.Benchmark)
  public static class Parser {
    @Param({"fast", "corenlp"})
    public String parser;

    DependencyParser target;
    /** For each document, the words of each of its sentences. */
    List<List<List<String>>> documents;
    int[] tokens;

    @Setup
    public void setUp() {
      Corpus corpus = Corpus.announced();
      tokens = corpus.tokenCounts();
      documents = words(corpus.texts());
      target = switch (parser) {
        case "fast" -> FastParser.load(SpanishLexicon.load());
        case "corenlp" -> CoreNlpParser.load();
        default -> throw new IllegalArgumentException("unknown parser '" + parser + "' (known: fast, corenlp)");
      };
    }

    /** The UD words of every sentence, as the pipeline that parses every sentence reads them. */
    private static List<List<List<String>>> words(String[] texts) {
      Pipeline pipeline = Pipeline.spanish(Limits.DEFAULT, SyntaxParser.FAST, ParsedSentences.ALL);
      List<List<List<String>>> documents = new ArrayList<>(texts.length);
      for (String text : texts) {
        List<List<String>> sentences = new ArrayList<>();
        for (Sentence sentence : pipeline.extract(text).sentences()) {
          sentences.add(sentence.tree().words().stream().map(Word::form).toList());
        }
        documents.add(sentences);
      }
      return documents;
    }
  }

  @Benchmark
  @Threads(1)
  public List<List<WordParse>> parse(Parser parser, TokenCounter counter, CpuCounter cpu) {
    List<List<String>> sentences = parser.documents.get(counter.next(parser.tokens, cpu));
    List<List<WordParse>> parses = new ArrayList<>(sentences.size());
    for (List<String> words : sentences) {
      parses.add(parser.target.parse(words));
    }
    return parses;
  }
}
