package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** An agreement between parties ("acordaron aumentar", "convinieron en"). */
public record Agreement(List<Entity> parties, Optional<Content> agreement, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Agreement {
    parties = List.copyOf(parties);
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.AGREEMENT;
  }

  @Override
  public Optional<Entity> agent() {
    return parties.stream().findFirst();
  }

  @Override
  public Optional<Entity> target() {
    return parties.stream().skip(1).findFirst();
  }

  @Override
  public Optional<Content> content() {
    return agreement;
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
