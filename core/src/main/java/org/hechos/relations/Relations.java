package org.hechos.relations;

import org.hechos.Stage;
import org.hechos.coref.TitlePhrases;

/** Rule-based relation extraction into facts, with rules from {@code triggers.tsv}. */
public final class Relations {

  private Relations() {}

  public static Stage spanish(TitlePhrases titlePhrases) {
    return new RelationExtraction(TriggerRules.load(), titlePhrases);
  }
}
