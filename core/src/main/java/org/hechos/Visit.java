package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** A visit of {@code visitor} to {@code destination} ("realizó una visita oficial a Rusia"). */
public record Visit(Entity visitor, Optional<Entity> destination, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Visit {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.VISIT;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(visitor);
  }

  @Override
  public Optional<Entity> target() {
    return destination;
  }

  @Override
  public Optional<Content> content() {
    return Optional.empty();
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
