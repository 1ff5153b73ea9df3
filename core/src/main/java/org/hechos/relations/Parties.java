package org.hechos.relations;

import org.hechos.text.Entity;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;

/** Who may be a party to a fact. */
final class Parties {

  private Parties() {}

  /**
   * A named entity or a group of named ones: a description coreference left unresolved ("el
   * presidente venezolano", "los diplomáticos") names no one an analyst could list.
   */
  static boolean isNamed(Entity e) {
    return e.isGroup() || e.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.NAME);
  }

  /**
   * Who can do what a trigger tells: a person, an organization, a group, a country; no city
   * ("El Cairo (VNA) - ...": the dateline's place visits no one).
   */
  static boolean canAct(Entity e) {
    return e.type() != EntityType.LOCATION
        || e.mentions().stream().anyMatch(m -> m.subtype().filter("COUNTRY"::equals).isPresent());
  }
}
