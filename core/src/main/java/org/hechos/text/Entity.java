package org.hechos.text;

import java.util.List;
import java.util.Objects;

/**
 * An entity of the document: its canonical name (the fullest name the document gives), its type
 * and all its mentions in document order. A group entity ("ambas partes") lists its members.
 */
public record Entity(int id, String canonical, EntityType type, List<Mention> mentions, List<Integer> members) {

  public Entity {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
    members = List.copyOf(members);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + canonical + " has no mention");
    }
  }

  public boolean isGroup() {
    return !members.isEmpty();
  }

  /** The first mention in the document. */
  public Mention first() {
    return mentions.get(0);
  }
}
