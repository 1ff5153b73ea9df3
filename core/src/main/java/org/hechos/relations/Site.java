package org.hechos.relations;

import java.util.List;
import org.hechos.Document;
import org.hechos.FactType;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/** A trigger in its sentence: what the argument finders look around. */
record Site(Document doc, Sentence sentence, int trigger, TriggerRule rule) {

  /**
   * A finite verb that triggers no rule, looked at only for its subject; its rule is a plain verb
   * rule with no finders.
   */
  static Site plainVerb(Document doc, Sentence sentence, int verb) {
    return new Site(doc, sentence, verb, PLAIN_VERB);
  }

  private static final TriggerRule PLAIN_VERB =
      new TriggerRule("", TriggerRule.Pos.VERB, FactType.STATEMENT, List.of(), List.of(), List.of());

  List<Token> tokens() {
    return sentence.tokens();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  int size() {
    return sentence.tokens().size();
  }
}
