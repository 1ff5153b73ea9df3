package org.hechos.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hechos.Agreement;
import org.hechos.Attendance;
import org.hechos.Chair;
import org.hechos.Content;
import org.hechos.Fact;
import org.hechos.FactType;
import org.hechos.Invitation;
import org.hechos.Meeting;
import org.hechos.Modality;
import org.hechos.Participation;
import org.hechos.Proposal;
import org.hechos.Request;
import org.hechos.Statement;
import org.hechos.Thanks;
import org.hechos.Trigger;
import org.hechos.Visit;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Span;

/**
 * Turns the arguments a rule found into typed facts. Symmetric facts (meetings, agreements) take
 * all parties in one fact; every other fact is one per agent, so "ambas partes evaluaron" gives a
 * statement of each side.
 */
final class FactAssembler {

  /** The fact types with a second party: a destination, an addressee or an invitee. */
  private static final Set<FactType> TARGETED =
      EnumSet.of(FactType.VISIT, FactType.PROPOSAL, FactType.REQUEST, FactType.INVITATION, FactType.THANKS);

  private FactAssembler() {}

  record Found(FactType type, List<Entity> agents, List<Entity> targets, Optional<Content> content,
      Optional<Mention> date, Trigger trigger, Span evidence, Modality modality) {}

  static List<Fact> facts(Found f) {
    List<Fact> facts = new ArrayList<>();
    if (f.type() == FactType.MEETING || f.type() == FactType.AGREEMENT) {
      List<Entity> parties = new ArrayList<>(f.agents());
      f.targets().stream().filter(t -> !parties.contains(t)).forEach(parties::add);
      if (parties.isEmpty()) {
        return facts;
      }
      facts.add(f.type() == FactType.MEETING
          ? new Meeting(parties, f.date(), Optional.empty(), f.trigger(), f.evidence(), f.modality())
          : new Agreement(parties, f.content(), f.date(), f.trigger(), f.evidence(), f.modality()));
      return facts;
    }
    for (Entity agent : f.agents()) {
      List<Optional<Entity>> targets = !TARGETED.contains(f.type()) ? List.of()
          : f.targets().stream().filter(t -> !t.equals(agent)).map(Optional::of).toList();
      // "visitará Rabat y Casablanca", "invitó a Macron y a Merz": one fact for each target
      for (Optional<Entity> target : targets.isEmpty() ? List.of(Optional.<Entity>empty()) : targets) {
        facts.add(fact(f, agent, target));
      }
    }
    return facts;
  }

  private static Fact fact(Found f, Entity agent, Optional<Entity> target) {
    return switch (f.type()) {
      case VISIT -> new Visit(agent, target, f.date(), f.trigger(), f.evidence(), f.modality());
      case PROPOSAL -> new Proposal(agent, target, f.content(), f.date(), f.trigger(), f.evidence(), f.modality());
      case STATEMENT -> new Statement(agent, f.content(), f.date(), f.trigger(), f.evidence(), f.modality());
      case REQUEST -> new Request(agent, target, f.content(), f.date(), f.trigger(), f.evidence(), f.modality());
      case ATTENDANCE -> new Attendance(agent, f.content(), f.date(), f.trigger(), f.evidence(), f.modality());
      case INVITATION -> new Invitation(agent, target, f.content(), f.date(), f.trigger(), f.evidence(), f.modality());
      case THANKS -> new Thanks(agent, target, f.content(), f.date(), f.trigger(), f.evidence(), f.modality());
      case CHAIR -> new Chair(agent, f.content(), f.date(), f.trigger(), f.evidence(), f.modality());
      case PARTICIPATION -> new Participation(agent, f.content(), f.date(), f.trigger(), f.evidence(), f.modality());
      case MEETING, AGREEMENT, ROLE, MEASURE ->
          throw new IllegalArgumentException(f.type() + " is not built from trigger rules");
    };
  }
}
