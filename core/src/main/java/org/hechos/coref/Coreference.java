package org.hechos.coref;

import org.hechos.Stage;

/** Coreference: aliases, nominal mentions, groups and dropped subjects. */
public final class Coreference {

  private Coreference() {}

  public static Stage spanish() {
    return new AliasCoref();
  }
}
