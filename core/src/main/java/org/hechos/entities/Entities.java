package org.hechos.entities;

import org.hechos.Stage;
import org.hechos.models.Gazetteers;
import org.hechos.models.SpanishNerModel;
import org.hechos.models.ValueWords;

/** Named-entity and value recognition. */
public final class Entities {

  private Entities() {}

  /**
   * The stage that finds names (CoreNLP's Spanish CRF corrected by gazetteers, name shapes and
   * document consistency) and values (dates, money, percentages, numbers, normalized). Loads
   * {@code values.tsv} now, so that a malformed file fails when the pipeline is built.
   */
  public static Stage spanish(SpanishNerModel model, Gazetteers gazetteers) {
    return spanish(model, gazetteers, Convention.NEWS);
  }

  /** The same stage following the given annotation convention where conventions differ. */
  public static Stage spanish(SpanishNerModel model, Gazetteers gazetteers, Convention convention) {
    return new EntityRecognizer(model, new NameRules(gazetteers, convention), new DocumentConsistency(gazetteers),
        new ValueRecognizer(ValueWords.load()));
  }

  /** The stage that reads partial dates in the document's date, when the document has one. */
  public static Stage dateAnchoring() {
    return new DateAnchoring();
  }
}
