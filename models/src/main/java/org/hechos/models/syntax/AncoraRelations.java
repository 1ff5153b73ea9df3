package org.hechos.models.syntax;

import java.util.Map;

/**
 * Relation subtypes that UD GSD and PUD use and UD AnCora does not (AnCora dev has at most a
 * handful of each): training maps them to their AnCora relation, so that the model learns one
 * convention, AnCora's, which is what {@link CoreNlpParser} gives and the pipeline's rules expect.
 */
final class AncoraRelations {

  private static final Map<String, String> ANCORA = Map.of(
      "acl:relcl", "acl",
      "aux:pass", "aux",
      "nsubj:pass", "nsubj",
      "csubj:pass", "csubj",
      "obl:arg", "obl",
      "obl:tmod", "obl",
      "flat:name", "flat",
      "compound:prt", "compound",
      "cc:preconj", "cc");

  private AncoraRelations() {}

  static String of(String relation) {
    return ANCORA.getOrDefault(relation, relation);
  }

  static ConlluSentence of(ConlluSentence sentence) {
    return new ConlluSentence(sentence.words(), sentence.parses().stream()
        .map(p -> new WordParse(p.upos(), p.head(), of(p.relation()))).toList());
  }
}
