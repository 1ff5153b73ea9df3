package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** A meeting or talks between participants ("se reunió con", "sostuvo conversaciones con"). */
public record Meeting(List<Entity> participants, Optional<Mention> date, Optional<Entity> place, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Meeting {
    participants = List.copyOf(participants);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.MEETING;
  }

  @Override
  public Optional<Entity> agent() {
    return participants.stream().findFirst();
  }

  @Override
  public Optional<Entity> target() {
    return participants.stream().skip(1).findFirst();
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
