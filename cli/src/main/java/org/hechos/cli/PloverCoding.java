package org.hechos.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hechos.Modality;

/**
 * The PLOVER {@code event}, {@code mode} and {@code context} of one fact: its type's coding, with
 * the modality as the manual asks. A cooperative action announced for later (CONSULT, SUPPORT,
 * COOPERATE, AID with modality FUTURE) is coded AGREE, without mode; any other event that is not
 * asserted keeps its category and gets the auxiliary mode {@code future}, {@code hypothetical} or
 * {@code negation} in its context.
 */
record PloverCoding(String event, Optional<String> mode, List<String> context) {

  /** The categories whose future form the manual codes as AGREE. */
  private static final Set<String> AGREE_WHEN_FUTURE = Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID");

  PloverCoding {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(mode, "mode");
    context = List.copyOf(context);
  }

  /** Empty if the fact type is no PLOVER event. */
  static Optional<PloverCoding> of(PloverMapping.Code code, Modality modality) {
    if (code.event().isEmpty()) {
      return Optional.empty();
    }
    String event = code.event().get();
    if (modality == Modality.FUTURE && AGREE_WHEN_FUTURE.contains(event)) {
      return Optional.of(new PloverCoding("AGREE", Optional.empty(), List.of()));
    }
    return Optional.of(new PloverCoding(event, code.mode(), auxiliaryMode(modality).stream().toList()));
  }

  private static Optional<String> auxiliaryMode(Modality modality) {
    return switch (modality) {
      case ASSERTED -> Optional.empty();
      case FUTURE -> Optional.of("future");
      case HYPOTHETICAL -> Optional.of("hypothetical");
      case NEGATED -> Optional.of("negation");
    };
  }
}
