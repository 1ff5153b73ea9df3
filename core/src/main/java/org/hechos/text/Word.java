package org.hechos.text;

import java.util.Objects;
import java.util.Optional;

/**
 * One Universal Dependencies syntactic word of a parsed sentence, as the parser saw it: "del" is
 * the two words "de" and "el" of one token, "reunirse" the words "reunir" and "se". {@code token}
 * is the index of the sentence token it belongs to; {@code head} the index of its head word in the
 * sentence's word list, -1 for the root; {@code lemma} the lexicon's lemma of a word that is a
 * whole token, empty where the lexicon does not know the token or the token holds several words.
 */
public record Word(String form, int token, Optional<String> lemma, String upos, int head, String relation) {

  public Word {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(upos, "upos");
    Objects.requireNonNull(relation, "relation");
    if (token < 0 || head < -1) {
      throw new IllegalArgumentException("word '" + form + "' of token " + token + " has head " + head);
    }
  }

  /** This word hanging from word {@code newHead} by {@code newRelation}. */
  public Word withHead(int newHead, String newRelation) {
    return new Word(form, token, lemma, upos, newHead, newRelation);
  }
}
