package org.hechos.repair;

import org.hechos.Stage;
import org.hechos.models.Abbreviations;
import org.hechos.models.ContextSplits;
import org.hechos.models.Gazetteers;
import org.hechos.models.LineRules;
import org.hechos.models.NameParticles;
import org.hechos.models.NoiseRules;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.WordFrequencies;

/** Whitespace repair and noise removal. */
public final class Repair {

  private Repair() {}

  /**
   * The stage that joins wrapped lines, removes page furniture and splits glued words, loading the shipped word
   * counts, noise and line rules now (not lazily).
   */
  public static Stage spanish(SpanishLexicon lexicon) {
    return spanish(lexicon, Gazetteers.load());
  }

  /** The same stage with the pipeline's gazetteers, whose titles tell "Elcoronel" from "Elcano". */
  public static Stage spanish(SpanishLexicon lexicon, Gazetteers gazetteers) {
    return spanish(lexicon, WordFrequencies.load(), NoiseRules.load(), ContextSplits.load(), NameParticles.load(),
        gazetteers, LineRules.load());
  }

  /** The same stage over resources the caller loaded. */
  public static Stage spanish(SpanishLexicon lexicon, WordFrequencies counts, NoiseRules noise,
      ContextSplits contextSplits, NameParticles particles, Gazetteers gazetteers, LineRules lines) {
    KnownWords known = new KnownWords(lexicon, counts);
    NameSplits names = new NameSplits(known, particles, gazetteers);
    GluedWordRepair glue = new GluedWordRepair(new Segmenter(known, counts, names), names, contextSplits,
        new WordClasses(lexicon), new CliticGlue(lexicon));
    return new WhitespaceRepair(new LineBreaks(lines, Abbreviations.load()), new LostLineBreaks(lines),
        new NoiseFilter(noise), glue);
  }
}
