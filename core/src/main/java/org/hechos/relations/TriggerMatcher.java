package org.hechos.relations;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.hechos.models.Analysis;
import org.hechos.text.Token;

/**
 * Decides which rule a token triggers. A finite verb triggers its verb rule; an infinitive only
 * after "ir a" or a modal ("va a visitar", "podría visitar"), a preposition of time ("tras
 * reunirse con") or "para" ("viajó para asistir a"); a participle only in a perfect or a
 * passive ("ha propuesto", "fue recibido por", "presidida por"). A word that is both noun and verb
 * ("visita") is a noun after a determiner or preposition.
 */
final class TriggerMatcher {

  private static final ImmutableSet<String> MODALS = ImmutableSet.of("poder", "deber", "querer", "pensar",
      "planear", "prever", "esperar", "ir", "decidir");

  private static final ImmutableSet<String> BARE_NOUN_PREPOSITIONS = ImmutableSet.of("por", "a");

  private final TriggerRules rules;

  TriggerMatcher(TriggerRules rules) {
    this.rules = rules;
  }

  Optional<TriggerRule> at(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    Optional<TriggerRule> noun = Optional.empty();
    Optional<TriggerRule> verb = Optional.empty();
    for (Analysis a : t.analyses()) {
      for (TriggerRule rule : rules.forLemma(a.lemma())) {
        if (rule.pos().isNoun() && a.isCommonNoun() && noun.isEmpty()
            && (rule.pos() == TriggerRule.Pos.NOUN || isLightVerbObject(tokens, i))) {
          noun = Optional.of(rule);
        } else if (rule.pos() == TriggerRule.Pos.VERB && a.isVerb() && verb.isEmpty() && verbUse(tokens, i, a)) {
          verb = Optional.of(rule);
        } else if (rule.pos() == TriggerRule.Pos.PREPOSITION && a.isPreposition() && marksNounPhrase(tokens, i)) {
          return Optional.of(rule);
        }
      }
    }
    if (noun.isPresent() && verb.isPresent()) {
      String before = i > 0 ? tokens.get(i - 1).lower() : "";
      return Grammar.DETERMINERS.contains(before) || Grammar.PREPOSITIONS.contains(before) ? noun : verb;
    }
    if (noun.isPresent() && determined(tokens, i)) {
      return noun;
    }
    return verb;
  }

  /**
   * A noun trigger heads a determined phrase ("una visita", "la participación", "sus
   * conversaciones"), is a bare noun after a verb and "de" or "en" ("está de visita"), or a bare
   * noun between "por" or "a" and its "de" agent ("por invitación de X").
   */
  private static boolean determined(List<Token> tokens, int i) {
    if (i >= 1 && i + 1 < tokens.size() && BARE_NOUN_PREPOSITIONS.contains(tokens.get(i - 1).lower())
        && (tokens.get(i + 1).lower().equals("de") || tokens.get(i + 1).lower().equals("del"))) {
      return true; // "por invitación de X", "a propuesta del Gobierno"
    }
    if (i >= 2 && (tokens.get(i - 1).lower().equals("de") || tokens.get(i - 1).lower().equals("en"))
        && Grammar.isFiniteVerb(tokens, i - 2)) {
      return true;
    }
    if (i >= 1 && i + 1 < tokens.size() && tokens.get(i - 1).lower().equals("en") && tokens.get(i + 1).lower().equals("con")) {
      return true; // "... Le Thi Thu Hang en reunión con el embajador"
    }
    for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
      String word = tokens.get(k).lower();
      if (Grammar.DETERMINERS.contains(word) || word.equals("del") || word.equals("al")
          || k == i - 1 && Grammar.isFiniteVerb(tokens, k)) {
        return true; // "una visita", "sostuvo conversaciones"
      }
      if (!tokens.get(k).any(a -> a.isAdjective())) {
        return false;
      }
    }
    return false;
  }

  /** "llegaron a un acuerdo", "han alcanzado un amplio consenso": the object of a light verb. */
  private static boolean isLightVerbObject(List<Token> tokens, int i) {
    int k = Grammar.beforeModifiers(tokens, i - 1);
    if (k > 0 && tokens.get(k).lower().equals("a")) {
      k--;
    }
    return k >= 0 && tokens.get(k).any(a -> a.isVerb() && Grammar.LIGHT_VERBS.contains(a.lemma()));
  }

  /**
   * "viajó a Beijing para asistir al foro", "llegó para reunirse con X": what a trip is for is an
   * event of the traveller's.
   */
  private static boolean isPurpose(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).lower().equals("para") && !tokens.get(i - 2).isPunctuation();
  }

  /** "según el embajador", not "según informó": a verb after it is a trigger of its own. */
  private static boolean marksNounPhrase(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && !tokens.get(i + 1).any(Analysis::isVerb);
  }

  private static boolean verbUse(List<Token> tokens, int i, Analysis a) {
    if (a.isFiniteVerb()) {
      return Grammar.isFiniteVerb(tokens, i);
    }
    if (a.isInfinitive() && (Grammar.isAdverbialInfinitive(tokens, i) || isPurpose(tokens, i))) {
      return true;
    }
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      Token t = tokens.get(k);
      if (a.isInfinitive() && t.any(b -> b.isFiniteVerb() && MODALS.contains(b.lemma()))) {
        return true;
      }
      if (a.isParticiple() && t.any(b -> b.isVerb() && (b.lemma().equals("haber") || b.lemma().equals("ser")))) {
        return true;
      }
      if (!Grammar.VERB_COMPANIONS.contains(t.lower())) {
        break;
      }
    }
    return a.isParticiple() && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("por");
  }
}
