package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** A role: a person holds a title in an organization or country ("el ministro de Relaciones Exteriores de Vietnam, Bui Thanh Son"). */
public record Role(Entity holder, Content title, Optional<Entity> organization, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Role {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.ROLE;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(holder);
  }

  @Override
  public Optional<Entity> target() {
    return organization;
  }

  @Override
  public Optional<Content> content() {
    return Optional.of(title);
  }

  @Override
  public Optional<Mention> date() {
    return Optional.empty();
  }
}
