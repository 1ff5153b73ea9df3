package org.hechos.coref;

import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;

final class AliasCoref implements Stage {
  @Override
  public Document apply(Document in) {
    return in.withEntities(List.of());
  }
}
