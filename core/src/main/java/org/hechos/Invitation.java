package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** An invitation ("invitó a", "por invitación de"). */
public record Invitation(Entity inviter, Optional<Entity> invitee, Optional<Content> invitation, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Invitation {
    Objects.requireNonNull(inviter, "inviter");
    Objects.requireNonNull(invitee, "invitee");
    Objects.requireNonNull(invitation, "invitation");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.INVITATION;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(inviter);
  }

  @Override
  public Optional<Entity> target() {
    return invitee;
  }

  @Override
  public Optional<Content> content() {
    return invitation;
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
