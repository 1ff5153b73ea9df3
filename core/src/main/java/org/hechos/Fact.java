package org.hechos;

import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/**
 * A fact read from the text. Each type is an immutable record with typed arguments; the accessors
 * here give the uniform view used for output and evaluation: the {@code agent} is who acts (the
 * first party of a symmetric fact), the {@code target} whom or what it is directed at (the second
 * party), the {@code content} the clause or phrase it carries.
 */
public sealed interface Fact
    permits Meeting, Visit, Proposal, Statement, Agreement, Request, Attendance, Invitation, Thanks,
        Role, Chair, Participation, Measure {

  FactType type();

  Optional<Entity> agent();

  Optional<Entity> target();

  Optional<Content> content();

  /** The date the sentence gives for the fact. */
  Optional<Mention> date();

  Trigger trigger();

  /** The sentence the fact was read from, in the original text. */
  Span evidence();

  Modality modality();
}
