package org.hechos.relations;

import java.util.List;
import org.hechos.Document;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/** A trigger in its sentence: what the argument finders look around. */
record Site(Document doc, Sentence sentence, int trigger, TriggerRule rule) {

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
