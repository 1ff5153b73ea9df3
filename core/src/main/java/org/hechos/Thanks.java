package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** Thanks ("agradeció a Hanoi por"). */
public record Thanks(Entity thanker, Optional<Entity> addressee, Optional<Content> reason, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Thanks {
    Objects.requireNonNull(thanker, "thanker");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.THANKS;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(thanker);
  }

  @Override
  public Optional<Entity> target() {
    return addressee;
  }

  @Override
  public Optional<Content> content() {
    return reason;
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
