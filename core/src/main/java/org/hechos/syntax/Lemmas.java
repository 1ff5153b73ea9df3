package org.hechos.syntax;

import java.util.Map;
import java.util.Optional;
import org.hechos.models.Analysis;
import org.hechos.text.Token;

/**
 * The lexicon's lemma of a token given the universal part of speech the tagger chose: the lemma of
 * the first reading whose EAGLES tag agrees with it ("para" as ADP is "para", as VERB "parar"), else
 * of the first reading.
 */
final class Lemmas {

  /** The EAGLES tag prefix of each universal part of speech that has one in the lexicon. */
  private static final Map<String, String> EAGLES = Map.ofEntries(
      Map.entry("ADJ", "A"), Map.entry("ADP", "S"), Map.entry("ADV", "R"), Map.entry("AUX", "V"),
      Map.entry("CCONJ", "C"), Map.entry("DET", "D"), Map.entry("INTJ", "I"), Map.entry("NOUN", "NC"),
      Map.entry("NUM", "Z"), Map.entry("PRON", "P"), Map.entry("PROPN", "NP"), Map.entry("SCONJ", "C"),
      Map.entry("VERB", "V"));

  private Lemmas() {}

  /** The lemma of {@code token} read as {@code upos}; empty if the lexicon does not know it. */
  static Optional<String> of(Token token, String upos) {
    String prefix = EAGLES.get(upos);
    for (Analysis reading : token.analyses()) {
      if (prefix != null && reading.tag().startsWith(prefix)) {
        return Optional.of(reading.lemma());
      }
    }
    return token.analyses().stream().findFirst().map(Analysis::lemma);
  }
}
