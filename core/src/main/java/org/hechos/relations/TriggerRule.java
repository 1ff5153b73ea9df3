package org.hechos.relations;

import java.util.List;
import org.hechos.FactType;

/** One row of {@code triggers.tsv}: a trigger lemma and where its arguments are. */
record TriggerRule(String lemma, Pos pos, FactType fact, List<ArgumentFinder> agent,
    List<ArgumentFinder> target, List<ContentFinder> content) {

  enum Pos { VERB, NOUN }

  TriggerRule {
    agent = List.copyOf(agent);
    target = List.copyOf(target);
    content = List.copyOf(content);
  }
}
