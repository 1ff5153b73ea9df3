package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** A figure in context: what is measured and its value ("un valor del intercambio comercial de 2,6 mil millones de dólares"). */
public record Measure(Mention value, Optional<Content> measured, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Measure {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.MEASURE;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.empty();
  }

  @Override
  public Optional<Entity> target() {
    return Optional.empty();
  }

  @Override
  public Optional<Content> content() {
    return measured;
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
