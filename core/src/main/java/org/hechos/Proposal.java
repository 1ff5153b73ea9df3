package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** A proposal or recommendation ("propuso que", "sugirió ampliar"). */
public record Proposal(Entity proposer, Optional<Entity> addressee, Optional<Content> proposal, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Proposal {
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.PROPOSAL;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(proposer);
  }

  @Override
  public Optional<Entity> target() {
    return addressee;
  }

  @Override
  public Optional<Content> content() {
    return proposal;
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
