package org.hechos.relations;

import org.hechos.Stage;

/** Rule-based relation extraction into facts. */
public final class Relations {

  private Relations() {}

  public static Stage spanish() {
    return new LemmaRelationRules();
  }
}
