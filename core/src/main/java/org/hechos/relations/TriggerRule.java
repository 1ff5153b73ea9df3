package org.hechos.relations;

import java.util.List;
import org.hechos.FactType;

/** One row of {@code triggers.tsv}: a trigger lemma and where its arguments are. */
record TriggerRule(String lemma, Pos pos, FactType fact, List<ArgumentFinder> agent,
    List<ArgumentFinder> target, List<ContentFinder> content) {

  /**
   * VERB: any finite use; NOUN: a determined noun; LIGHT_NOUN: a noun only as the object of a
   * light verb ("llegaron a un acuerdo", "alcanzaron un consenso"), not wherever it is named ("revisar
   * el acuerdo"); PREPOSITION: a preposition before a noun phrase.
   */
  enum Pos {
    VERB, NOUN, LIGHT_NOUN,
    /** A preposition that names a source: "según el embajador, ...". */
    PREPOSITION;

    boolean isNoun() {
      return this == NOUN || this == LIGHT_NOUN;
    }
  }

  TriggerRule {
    agent = List.copyOf(agent);
    target = List.copyOf(target);
    content = List.copyOf(content);
  }
}
