package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** Attendance at an event ("asistió a una videoconferencia"). */
public record Attendance(Entity attendee, Optional<Content> event, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Attendance {
    Objects.requireNonNull(attendee, "attendee");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.ATTENDANCE;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(attendee);
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
