package org.hechos.relations;

import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;

final class LemmaRelationRules implements Stage {
  @Override
  public Document apply(Document in) {
    return in.withFacts(List.of());
  }
}
