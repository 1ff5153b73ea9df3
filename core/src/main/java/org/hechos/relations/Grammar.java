package org.hechos.relations;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.hechos.models.Analysis;
import org.hechos.text.Token;

/** Closed-class Spanish words the argument finders step over or stop at. */
final class Grammar {

  private Grammar() {}

  static final ImmutableSet<String> PREPOSITIONS = ImmutableSet.of("a", "al", "de", "del", "en", "con", "por",
      "para", "entre", "sobre", "desde", "hasta", "hacia", "según", "contra", "sin", "tras", "ante", "bajo",
      "mediante", "durante");
  static final ImmutableSet<String> DETERMINERS = ImmutableSet.of("el", "la", "los", "las", "lo", "un", "una",
      "unos", "unas", "su", "sus", "este", "esta", "estos", "estas", "ese", "esa", "aquel", "aquella", "otro",
      "otra", "ambos", "ambas", "todo", "toda", "todos", "todas");
  /** Verbs whose object noun is the event itself: "llegaron a un acuerdo", "alcanzaron un consenso". */
  static final ImmutableSet<String> LIGHT_VERBS = ImmutableSet.of("llegar", "alcanzar", "lograr");
  /** Verbs that only voice the noun after them: "expresó su agradecimiento", "reiteró su invitación". */
  static final ImmutableSet<String> SUPPORT_VERBS = ImmutableSet.of("expresar", "manifestar", "transmitir",
      "reiterar", "reafirmar", "trasladar");
  /** Determiners that also stand alone as the subject of a verb. */
  static final ImmutableSet<String> STANDALONE_QUANTIFIERS = ImmutableSet.of("ambos", "ambas", "todos", "todas");
  /** Clitics and auxiliaries between a subject and its verb: "se reunió", "ha propuesto", "va a visitar". */
  static final ImmutableSet<String> VERB_COMPANIONS = ImmutableSet.of("se", "le", "les", "lo", "la", "los", "las",
      "nos", "me", "te", "no", "ya", "también", "además", "hoy", "ayer", "siempre", "a");
  /** Adverbs that may stand between a trigger and its content: "propuso además reabrir". */
  static final ImmutableSet<String> ADVERBS = ImmutableSet.of("además", "también", "asimismo", "igualmente",
      "hoy", "ayer", "ya", "nuevamente", "luego", "finalmente", "ahora", "incluso");
  static final ImmutableSet<String> AUXILIARIES = ImmutableSet.of("haber", "ir", "ser", "estar");
  /** Words before a reporting verb whose source follows it: "según informó el portavoz". */
  static final ImmutableSet<String> REPORTING = ImmutableSet.of("según", "como");
  /** Tokens after which a capitalized word may be an ordinary word starting a sentence or quote. */
  static final ImmutableSet<String> SENTENCE_OPENERS = ImmutableSet.of(".", "!", "?", ":", "¿", "¡", "\"", "«",
      "“", "(", "-", "—", "/.");
  /** Words that end a phrase content: "firmaron 15 acuerdos | durante la visita de X". */
  static final ImmutableSet<String> PHRASE_BREAKS = ImmutableSet.of("durante", "tras", "según", "mientras");
  /** Pronouns that stand as the subject of a new clause: "y este aceptó". */
  static final ImmutableSet<String> SUBJECT_PRONOUNS = ImmutableSet.of("este", "esta", "éste", "ésta", "él", "ella",
      "ellos", "ellas");
  /** Object pronouns written before a finite verb: "la invitó", "le pidió". */
  static final ImmutableSet<String> OBJECT_CLITICS = ImmutableSet.of("lo", "la", "le", "los", "las", "les");
  /** Conjunctions that open a new clause after a comma: ", mientras el Banco Mundial aprobó ...". */
  static final ImmutableSet<String> CLAUSE_OPENERS = ImmutableSet.of("mientras", "aunque", "pero");
  /** Prepositions of time before an infinitive ("tras reunirse") and adverbs that take "de" ("después de"). */
  static final ImmutableSet<String> TIME_PREPOSITIONS = ImmutableSet.of("tras", "al");
  static final ImmutableSet<String> TIME_ADVERBS_WITH_DE = ImmutableSet.of("después", "luego", "antes");
  static final ImmutableSet<String> RELATIVES = ImmutableSet.of("quien", "quienes");
  static final ImmutableSet<String> COORDINATORS = ImmutableSet.of("y", "e", ",");

  /**
   * True if token {@code i} reads as a finite verb here: it has a finite verb reading, no
   * function-word or adverb reading ("sobre", "entre", "además" are also forms of sobrar, entrar,
   * ademar) and no determiner or preposition before it ("la visita", "del presente mes").
   */
  static boolean isFiniteVerb(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.any(Analysis::isFiniteVerb)
        || t.any(a -> a.isPreposition() || a.isDeterminer() || a.isConjunction() || a.isPronoun() || a.isAdverb())
        || t.isCapitalized() && t.any(Analysis::isProperNoun)
        || t.isCapitalized() && i > 0 && !SENTENCE_OPENERS.contains(tokens.get(i - 1).text())) {
      return false; // mid-sentence capitals are names: "Thanh Son" is no form of "ser", "Han" none of "haber"
    }
    if (i == 0) {
      return true;
    }
    String before = tokens.get(i - 1).lower();
    if ((OBJECT_CLITICS.contains(before) || SUBJECT_PRONOUNS.contains(before)) && !t.any(Analysis::isCommonNoun)) {
      return true; // "la invitó", "este aceptó"; "la visita", "este acuerdo" stay nouns
    }
    if (STANDALONE_QUANTIFIERS.contains(before)) {
      return t.any(Analysis::isThirdPersonPlural); // "ambos firmaron", but "ambas visitas"
    }
    return !DETERMINERS.contains(before) && (!PREPOSITIONS.contains(before) || REPORTING.contains(before));
  }

  /**
   * True if token {@code i} is an infinitive after a preposition of time, an event that took place
   * alongside the main clause: "tras reunirse con", "después de visitar", "al recibir a".
   */
  static boolean isAdverbialInfinitive(List<Token> tokens, int i) {
    if (i < 1 || !tokens.get(i).any(Analysis::isInfinitive)) {
      return false;
    }
    String before = tokens.get(i - 1).lower();
    return TIME_PREPOSITIONS.contains(before)
        || before.equals("de") && i >= 2 && TIME_ADVERBS_WITH_DE.contains(tokens.get(i - 2).lower());
  }

  /**
   * The first token at or left of {@code k} that is no determiner or adjective: where the phrase of
   * a noun at {@code k + 1} begins to be governed ("realizó | una breve visita").
   */
  static int beforeModifiers(List<Token> tokens, int k) {
    int j = k;
    while (j >= 0 && (DETERMINERS.contains(tokens.get(j).lower())
        || tokens.get(j).any(Analysis::isAdjective) && !tokens.get(j).any(Analysis::isVerb))) {
      j--;
    }
    return j;
  }

  static boolean isClauseBreak(Token t) {
    String s = t.text();
    return s.equals(";") || s.equals(":") || s.equals(".") || s.equals("(") || s.equals(")");
  }
}
