package org.hechos.models.syntax;

import java.util.List;
import java.util.Map;
import org.hechos.models.SpanishLexicon;

/**
 * A gold (or teacher-parsed) sentence ready for training: its atoms, gold tags of words 0..n-1,
 * gold heads and relation numbers of tokens 1..n (index 0 unused), and where it comes from.
 */
record TrainingSentence(
    SentenceAtoms atoms, int[] tags, int[] heads, int[] relations, TreebankSource source) {

  static TrainingSentence of(ConlluSentence sentence, TreebankSource source, SpanishLexicon lexicon,
      Map<String, Integer> labels) {
    List<WordParse> parses = sentence.parses();
    int[] tags = new int[parses.size()];
    int[] heads = new int[parses.size() + 1];
    int[] relations = new int[parses.size() + 1];
    for (int i = 0; i < parses.size(); i++) {
      WordParse parse = parses.get(i);
      tags[i] = Upos.of(parse.upos());
      heads[i + 1] = parse.head();
      relations[i + 1] = labels.get(parse.relation());
    }
    return new TrainingSentence(SentenceAtoms.of(sentence.words(), lexicon), tags, heads, relations, source);
  }

  ParserInput goldInput() {
    return new ParserInput(atoms, tags, source);
  }
}
