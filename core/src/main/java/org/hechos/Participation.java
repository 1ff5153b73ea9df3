package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** A party taking part in an event ("contó con la participación de"). */
public record Participation(Entity participant, Optional<Content> event, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Participation {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.PARTICIPATION;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(participant);
  }

  @Override
  public Optional<Entity> target() {
    return Optional.empty();
  }

  @Override
  public Optional<Content> content() {
    return event;
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
