package org.hechos.relations;

import java.util.List;
import java.util.function.Predicate;
import org.hechos.Stage;
import org.hechos.coref.TitlePhrases;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/**
 * Rule-based relation extraction into facts, with rules from {@code triggers.tsv}, loaded once.
 * Immutable and thread-safe.
 */
public final class Relations {

  private final TriggerRules rules;
  private final TriggerMatcher matcher;

  private Relations(TriggerRules rules) {
    this.rules = rules;
    this.matcher = new TriggerMatcher(rules);
  }

  /** Loads the Spanish rules; a malformed rule file fails here with its file and line. */
  public static Relations spanish() {
    return new Relations(TriggerRules.load());
  }

  /** The stage that reads facts off the sentences, with {@code titlePhrases} for ROLE facts. */
  public Stage stage(TitlePhrases titlePhrases) {
    return new RelationExtraction(rules, matcher, titlePhrases);
  }

  /**
   * True for the sentences where some token triggers a rule: the only ones whose dependency tree
   * relation extraction reads (titles and measures are read off tokens).
   */
  public Predicate<Sentence> triggerSentences() {
    return sentence -> {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (matcher.at(tokens, i).isPresent()) {
          return true;
        }
      }
      return false;
    };
  }
}
