package org.hechos.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hechos.Content;
import org.hechos.Fact;
import org.hechos.Measure;
import org.hechos.Modality;
import org.hechos.Trigger;
import org.hechos.models.Analysis;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/**
 * MEASURE facts: a MONEY or PERCENT figure and the measured thing before it in its clause ("el
 * valor del intercambio comercial de 2,6 mil millones de dólares", "un aumento interanual del 12,5
 * por ciento"), dated by the sentence's period.
 */
final class MeasureFacts {

  private static final int REACH = 10;

  private final TriggerRules rules;

  MeasureFacts(TriggerRules rules) {
    this.rules = rules;
  }

  List<Fact> extract(org.hechos.Document doc, Sentence sentence) {
    List<Mention> mentions = doc.mentions().stream().filter(m -> m.sentence() == sentence.index()).toList();
    List<Fact> facts = new ArrayList<>();
    for (Mention value : mentions) {
      if (value.type() != EntityType.MONEY && value.type() != EntityType.PERCENT) {
        continue;
      }
      Optional<Integer> noun = measuredNoun(sentence.tokens(), value.tokenBegin());
      if (noun.isEmpty()) {
        continue;
      }
      int begin = noun.get();
      int end = value.tokenBegin();
      while (end > begin + 1 && (Grammar.PREPOSITIONS.contains(sentence.tokens().get(end - 1).lower())
          || Grammar.DETERMINERS.contains(sentence.tokens().get(end - 1).lower()))) {
        end--;
      }
      Token trigger = sentence.tokens().get(begin);
      Optional<Mention> date = mentions.stream().filter(m -> m.type() == EntityType.DATE)
          .min(java.util.Comparator.comparingInt(m -> Math.abs(m.tokenBegin() - value.tokenEnd())));
      facts.add(new Measure(value, Optional.of(new Content(sentence.text(doc.clean(), begin, end), sentence.span(begin, end))),
          date, new Trigger(trigger.text(), trigger.lemma(Analysis::isCommonNoun), trigger.span()),
          sentence.span(), TriggerFacts.modality(sentence.tokens(), begin)));
    }
    return facts;
  }

  /** The nearest measure noun before {@code value} in its clause. */
  private Optional<Integer> measuredNoun(List<Token> tokens, int value) {
    for (int k = value - 1; k >= 0 && k >= value - REACH; k--) {
      Token t = tokens.get(k);
      boolean relative = t.text().equals(",") && k + 1 < value && tokens.get(k + 1).lower().equals("que");
      if (Grammar.isClauseBreak(t) || t.text().equals(",") && !relative) {
        break; // "las inversiones, que alcanzaron 3.500 millones" crosses into the relative clause
      }
      if (t.any(a -> a.isCommonNoun() && rules.isMeasure(a.lemma())) || rules.isMeasure(t.lower())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
