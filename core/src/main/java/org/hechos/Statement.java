package org.hechos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/** A statement, assessment or emphasis ("afirmó que", "destacó el papel"). */
public record Statement(Entity speaker, Optional<Content> statement, Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) implements Fact {

  public Statement {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }

  @Override
  public FactType type() {
    return FactType.STATEMENT;
  }

  @Override
  public Optional<Entity> agent() {
    return Optional.of(speaker);
  }

  @Override
  public Optional<Entity> target() {
    return Optional.empty();
  }

  @Override
  public Optional<Content> content() {
    return statement;
  }

  @Override
  public Optional<Mention> date() {
    return date;
  }
}
