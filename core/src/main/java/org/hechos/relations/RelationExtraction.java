package org.hechos.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hechos.Document;
import org.hechos.Fact;
import org.hechos.Measure;
import org.hechos.Meeting;
import org.hechos.Stage;
import org.hechos.coref.TitlePhrases;
import org.hechos.text.Entity;
import org.hechos.text.Sentence;

/** Reads facts sentence by sentence: trigger rules, roles, measures. Duplicates are dropped. */
final class RelationExtraction implements Stage {

  private final TriggerRules rules;
  private final TriggerMatcher matcher;
  private final TitlePhrases titlePhrases;

  RelationExtraction(TriggerRules rules, TriggerMatcher matcher, TitlePhrases titlePhrases) {
    this.rules = rules;
    this.matcher = matcher;
    this.titlePhrases = titlePhrases;
  }

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.ENTITIES, name());
    Referents refs = new Referents(in.entities());
    TriggerFacts triggers = new TriggerFacts(matcher, new Arguments(refs, rules), refs);
    RoleFacts roles = new RoleFacts(titlePhrases, rules.portfolios(), refs);
    MeasureFacts measures = new MeasureFacts(rules);
    Map<String, Fact> facts = new LinkedHashMap<>();
    Set<Set<Integer>> meetings = new HashSet<>();
    for (Sentence sentence : in.sentences()) {
      List<Fact> found = new ArrayList<>();
      found.addAll(roles.extract(in, sentence));
      found.addAll(triggers.extract(in, sentence));
      found.addAll(measures.extract(in, sentence));
      for (Fact f : found) {
        if (f instanceof Meeting meeting && !meetings.add(parties(meeting)) && isNounTrigger(f)) {
          continue; // "Tras las conversaciones, ..." after "Durante las conversaciones ...": the same meeting again
        }
        facts.putIfAbsent(key(f), f);
      }
    }
    roles.describedOnly().forEach(f -> facts.putIfAbsent(key(f), f));
    List<Fact> ordered = new ArrayList<>(facts.values());
    ordered.sort(Comparator.comparing((Fact f) -> f.trigger().span()));
    return in.withFacts(ordered);
  }

  private static Set<Integer> parties(Meeting meeting) {
    return meeting.participants().stream().map(Entity::id).collect(Collectors.toSet());
  }

  private boolean isNounTrigger(Fact f) {
    return rules.forLemma(f.trigger().lemma()).stream().allMatch(r -> r.pos().isNoun());
  }

  private static String key(Fact f) {
    // two figures may measure one noun: "crecieron un 6,8 % y alcanzaron 7.950 millones de dólares"
    String value = f instanceof Measure m ? "|" + m.value().span() : "";
    return f.type() + "|" + f.agent().map(Entity::id).orElse(-1) + "|" + f.target().map(Entity::id).orElse(-1)
        + "|" + f.trigger().span() + value;
  }
}
