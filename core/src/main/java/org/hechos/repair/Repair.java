package org.hechos.repair;

import org.hechos.Stage;
import org.hechos.models.SpanishLexicon;

/** Whitespace repair and noise removal. */
public final class Repair {

  private Repair() {}

  /** The stage that removes page-furniture lines and splits glued words. */
  public static Stage spanish(SpanishLexicon lexicon) {
    return new GluedWordRepair(lexicon);
  }
}
