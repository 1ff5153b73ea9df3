package org.hechos.entities;

import org.hechos.Stage;
import org.hechos.models.SpanishNerModel;

/** Named-entity and value recognition. */
public final class Entities {

  private Entities() {}

  /** The stage that finds entity mentions with CoreNLP's Spanish CRF. */
  public static Stage spanish(SpanishNerModel model) {
    return new CrfRecognizer(model);
  }
}
