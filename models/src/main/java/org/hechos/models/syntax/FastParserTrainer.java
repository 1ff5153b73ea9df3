package org.hechos.models.syntax;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hechos.models.SpanishLexicon;

/**
 * Trains {@link FastParser}'s model. A training tool, never run by the build:
 *
 * <pre>
 * mvn -pl models exec:java -Dexec.mainClass=org.hechos.models.syntax.FastParserTrainer \
 *     -Dexec.args="../shared/data /tmp/hechos-teacher.conllu \
 *         models/src/main/resources/hechos/es/syntax/fast-parser.bin.gz 12 0"
 * </pre>
 *
 * <p>Arguments: the shared data directory; the teacher-parsed CoNLL-U made by {@link
 * TeacherCorpus}; the model file to write; training epochs; how many sentences at the end of
 * AnCora dev to hold out and score after training (0 for the shipped model). Gold: UD AnCora dev,
 * GSD dev and test, PUD test, never AnCora test, with relations in AnCora's conventions ({@link
 * AncoraRelations}), and teacher sentences, each marked with its {@link TreebankSource}.
 * Deterministic (fixed shuffling seed).
 */
public final class FastParserTrainer {

  private static final int TAGGER_ROWS = 1 << 19;
  private static final int PARSER_ROWS = 1 << 22;
  private static final int LABELER_ROWS = 1 << 18;
  private static final long SEED = 15;
  private static final List<String> OTHER_GOLD = List.of("UD_Spanish-GSD/es_gsd-ud-dev.conllu",
      "UD_Spanish-GSD/es_gsd-ud-test.conllu", "UD_Spanish-PUD/es_pud-ud-test.conllu");
  /** AnCora dev is seen this many times an epoch: it is the one gold treebank of news in AnCora's conventions. */
  private static final int ANCORA_COPIES = 3;

  private final List<TrainingSentence> sentences;
  private final int epochs;
  private final Random random = new Random(SEED);

  private FastParserTrainer(List<TrainingSentence> sentences, int epochs) {
    this.sentences = new ArrayList<>(sentences);
    this.epochs = epochs;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      throw new IllegalArgumentException("usage: FastParserTrainer DATA_DIR TEACHER.conllu OUT EPOCHS HOLDOUT");
    }
    Path ud = Path.of(args[0], "ud");
    List<ConlluSentence> ancora = Conllu.read(ud.resolve("UD_Spanish-AnCora/es_ancora-ud-dev.conllu"));
    int holdout = Integer.parseInt(args[4]);
    Map<TreebankSource, List<ConlluSentence>> sources = new EnumMap<>(TreebankSource.class);
    sources.put(TreebankSource.ANCORA, new ArrayList<>());
    for (int copy = 0; copy < ANCORA_COPIES; copy++) {
      sources.get(TreebankSource.ANCORA).addAll(ancora.subList(0, ancora.size() - holdout));
    }
    sources.put(TreebankSource.OTHER_GOLD, new ArrayList<>());
    for (String file : OTHER_GOLD) {
      sources.get(TreebankSource.OTHER_GOLD).addAll(Conllu.read(ud.resolve(file)));
    }
    sources.put(TreebankSource.TEACHER, Conllu.read(Path.of(args[1])));
    sources.values().forEach(sentences -> sentences.replaceAll(AncoraRelations::of));
    List<String> labels = labelsByFrequency(sources.values());
    Map<String, Integer> numbers = new LinkedHashMap<>();
    labels.forEach(label -> numbers.put(label, numbers.size()));
    SpanishLexicon lexicon = SpanishLexicon.load();
    List<TrainingSentence> training = new ArrayList<>();
    sources.forEach((source, sentences) -> sentences.forEach(
        sentence -> training.add(TrainingSentence.of(sentence, source, lexicon, numbers))));
    var trainer = new FastParserTrainer(training, Integer.parseInt(args[3]));
    FastParserModel model = trainer.train(labels);
    try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
      model.write(out);
    }
    if (holdout > 0) {
      List<ConlluSentence> held = ancora.subList(ancora.size() - holdout, ancora.size());
      System.out.println("held-out AnCora dev: "
          + ParserEvaluation.evaluate(new FastParser(lexicon, model), held));
    }
  }

  private static List<String> labelsByFrequency(Collection<List<ConlluSentence>> sources) {
    Map<String, Integer> counts = new TreeMap<>();
    for (List<ConlluSentence> sentences : sources) {
      for (ConlluSentence sentence : sentences) {
        sentence.parses().forEach(parse -> counts.merge(parse.relation(), 1, Integer::sum));
      }
    }
    List<String> labels = new ArrayList<>(counts.keySet());
    labels.sort((a, b) -> counts.get(b) - counts.get(a));
    return labels;
  }

  private FastParserModel train(List<String> labels) {
    return new FastParserModel(trainTagger(), trainParser(), trainLabeler(labels), labels);
  }

  private WeightTable trainTagger() {
    AveragedPerceptron perceptron = new AveragedPerceptron(Upos.TAGS.size(), TAGGER_ROWS);
    UposTagger tagger = new UposTagger(perceptron);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(sentences, random);
      for (TrainingSentence sentence : sentences) {
        tagger.tag(sentence.atoms(), new PerceptronGuide(perceptron, sentence.tags()));
      }
      System.out.println("tagger epoch " + (epoch + 1));
    }
    return perceptron.averaged();
  }

  private WeightTable trainParser() {
    AveragedPerceptron perceptron = new AveragedPerceptron(ArcHybridState.MOVES, PARSER_ROWS);
    ArcHybridParser parser = new ArcHybridParser(perceptron);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(sentences, random);
      for (TrainingSentence sentence : sentences) {
        var oracle = new ArcHybridOracle(sentence.heads());
        parser.parse(sentence.goldInput(), new DynamicOracleGuide(perceptron, oracle, random, epoch > 0));
      }
      System.out.println("parser epoch " + (epoch + 1));
    }
    return perceptron.averaged();
  }

  private WeightTable trainLabeler(List<String> labels) {
    AveragedPerceptron perceptron = new AveragedPerceptron(labels.size(), LABELER_ROWS);
    ArcLabeler labeler = new ArcLabeler(perceptron, labels);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(sentences, random);
      for (TrainingSentence sentence : sentences) {
        labeler.label(sentence.goldInput(), sentence.heads(), new PerceptronGuide(perceptron, sentence.relations()));
      }
      System.out.println("labeler epoch " + (epoch + 1));
    }
    return perceptron.averaged();
  }
}
