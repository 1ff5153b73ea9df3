package org.hechos.repair;

import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.SpanishLexicon;
import org.hechos.text.RepairedText;

/** Placeholder until the repair issue lands: leaves the text as it came. */
final class GluedWordRepair implements Stage {

  private final SpanishLexicon lexicon;

  GluedWordRepair(SpanishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Document apply(Document in) {
    return in.withText(RepairedText.unchanged(in.original()));
  }
}
