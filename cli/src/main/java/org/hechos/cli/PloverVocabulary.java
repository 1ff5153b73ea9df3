package org.hechos.cli;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PLOVER's event categories and the modes each allows, as the PLOVER manual (draft 2.0,
 * github.com/openeventdata/PLOVER, {@code PLOVER_MANUAL.tex}) lists them; the auxiliary modes
 * that the manual puts into an event's {@code context}.
 */
final class PloverVocabulary {

  /** Event category -> its modes (empty where the manual gives none). */
  private static final Map<String, Set<String>> MODES = Map.ofEntries(
      Map.entry("AGREE", Set.of()),
      Map.entry("CONSULT", Set.of("visit", "third-party", "multilateral", "phone")),
      Map.entry("SUPPORT", Set.of()),
      Map.entry("CONCEDE", Set.of()),
      Map.entry("COOPERATE", Set.of()),
      Map.entry("AID", Set.of()),
      Map.entry("RETREAT", Set.of("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
      Map.entry("REQUEST", Set.of("assist", "change", "yield", "meet")),
      Map.entry("ACCUSE", Set.of("disapprove", "investigate", "allege")),
      Map.entry("REJECT", Set.of("assist", "change", "yield", "meet")),
      Map.entry("THREATEN", Set.of("restrict", "arrest", "relations", "expel", "territory", "violence")),
      Map.entry("PROTEST", Set.of("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
      Map.entry("SANCTION", Set.of("convict", "expel", "withdraw", "discontinue")),
      Map.entry("MOBILIZE", Set.of("troops", "weapons", "police", "militia")),
      Map.entry("COERCE", Set.of("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
          "withhold", "misinformation", "cyber")),
      Map.entry("ASSAULT", Set.of("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
          "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
          "unconventional")));

  private PloverVocabulary() {}

  static Set<String> events() {
    return MODES.keySet();
  }

  /** The modes of {@code event}; empty if {@code event} is no PLOVER category. */
  static Optional<Set<String>> modes(String event) {
    return Optional.ofNullable(MODES.get(event));
  }
}
