package org.hechos.models.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hechos.models.SpanishLexicon;

/**
 * hechos' own tagger and dependency parser: a greedy averaged-perceptron UPOS tagger ({@link
 * UposTagger}), a greedy arc-hybrid parser trained with a dynamic oracle ({@link ArcHybridParser})
 * and a relation labeler ({@link ArcLabeler}), all over hashed sparse features and the lexicon
 * classes of {@link SpanishLexicon}. Trained by {@link FastParserTrainer} on UD Spanish gold and on
 * text parsed by {@link CoreNlpParser}; scores and speed are in {@code models/README.md}.
 *
 * <p>Thread-safe: the weights are immutable after loading and every call keeps its state in local
 * variables.
 */
public final class FastParser implements DependencyParser {

  static final String MODEL = "/hechos/es/syntax/fast-parser.bin.gz";

  private final SpanishLexicon lexicon;
  private final UposTagger tagger;
  private final ArcHybridParser parser;
  private final ArcLabeler labeler;

  FastParser(SpanishLexicon lexicon, FastParserModel model) {
    this.lexicon = lexicon;
    this.tagger = new UposTagger(model.tagger());
    this.parser = new ArcHybridParser(model.parser());
    this.labeler = new ArcLabeler(model.labeler(), model.labels());
  }

  /** Loads the model from the classpath, with a lexicon of its own. */
  public static FastParser load() {
    return load(SpanishLexicon.load());
  }

  /** Loads the model from the classpath, sharing {@code lexicon}. */
  public static FastParser load(SpanishLexicon lexicon) {
    try (InputStream in = FastParser.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is not on the classpath");
      }
      return new FastParser(lexicon, FastParserModel.read(in, MODEL));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }

  @Override
  public List<WordParse> parse(List<String> words) {
    if (words.isEmpty()) {
      return List.of();
    }
    SentenceAtoms atoms = SentenceAtoms.of(words, lexicon);
    int[] tags = tagger.tag(atoms, PositionGuide.GUESS);
    ParserInput input = new ParserInput(atoms, tags);
    int[] heads = parser.parse(input, MoveGuide.GUESS);
    int[] relations = labeler.label(input, heads, PositionGuide.GUESS);
    List<WordParse> parses = new ArrayList<>(words.size());
    for (int t = 1; t <= words.size(); t++) {
      parses.add(new WordParse(Upos.name(tags[t - 1]), heads[t], labeler.labels().get(relations[t])));
    }
    return parses;
  }
}
