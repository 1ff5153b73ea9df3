package org.hechos.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hechos.Document;
import org.hechos.Pipeline;
import org.hechos.entities.Candidate.Source;
import org.hechos.models.Gazetteers;
import org.hechos.models.SpanishLexicon;
import org.hechos.repair.Repair;
import org.hechos.text.EntityType;
import org.hechos.text.Token;
import org.hechos.tokens.Tokens;

/**
 * One rule at a time, without the CRF: a sentence tokenized as the pipeline tokenizes it, CRF
 * candidates written by hand, and the rule's output read back as text and type.
 */
final class RuleFixture {

  final SpanishLexicon lexicon = SpanishLexicon.load();
  final Gazetteers gazetteers = Gazetteers.load();
  private final Pipeline tokenizer = Pipeline.of(List.of(Repair.spanish(lexicon), Tokens.spanish(lexicon)));

  /** The tokens of the first sentence of {@code text}. */
  List<Token> tokens(String text) {
    return tokenizer.run(Document.of(text)).sentences().get(0).tokens();
  }

  /** A CRF candidate over the first occurrence of {@code words} (space-separated tokens). */
  static Candidate crf(List<Token> tokens, String words, EntityType type) {
    return candidate(tokens, words, type, Source.CRF);
  }

  /** A gazetteer's candidate over the first occurrence of {@code words}. */
  static Candidate known(List<Token> tokens, String words, EntityType type) {
    return candidate(tokens, words, type, Source.GAZETTEER);
  }

  private static Candidate candidate(List<Token> tokens, String words, EntityType type, Source source) {
    List<String> wanted = List.of(words.split(" "));
    for (int i = 0; i + wanted.size() <= tokens.size(); i++) {
      if (Words.words(tokens, i, i + wanted.size()).equals(wanted)) {
        return Candidate.of(i, i + wanted.size(), type, source);
      }
    }
    throw new IllegalArgumentException("'" + words + "' is not in " + Words.words(tokens, 0, tokens.size()));
  }

  /** Each candidate's words and type, in sentence order. */
  static Map<String, EntityType> typed(List<Token> tokens, List<Candidate> cands) {
    Map<String, EntityType> out = new LinkedHashMap<>();
    cands.stream().sorted(java.util.Comparator.comparingInt(Candidate::begin))
        .forEach(c -> out.put(String.join(" ", Words.words(tokens, c.begin(), c.end())), c.type()));
    return out;
  }
}
