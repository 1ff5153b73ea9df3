package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** A request ("solicitó que", "pidió a"). */
public record Request(Entity requester, Optional<Entity> addressee, Optional<Content> request, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Request {
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.REQUEST;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(requester);
  }

  @Override
  public Optional<Entity> target() {
    return addressee;
  }

  @Override
  public Optional<Content> content() {
    return request;
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
