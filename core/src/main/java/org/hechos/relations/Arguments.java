package org.hechos.relations;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hechos.Content;
import org.hechos.FactType;
import org.hechos.models.Analysis;
import org.hechos.text.Entity;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Token;

/**
 * Finds the arguments of triggers in one document. Holds the document's last explicit subject, for
 * dropped subjects, so one instance serves one document, sentence by sentence in order.
 */
final class Arguments {

  private static final ImmutableSet<String> BESIDES = ImmutableSet.of("además", "junto");

  /** Facts of verbs with no direct object: a person after the verb is its subject. */
  private static final ImmutableSet<FactType> INTRANSITIVE =
      ImmutableSet.of(FactType.ATTENDANCE, FactType.PARTICIPATION);

  private static final ImmutableSet<String> CLOSING_QUOTES = ImmutableSet.of("\"", "»", "”", "'");

  /** Asides between commas: a connector before "que" (", sin embargo,"), a phrase after it (", pese a la crisis,"). */
  private static final int SHORT_ASIDE = 3;
  private static final int LONG_ASIDE = 10;

  /** The most tokens a bracket holds that names no clause of its own: "(FMI)", "(VNA)". */
  private static final int SHORT_BRACKET = 6;

  /** How far after the trigger an infinitive of purpose may stand. */
  private static final int PURPOSE_REACH = 20;

  private final Referents refs;
  private final TreeArguments tree;
  private final TriggerRules rules;
  private List<Entity> lastSubject = List.of();
  private int lastSubjectSentence = -1;

  /** Prepositions a coordinated object repeats: "a Macron y a Merz", "con Lula y con Boric". */
  private static final ImmutableSet<String> REPEATED_PREPOSITIONS = ImmutableSet.of("a", "al", "con", "en");

  Arguments(Referents refs, TriggerRules rules) {
    this.refs = refs;
    this.tree = new TreeArguments(refs, rules);
    this.rules = rules;
  }

  /**
   * The result of the first finder that finds something. When none does and the rule looks for a
   * subject, the subject of the last verb trigger before stands in (dropped subjects); a noun
   * trigger's agent never does, as a noun need not have one ("las conversaciones telefónicas").
   */
  List<Entity> find(Site site, List<ArgumentFinder> finders, boolean agent) {
    for (ArgumentFinder finder : finders) {
      List<Entity> found = find(site, finder);
      if (!found.isEmpty()) {
        return found;
      }
    }
    boolean dropped = finders.contains(ArgumentFinder.SUBJECT) && !isReportedSource(site)
        && (!agent || site.rule().pos() == TriggerRule.Pos.VERB && !hasCommonNounSubject(site));
    return dropped ? lastSubject : List.of();
  }

  List<Entity> find(Site site, ArgumentFinder finder) {
    List<Entity> fromTree = finder == ArgumentFinder.SUBJECT ? List.of() : tree.find(site, finder);
    if (!fromTree.isEmpty()) {
      return fromTree;
    }
    return switch (finder) {
      case SUBJECT -> subject(site);
      case MAIN -> mainSubject(site);
      case BY -> site.token(site.trigger()).any(Analysis::isParticiple) ? governedAny(site, "por") : List.of();
      case OF -> governed(site, "de", 1).isEmpty() ? governed(site, "del", 1) : governed(site, "de", 1);
      case A -> site.rule().pos().isNoun() && governedAny(site, "a", "al").isEmpty()
          ? governedBeforeNoun(site, "a", "al") : governedAny(site, "a", "al");
      case CON -> governedAny(site, "con");
      case EN -> governedAny(site, "en");
      case POR -> governedAny(site, "por");
      case ENTRE, MARKED -> List.of(); // read off the tree only: "entre X y Y" needs the coordination
      case OBJECT -> object(site);
      case COUNTERPART -> List.of(); // needs the agent: see counterpart()
      case LIST -> list(site);
    };
  }

  /** The most mentioned person of the document other than {@code agents}. */
  List<Entity> counterpart(List<Entity> agents) {
    return refs.entities().stream()
        .filter(e -> e.type() == EntityType.PERSON && !e.isGroup() && !agents.contains(e))
        .filter(e -> e.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.NAME))
        .max(Comparator.comparingInt((Entity e) -> e.mentions().size()).thenComparingInt(e -> -e.first().span().begin()))
        .map(List::of).orElse(List.of());
  }

  /** The explicit subject to the left, remembered for later dropped subjects. */
  private List<Entity> subject(Site site) {
    List<Entity> explicit = tree.find(site, ArgumentFinder.SUBJECT);
    if (explicit.isEmpty()) {
      explicit = isReportedSource(site) ? nameAt(site, sourceStart(site))
          : speakerBeforeQue(site).orElseGet(() -> explicitSubject(site, site.trigger(), site.rule().pos().isNoun()));
    }
    if (explicit.isEmpty() && isCoordinatedVerb(site)) {
      explicit = mainClauseSubject(site);
    }
    if (explicit.isEmpty() && Grammar.isAdverbialInfinitive(site.tokens(), site.trigger())) {
      explicit = mainSubject(site); // "Tras reunirse con X, Rodríguez afirmó": the main clause's subject
    }
    if (explicit.isEmpty() && (opensWithPrepositionalPhrase(site) || followsPrepositionalRelative(site)
        || INTRANSITIVE.contains(site.rule().fact()) && site.rule().pos() == TriggerRule.Pos.VERB)) {
      // "A la reunión asistieron los cancilleres de Jamaica, X, y de Haití, Y", "el acto, al que asistió X",
      // "asistió a la sesión inaugural el gobernador del estado, X"
      explicit = postverbalSubjects(site);
    }
    if (!explicit.isEmpty() && tree.inMainClause(site).orElseGet(() -> !inThatClause(site))) {
      remember(explicit, site); // what a "que" clause reports is no topic: "afirmó que Buenos Aires considera ..."
    }
    return explicit;
  }

  /** True if the trigger follows a "que" that a verb introduced: "afirmó que X considera". */
  private static boolean inThatClause(Site site) {
    for (int k = site.trigger() - 1; k > 0; k--) {
      int verb = skipCompanions(site.tokens(), k - 1);
      if (site.token(k).lower().equals("que") && verb >= 0 && Grammar.isFiniteVerb(site.tokens(), verb)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a sentence whose triggers named no subject: the subject of its first finite verb is the
   * topic that later dropped subjects continue ("X llegó a Lima. Afirmó que ...").
   */
  void rememberMainSubject(Site firstVerb) {
    if (lastSubjectSentence == firstVerb.sentence().index()) {
      return;
    }
    List<Entity> subject = explicitSubject(firstVerb, firstVerb.trigger(), false);
    if (!subject.isEmpty()) {
      remember(subject, firstVerb);
    }
  }

  private void remember(List<Entity> subject, Site site) {
    lastSubject = subject;
    lastSubjectSentence = site.sentence().index();
  }

  /**
   * The source follows the verb: "..., según informó el portavoz X", "..., informó este miércoles
   * la cancillería.", "..., afirmó Fonseca, quien pidió ..." (a reporting verb after a comma with
   * only its subject, perhaps with a relative clause, left in the sentence).
   */
  private boolean isReportedSource(Site site) {
    int t = site.trigger();
    if (t > 0 && Grammar.REPORTING.contains(site.token(t - 1).lower())) {
      return true;
    }
    if (t == 0 || !site.token(t - 1).text().equals(",") || site.rule().fact() != FactType.STATEMENT) {
      return false;
    }
    int source = sourceStart(site);
    if (source >= site.size() || site.token(source).lower().equals("que") || site.token(source).isPunctuation()) {
      return false; // "..., valoraron." has its subject before it
    }
    boolean clauseBefore = false;
    for (int i = 0; i < t - 1 && !clauseBefore; i++) {
      clauseBefore = Grammar.isFiniteVerb(site.tokens(), i);
    }
    if (!clauseBefore || closesRelativeClause(site, t - 1)) {
      // "Además, destacó el papel ...": the verb opens its own clause;
      // "Ana Beltrán, quien llegó a Lima, anunció ...": its subject is before the relative clause
      return false;
    }
    for (int i = source; i < site.size(); i++) {
      if (site.token(i).text().equals(",") && i + 1 < site.size() && isRelativePronoun(site.token(i + 1))) {
        return true; // the source's relative clause follows
      }
      if (Grammar.isClauseBreak(site.token(i)) && !site.token(i).text().equals(".")
          || Grammar.isFiniteVerb(site.tokens(), i) || site.token(i).lower().equals("que")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The opening comma of an infinitive phrase of time that ends at the comma {@code k} (",
   * tras visitar Moscú,"), else -1.
   */
  private static int infinitivePhraseOpening(Site site, int k) {
    if (k < 0 || !site.token(k).text().equals(",")) {
      return -1;
    }
    for (int j = k - 1; j > 0; j--) {
      if (Grammar.isAdverbialInfinitive(site.tokens(), j)) {
        int opening = j - (site.token(j - 1).lower().equals("de") ? 3 : 2);
        return opening >= 0 && site.token(opening).text().equals(",") ? opening : -1;
      }
      if (Grammar.isClauseBreak(site.token(j)) || site.token(j).text().equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * After an aside between commas right at {@code i} (", sin embargo,", ", pese a la crisis,"): a
   * few lowercase words with no verb ({@link #SHORT_ASIDE} before "que", {@link #LONG_ASIDE} after).
   */
  private static int skipAside(Site site, int i) {
    return skipAside(site, i, SHORT_ASIDE);
  }

  private static int skipAside(Site site, int i, int longest) {
    if (i >= site.size() || !site.token(i).text().equals(",")) {
      return i;
    }
    for (int j = i + 1; j < site.size() && j <= i + longest + 1; j++) {
      Token t = site.token(j);
      if (t.text().equals(",")) {
        return j > i + 1 ? j + 1 : i;
      }
      boolean verb = Grammar.isFiniteVerb(site.tokens(), j) && !(t.lower().equals("pese") && j == i + 1); // "pese a"
      if (t.isCapitalized() || t.isPunctuation() || verb || t.lower().equals("que")) {
        return i;
      }
    }
    return i;
  }

  /** "un encuentro, al que asistieron X e Y", "la cumbre, en la que participó X", "donde participará X". */
  private static boolean followsPrepositionalRelative(Site site) {
    int k = skipCompanions(site.tokens(), site.trigger() - 1);
    if (k < 1) {
      return false;
    }
    String word = site.token(k).lower();
    if (word.equals("donde")) {
      return true;
    }
    if (!word.equals("que") && !word.equals("cual") && !word.equals("cuales")) {
      return false;
    }
    int before = Grammar.DETERMINERS.contains(site.token(k - 1).lower()) ? k - 2 : k - 1;
    return before >= 0 && Grammar.PREPOSITIONS.contains(site.token(before).lower());
  }

  /**
   * True if the sentence opens with a prepositional phrase right before a verb trigger, the order
   * in which the subject follows the verb: "A la reunión asistieron ...", "En la cita participó ...".
   */
  private static boolean opensWithPrepositionalPhrase(Site site) {
    if (site.rule().pos() != TriggerRule.Pos.VERB || site.trigger() < 2
        || !Grammar.PREPOSITIONS.contains(site.token(0).lower())) {
      return false;
    }
    for (int i = 1; i < site.trigger(); i++) {
      if (Grammar.isClauseBreak(site.token(i)) || site.token(i).text().equals(",") || Grammar.isFiniteVerb(site.tokens(), i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The persons and organizations after the trigger up to the end of its clause that no
   * preposition governs: a subject after its verb, perhaps a list with places in between.
   */
  private List<Entity> postverbalSubjects(Site site) {
    List<Entity> found = new ArrayList<>();
    for (int i = site.trigger() + 1; i < site.size(); i++) {
      Token t = site.token(i);
      if (t.text().equals(".") || t.lower().equals("que") || Grammar.isFiniteVerb(site.tokens(), i)) {
        break;
      }
      Optional<Referents.Ref> ref = refs.startingAt(site.sentence().index(), i);
      if (ref.isEmpty()) {
        continue;
      }
      Entity e = ref.get().entity();
      int before = i - 1;
      while (before > site.trigger() && Grammar.DETERMINERS.contains(site.token(before).lower())) {
        before--;
      }
      boolean governed = Grammar.PREPOSITIONS.contains(site.token(before).lower()) || site.token(before).text().equals("(");
      if (!governed && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) && !found.contains(e)) {
        found.add(e);
      }
      i = ref.get().mention().tokenEnd() - 1;
    }
    return found;
  }

  /** "subrayó el ministro cubano que ...": the subject between the verb and its "que" clause. */
  private Optional<List<Entity>> speakerBeforeQue(Site site) {
    if (site.rule().pos() != TriggerRule.Pos.VERB) {
      return Optional.empty();
    }
    return nameBeforeQue(site, sourceStart(site))
        .filter(ref -> ref.entity().type() == EntityType.PERSON || ref.entity().type() == EntityType.ORGANIZATION)
        .map(ref -> List.of(ref.entity()));
  }

  /** The mention starting at {@code i} right before a "que": "el ministro cubano" in "subrayó el ministro cubano que". */
  private Optional<Referents.Ref> nameBeforeQue(Site site, int i) {
    return refs.startingAt(site.sentence().index(), i)
        .filter(ref -> ref.mention().tokenEnd() < site.size() && site.token(ref.mention().tokenEnd()).lower().equals("que"));
  }

  /** Where the source of a reporting verb may start: after adverbs and a date ("informó hoy el ..."). */
  private int sourceStart(Site site) {
    int i = site.trigger() + 1;
    while (i < site.size() && Grammar.ADVERBS.contains(site.token(i).lower())) {
      i++;
    }
    i = dateEnd(site, i);
    return placeOfSpeech(site, i);
  }

  /**
   * After a short phrase of place or occasion with no name in it, at {@code i}: "afirmó en el
   * evento Liu", "dijo ante la prensa el ministro".
   */
  private int placeOfSpeech(Site site, int i) {
    if (i >= site.size() || !Grammar.PREPOSITIONS.contains(site.token(i).lower())) {
      return i;
    }
    for (int j = i + 1; j < site.size() && j <= i + 4; j++) {
      Token t = site.token(j);
      if (refs.startingAt(site.sentence().index(), j).isPresent()) {
        return j > i + 1 && !Grammar.DETERMINERS.contains(site.token(j - 1).lower()) ? j : i;
      }
      if (t.isCapitalized() || t.isPunctuation() || !(Grammar.DETERMINERS.contains(t.lower())
          || t.any(Analysis::isCommonNoun) || isAdjectiveWord(t))) {
        return i;
      }
    }
    return i;
  }

  /** True if the comma at {@code comma} ends a clause that ", quien" or ", que" opened. */
  private static boolean closesRelativeClause(Site site, int comma) {
    int k = comma - 1;
    while (k > 0 && !site.token(k - 1).text().equals(",") && !Grammar.isClauseBreak(site.token(k - 1))) {
      k--;
    }
    return k > 0 && site.token(k - 1).text().equals(",") && isRelativePronoun(site.token(k));
  }

  /** "X recordó que ... y afirmó que ...": a verb right after "y" shares the main clause's subject. */
  private static boolean isCoordinatedVerb(Site site) {
    int k = site.trigger() - 1;
    while (k >= 0 && Grammar.VERB_COMPANIONS.contains(site.token(k).lower()) && !site.token(k).lower().equals("y")) {
      k--;
    }
    return k > 0 && (site.token(k).lower().equals("y") || site.token(k).lower().equals("e"));
  }

  /**
   * "La oposición criticó el plan y pidió ...": the clause (or, for a coordinated verb, the main
   * clause) opens with a common noun phrase, or the verb follows a relative "que" after a common
   * noun: a subject that names no entity; the verb then has a subject of its own and none is
   * carried over from earlier sentences.
   */
  private boolean hasCommonNounSubject(Site site) {
    if (isRelativeToCommonNoun(site)) {
      return true;
    }
    int verb = site.trigger();
    if (isCoordinatedVerb(site)) {
      for (int v = 0; v < site.trigger(); v++) {
        if (Grammar.isFiniteVerb(site.tokens(), v)) {
          verb = v;
          break;
        }
      }
    }
    int start = verb - 1;
    while (start >= 0 && !Grammar.isClauseBreak(site.token(start)) && !isRelativePronoun(site.token(start))
        && !Grammar.isFiniteVerb(site.tokens(), start)) {
      start--;
    }
    start++;
    if (start < site.size() && site.token(start).text().equals(",")) {
      start++;
    }
    return start + 1 < verb && Grammar.DETERMINERS.contains(site.token(start).lower())
        && site.token(start + 1).any(a -> a.isCommonNoun()) && !site.token(start + 1).isCapitalized()
        && refs.startingAt(site.sentence().index(), start).isEmpty();
  }

  /** "una resolución que exige": the verb's subject is the noun the relative "que" follows. */
  private static boolean isRelativeToCommonNoun(Site site) {
    int k = skipCompanions(site.tokens(), site.trigger() - 1);
    return k >= 0 && site.token(k).lower().equals("que") && followsCommonNoun(site.tokens(), k);
  }

  /** True if the "que" at {@code k} follows a common noun: a relative pronoun, not "dijo que". */
  private static boolean followsCommonNoun(List<Token> tokens, int k) {
    if (k < 2) {
      return false;
    }
    Token noun = tokens.get(k - 1);
    return !noun.isCapitalized() && noun.any(Analysis::isCommonNoun)
        && (Grammar.DETERMINERS.contains(tokens.get(k - 2).lower()) || !noun.any(Analysis::isFiniteVerb));
  }

  /** True if the finite verb at {@code v} is in a relative clause: "las conversaciones que sostuvieron". */
  private static boolean inRelativeClause(List<Token> tokens, int v) {
    int k = skipCompanions(tokens, v - 1);
    return k >= 0 && (Grammar.RELATIVES.contains(tokens.get(k).lower())
        || tokens.get(k).lower().equals("que") && followsCommonNoun(tokens, k));
  }

  /** The subject of the first finite verb of the sentence outside relative clauses. */
  private List<Entity> mainClauseSubject(Site site) {
    for (int v = 0; v < site.trigger(); v++) {
      if (Grammar.isFiniteVerb(site.tokens(), v) && !inRelativeClause(site.tokens(), v)) {
        return explicitSubject(site, v, false);
      }
    }
    return List.of();
  }

  /**
   * The subject to the left of {@code trigger} in its clause. For a noun ({@code noun}), the
   * subject of the verb its phrase depends on: "Tran llegó a Tokio para iniciar una visita".
   */
  private List<Entity> explicitSubject(Site site, int trigger, boolean noun) {
    List<Token> tokens = site.tokens();
    int k = skipCompanions(tokens, trigger - 1);
    if (noun) {
      k = skipGoverningVerb(site, k);
    }
    boolean afterComma = false;
    for (; k >= 0; k--) {
      Token t = tokens.get(k);
      if (isRelativePronoun(t)) {
        // "Rosa Quispe, quien propuso", "Moussa Ndiaye, que asistió"; "X, con quien firmará" has a
        // subject of its own, not said; a "que" clause otherwise
        return k > 0 && Grammar.PREPOSITIONS.contains(tokens.get(k - 1).lower()) ? List.of() : relativeReferent(site, k);
      }
      int open = bracketOpening(site, k);
      if (open >= 0) {
        k = open; // "El Fondo Monetario Internacional (FMI) pidió": the acronym is no clause
        continue;
      }
      int infinitivePhrase = infinitivePhraseOpening(site, k);
      if (infinitivePhrase >= 0) {
        k = infinitivePhrase; // "Luis Arce, tras visitar Moscú, viajó": Moscú is no subject
        continue;
      }
      if (Grammar.isClauseBreak(t)) {
        return List.of();
      }
      afterComma |= t.text().equals(",");
      Optional<Referents.Ref> ref = refs.endingAt(site.sentence().index(), k + 1);
      if (ref.isPresent()) {
        Mention m = ref.get().mention();
        if (!isPrepositionObject(site, phraseBegin(ref.get()))) {
          return coordinated(site, ref.get());
        }
        k = m.tokenBegin();
        continue;
      }
      if (Grammar.isFiniteVerb(tokens, k)) {
        int opener = skipCompanions(tokens, k - 1);
        if (afterComma && opener >= 0 && isRelativePronoun(tokens.get(opener))) {
          // "Ana Beltrán, quien llegó el lunes a Lima, anunció": the subject precedes the relative clause
          return relativeReferent(site, opener);
        }
        return noun ? explicitSubject(site, k, false) : List.of();
      }
    }
    return List.of();
  }

  private static boolean isRelativePronoun(Token t) {
    return Grammar.RELATIVES.contains(t.lower()) || t.lower().equals("que");
  }

  /** The name the relative pronoun at {@code k} refers to: "quien" any name before it, "que" a head name. */
  private List<Entity> relativeReferent(Site site, int k) {
    return Grammar.RELATIVES.contains(site.token(k).lower()) ? antecedent(site, k) : relativeAntecedent(site, k);
  }

  /**
   * The name a "que" at {@code k} refers to when it opens a relative clause after a comma:
   * "Moussa Ndiaye, que asistió". A name governed by a preposition is not the head of its phrase
   * ("el acuerdo con Rusia, que incluye ...") and is no antecedent.
   */
  private List<Entity> relativeAntecedent(Site site, int k) {
    if (k == 0 || !site.token(k - 1).text().equals(",")) {
      return List.of();
    }
    return refs.endingAt(site.sentence().index(), k - 1)
        .filter(ref -> !isPrepositionObject(site, phraseBegin(ref)))
        .map(ref -> List.of(ref.entity())).orElse(List.of());
  }

  /**
   * The "(" of a short bracket that closes at {@code k} ("(FMI)", "(VNA)"), else -1: a bracket
   * after a name adds to the name and ends no clause.
   */
  private static int bracketOpening(Site site, int k) {
    if (k < 0 || !site.token(k).text().equals(")")) {
      return -1;
    }
    for (int j = k - 1; j >= 0 && j >= k - SHORT_BRACKET; j--) {
      String text = site.token(j).text();
      if (text.equals("(")) {
        return j;
      }
      if (Grammar.isClauseBreak(site.token(j))) {
        return -1;
      }
    }
    return -1;
  }

  /** The first token left of {@code k} that is not a clitic, auxiliary or negation of a verb. */
  private static int skipCompanions(List<Token> tokens, int k) {
    while (k >= 0 && !tokens.get(k).isCapitalized() && (Grammar.VERB_COMPANIONS.contains(tokens.get(k).lower())
        || tokens.get(k).any(a -> a.isVerb() && Grammar.AUXILIARIES.contains(a.lemma())))) {
      k--; // "se reunió", "ha propuesto", "fue recibido", "va a visitar"; never a name ("Thanh Son")
    }
    return k;
  }

  /** The name a relative pronoun at {@code k} refers to: the one right before it, across a comma. */
  private List<Entity> antecedent(Site site, int k) {
    int end = k > 0 && site.token(k - 1).text().equals(",") ? k - 1 : k;
    return refs.endingAt(site.sentence().index(), end).map(r -> List.of(r.entity())).orElse(List.of());
  }

  /**
   * Where the phrase of a mention begins: a name in apposition to a title ("el presidente de Kenia,
   * Samuel Kiprono") begins where its title does, so a preposition before the title governs both.
   */
  private static int phraseBegin(Referents.Ref ref) {
    Mention m = ref.mention();
    return ref.entity().mentions().stream()
        .filter(n -> n.kind() == Mention.Kind.NOMINAL && n.sentence() == m.sentence()
            && n.tokenEnd() <= m.tokenBegin() && m.tokenBegin() - n.tokenEnd() <= 12)
        .mapToInt(Mention::tokenBegin).min().orElse(m.tokenBegin());
  }

  /**
   * "realizó una visita", "se encuentra de visita": the subject of a noun trigger is that of the
   * light verb governing it.
   */
  private static int skipGoverningVerb(Site site, int k) {
    int j = Grammar.beforeModifiers(site.tokens(), k);
    if (j > 0 && j == k && (site.token(j).lower().equals("de") || site.token(j).lower().equals("en"))) {
      j--; // a bare noun after "de" or "en": "está de visita", "se encuentra en visita oficial"
    }
    if (j >= 0 && Grammar.isFiniteVerb(site.tokens(), j)) {
      j--;
      while (j >= 0 && Grammar.VERB_COMPANIONS.contains(site.token(j).lower())) {
        j--;
      }
      return j;
    }
    return k;
  }

  /**
   * "Chile y Perú acordaron", "El canciller paraguayo, Luis Benítez, y su colega boliviana, Carla
   * Mamani, firmaron": every phrase coordinated with {@code last}, in order.
   */
  private List<Entity> coordinated(Site site, Referents.Ref last) {
    List<Entity> found = new ArrayList<>();
    found.add(last.entity());
    int begin = phraseBegin(last);
    while (true) {
      int k = begin - 1;
      while (k >= 0 && Grammar.DETERMINERS.contains(site.token(k).lower())) {
        k--; // "Vietnam y la Federación de Rusia"
      }
      boolean coordinator = false;
      while (k >= 0 && Grammar.COORDINATORS.contains(site.token(k).lower())) {
        coordinator = true;
        k--;
      }
      int open = bracketOpening(site, k);
      if (open >= 0) {
        k = open - 1; // "La Unión Europea (UE) y el Mercosur"
      }
      Optional<Referents.Ref> before = coordinator ? refs.endingAt(site.sentence().index(), k + 1) : Optional.empty();
      if (before.isEmpty() || before.get().mention().type().isValue()
          || isPrepositionObject(site, phraseBegin(before.get()))) {
        break;
      }
      found.add(0, before.get().entity());
      begin = phraseBegin(before.get());
    }
    return found.stream().distinct().toList();
  }

  /** True if a preposition governs the phrase starting at {@code begin}, directly or through coordination. */
  private boolean isPrepositionObject(Site site, int begin) {
    int k = begin - 1;
    while (k >= 0 && Grammar.DETERMINERS.contains(site.token(k).lower())) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String word = site.token(k).lower();
    if (Grammar.PREPOSITIONS.contains(word)) {
      return true;
    }
    if (word.equals(",") && beginsClause(site, begin)) {
      return false; // "Tras hablar con Serguéi Riabkov, Rodríguez afirmó": a subject, no list item
    }
    if (word.equals("y") || word.equals("e") || word.equals(",")) {
      Optional<Referents.Ref> before = refs.endingAt(site.sentence().index(), k);
      return before.isPresent() && isPrepositionObject(site, before.get().mention().tokenBegin());
    }
    return false;
  }

  /** True if the mention at {@code begin} is followed by a finite verb, the verb it is the subject of. */
  private boolean beginsClause(Site site, int begin) {
    Optional<Referents.Ref> ref = refs.startingAt(site.sentence().index(), begin);
    if (ref.isEmpty()) {
      return false;
    }
    int k = ref.get().mention().tokenEnd();
    while (k < site.size() && !site.token(k).isCapitalized() && Grammar.VERB_COMPANIONS.contains(site.token(k).lower())) {
      k++;
    }
    return k < site.size() && Grammar.isFiniteVerb(site.tokens(), k);
  }

  /** The subject of the first finite verb after the trigger, looking no further left than the trigger. */
  private List<Entity> mainSubject(Site site) {
    for (int v = site.trigger() + 1; v < site.size(); v++) {
      if (Grammar.isFiniteVerb(site.tokens(), v) && !inRelativeClause(site.tokens(), v)) {
        for (int k = v - 1; k > site.trigger(); k--) {
          Optional<Referents.Ref> ref = refs.endingAt(site.sentence().index(), k + 1);
          if (ref.isPresent() && ref.get().mention().tokenBegin() > site.trigger()
              && !isPrepositionObject(site, ref.get().mention().tokenBegin())) {
            return coordinated(site, ref.get());
          }
          if (!Grammar.VERB_COMPANIONS.contains(site.token(k).lower()) && ref.isEmpty()
              && site.token(k).text().equals(",")) {
            break;
          }
        }
        return List.of();
      }
    }
    return List.of();
  }

  /** The name introduced by one of {@code prepositions} within the trigger's clause. */
  private List<Entity> governedAny(Site site, String... prepositions) {
    int relative = skipCompanions(site.tokens(), site.trigger() - 1);
    if (relative > 0 && Grammar.RELATIVES.contains(site.token(relative).lower())
        && Arrays.asList(prepositions).contains(site.token(relative - 1).lower())) {
      return antecedent(site, relative - 1); // "Bernardo Arévalo, con quien firmará"
    }
    for (int i = site.trigger() + 1; i < site.size() && i < site.trigger() + 16; i++) {
      Token t = site.token(i);
      if (Grammar.isClauseBreak(t) || t.lower().equals("que") || Grammar.isFiniteVerb(site.tokens(), i)) {
        break;
      }
      for (String p : prepositions) {
        if (t.lower().equals(p)) {
          List<Entity> found = nameAt(site, i + 1);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The name a preposition governs between a noun trigger and the verb it depends on: "transmitió
   * al premier una invitación", "entregó a Lula una propuesta".
   */
  private List<Entity> governedBeforeNoun(Site site, String... prepositions) {
    int phrase = site.trigger() - 1;
    while (phrase >= 0 && (Grammar.DETERMINERS.contains(site.token(phrase).lower()) || isAdjectiveWord(site.token(phrase)))) {
      phrase--;
    }
    if (phrase < 0 || Grammar.PREPOSITIONS.contains(site.token(phrase).lower())) {
      return List.of(); // "llegó a Lima por invitación de X": the noun is no object of the verb
    }
    for (int i = phrase; i >= 0; i--) {
      Token t = site.token(i);
      if (Grammar.isClauseBreak(t) || t.text().equals(",") || Grammar.isFiniteVerb(site.tokens(), i)) {
        break;
      }
      if (Arrays.asList(prepositions).contains(t.lower())) {
        List<Entity> found = nameAt(site, i + 1);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static boolean isAdjectiveWord(Token t) {
    return !t.isCapitalized() && t.any(Analysis::isAdjective) && !t.any(Analysis::isVerb);
  }

  /** The name after {@code preposition} at most {@code gap} tokens after the trigger. */
  private List<Entity> governed(Site site, String preposition, int gap) {
    for (int i = site.trigger() + 1; i <= site.trigger() + gap && i < site.size(); i++) {
      if (site.token(i).lower().equals(preposition)) {
        return nameAt(site, i + 1);
      }
    }
    return List.of();
  }

  /** The direct object: right after the trigger, or a personal "a" object further on ("recibió hoy en Hanoi al ministro"). */
  private List<Entity> object(Site site) {
    List<Entity> next = nameAt(site, site.trigger() + 1);
    if (next.isEmpty()) {
      next = governedAny(site, "a", "al");
    }
    return next.isEmpty() ? cliticObject(site) : next;
  }

  /**
   * "agradeció a Quispe la hospitalidad y la invitó": an object clitic right before the trigger
   * stands for the last person or organization governed by a preposition before it in the sentence.
   */
  private List<Entity> cliticObject(Site site) {
    int clitic = site.trigger() - 1;
    if (clitic < 1 || !Grammar.OBJECT_CLITICS.contains(site.token(clitic).lower())) {
      return List.of();
    }
    for (int end = clitic; end > 0; end--) {
      Optional<Referents.Ref> ref = refs.endingAt(site.sentence().index(), end);
      if (ref.isPresent() && (ref.get().entity().type() == EntityType.PERSON
          || ref.get().entity().type() == EntityType.ORGANIZATION) && isPrepositionObject(site, phraseBegin(ref.get()))) {
        return List.of(ref.get().entity());
      }
    }
    return List.of();
  }

  /**
   * The entity of the mention at {@code i}, allowing determiners and adjectives before it ("al
   * nuevo embajador", "a la recién nombrada ministra").
   */
  private List<Entity> nameAt(Site site, int i) {
    for (int j = i; j < site.size() && j <= i + 3; j++) {
      Optional<Referents.Ref> ref = refs.startingAt(site.sentence().index(), j);
      if (ref.isPresent()) {
        return withCoordinated(site, ref.get());
      }
      Token t = site.token(j);
      if (!Grammar.DETERMINERS.contains(t.lower()) && !t.isCapitalized() && t.any(Analysis::isCommonNoun)
          && !t.any(Analysis::isAdjective)) {
        return placeAfterNoun(site, j + 1); // "a la provincia nororiental de Udon Thani"
      }
      if (!Grammar.DETERMINERS.contains(t.lower()) && (t.isCapitalized() || !t.any(Analysis::isAdjective))) {
        break;
      }
    }
    return List.of();
  }

  /** The place in "de X" after a common noun and its adjectives, at {@code i}: "la ciudad (costera) de Da Nang". */
  private List<Entity> placeAfterNoun(Site site, int i) {
    while (i < site.size() && isAdjectiveWord(site.token(i))) {
      i++;
    }
    if (i + 1 >= site.size() || !site.token(i).lower().equals("de")) {
      return List.of();
    }
    return refs.startingAt(site.sentence().index(), i + 1)
        .filter(ref -> ref.entity().type() == EntityType.LOCATION)
        .map(ref -> List.of(ref.entity())).orElse(List.of());
  }

  /**
   * A name and the names of its type coordinated after it: "visitará Rabat y Casablanca",
   * "invitó a Macron y a Merz".
   */
  private List<Entity> withCoordinated(Site site, Referents.Ref first) {
    List<Entity> found = new ArrayList<>(List.of(first.entity()));
    Mention last = first.mention();
    while (last.tokenEnd() + 1 < site.size() && Grammar.COORDINATORS.contains(site.token(last.tokenEnd()).lower())) {
      int next = last.tokenEnd() + 1;
      if (next + 1 < site.size() && REPEATED_PREPOSITIONS.contains(site.token(next).lower())) {
        next++;
      }
      Optional<Referents.Ref> ref = refs.startingAt(site.sentence().index(), next);
      if (ref.isEmpty() || ref.get().mention().type() != first.mention().type()) {
        break;
      }
      found.add(ref.get().entity());
      last = ref.get().mention();
    }
    return found.stream().distinct().toList();
  }

  /** Every name after the trigger, and every name after "además de" / "junto a" in the sentence. */
  private List<Entity> list(Site site) {
    List<Entity> found = new ArrayList<>();
    List<Referents.Ref> inSentence = new ArrayList<>(refs.in(site.sentence().index()));
    inSentence.sort(Comparator.comparingInt(r -> r.mention().tokenBegin()));
    for (Referents.Ref r : inSentence) {
      Mention m = r.mention();
      boolean named = m.kind() == Mention.Kind.NAME && !m.type().isValue();
      boolean besides = m.tokenBegin() >= 2 && BESIDES.contains(site.token(m.tokenBegin() - 2).lower());
      if (named && (m.tokenBegin() > site.trigger() || besides) && !found.contains(r.entity())) {
        if (besides) {
          found.add(0, r.entity());
        } else {
          found.add(r.entity());
        }
      }
    }
    return found;
  }

  /** The content clause, by the first finder that finds one. */
  Optional<Content> content(Site site, List<ContentFinder> finders) {
    for (ContentFinder finder : finders) {
      Optional<Content> found = content(site, finder);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Content> content(Site site, ContentFinder finder) {
    int after = skipObject(site, site.trigger() + 1);
    return switch (finder) {
      case QUE -> thatClause(site, after);
      case INF -> infinitive(site, after);
      case NP -> after < site.size() && !site.token(after).lower().equals("que")
          ? span(site, after, clauseEnd(site, after, true)) : Optional.empty();
      case A -> phraseAfter(site, after, "a", "al");
      case EN -> phraseAfter(site, after, "en");
      case POR -> phraseAfter(site, after, "por");
      case DE -> phraseAfter(site, after, "de", "del");
      case EVENT -> event(site);
      case BEFORE -> before(site);
      case PURPOSE -> purpose(site);
      case CLAUSE -> tree.clause(site).flatMap(range -> span(site, range[0], range[1]));
    };
  }

  /** "La confianza ... se ha consolidado ..., valoraron.": a clause-final trigger states what precedes it. */
  private Optional<Content> before(Site site) {
    int t = site.trigger();
    boolean afterSegun = t > 0 && Grammar.REPORTING.contains(site.token(t - 1).lower());
    int comma = afterSegun ? t - 2 : t - 1; // "..., según informó X", "..., informó X"
    boolean last = t + 1 >= site.size() || site.token(t + 1).isPunctuation() && !site.token(t + 1).text().equals(",");
    if (!(last || isReportedSource(site)) || comma < 1 || !site.token(comma).text().equals(",")) {
      return Optional.empty();
    }
    return span(site, 0, comma);
  }

  /** The clause after "que", right after the trigger or after its addressee ("dijo a la prensa que"). */
  private Optional<Content> thatClause(Site site, int after) {
    after = skipAside(site, after);
    Optional<Referents.Ref> speaker = nameBeforeQue(site, after);
    if (speaker.isPresent()) {
      after = speaker.get().mention().tokenEnd(); // "subrayó el ministro cubano que ..."
    }
    for (int j = after; j < site.size() && j <= after + 6; j++) {
      Token t = site.token(j);
      if (t.lower().equals("que")) {
        int from = skipAside(site, j + 1, LONG_ASIDE); // "informó que, pese a la crisis global, el PIB creció"
        return span(site, from, clauseEnd(site, from, false));
      }
      if (j == after ? !(t.lower().equals("a") || t.lower().equals("al")) : t.isPunctuation()
          || Grammar.isFiniteVerb(site.tokens(), j)) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Skips adverbs, a date ("acordaron el martes reforzar ..."), a place ("firmaron en Montevideo
   * el acuerdo") and "a X" right after a trigger: "pidió a Rusia que ...".
   */
  private int skipObject(Site site, int i) {
    for (int skipped = -1; skipped != i; ) {
      skipped = i;
      while (i < site.size() && Grammar.ADVERBS.contains(site.token(i).lower())) {
        i++;
      }
      i = dateEnd(site, i);
      i = placeEnd(site, i);
    }
    if (i < site.size() && (site.token(i).lower().equals("a") || site.token(i).lower().equals("al"))) {
      for (int j = i + 1; j < site.size() && j <= i + 3; j++) {
        Optional<Referents.Ref> ref = refs.startingAt(site.sentence().index(), j);
        if (ref.isPresent()) {
          int end = ref.get().mention().tokenEnd();
          // "pidió al Banco Interamericano de Desarrollo (BID) ampliar"
          return Token.isOneWordBracket(site.tokens(), end) ? end + 3 : end;
        }
        if (!Grammar.DETERMINERS.contains(site.token(j).lower())) {
          break;
        }
      }
    }
    return i;
  }

  private Optional<Content> infinitive(Site site, int i) {
    if (i < site.size() && (site.token(i).lower().equals("a") || site.token(i).lower().equals("al"))) {
      // "pidió a las empresas chinas invertir": an object phrase before the infinitive
      for (int j = i + 1; j < site.size() && j <= i + 6; j++) {
        Token t = site.token(j);
        if (t.isPunctuation() || Grammar.isFiniteVerb(site.tokens(), j)) {
          break;
        }
        if (t.any(Analysis::isInfinitive) && !Grammar.DETERMINERS.contains(site.token(j - 1).lower())) {
          i = j;
          break;
        }
      }
    }
    while (i < site.size() && (site.token(i).lower().equals("en") || site.token(i).lower().equals("a"))) {
      i++;
    }
    if (i < site.size() && site.token(i).any(Analysis::isInfinitive)) {
      return span(site, i, clauseEnd(site, i, false));
    }
    return Optional.empty();
  }

  /**
   * The infinitive after "para" or "a" further on in the clause, past the names and appositions
   * that complete the trigger: "invitó al presidente de Perú, José Meléndez, a visitar Lima",
   * "una invitación del presidente X para visitar Lima".
   */
  private Optional<Content> purpose(Site site) {
    for (int i = site.trigger() + 1; i + 1 < site.size() && i <= site.trigger() + PURPOSE_REACH; i++) {
      Token t = site.token(i);
      if (Grammar.isClauseBreak(t) || t.lower().equals("que") || Grammar.isFiniteVerb(site.tokens(), i)) {
        break;
      }
      if ((t.lower().equals("para") || t.lower().equals("a")) && site.token(i + 1).any(Analysis::isInfinitive)) {
        return span(site, i + 1, clauseEnd(site, i + 1, false));
      }
    }
    return Optional.empty();
  }

  private Optional<Content> phraseAfter(Site site, int from, String... prepositions) {
    for (int i = from; i < site.size() && i < site.trigger() + 8; i++) {
      if (Grammar.isClauseBreak(site.token(i))) {
        break;
      }
      if (Arrays.asList(prepositions).contains(site.token(i).lower())) {
        return span(site, i + 1, clauseEnd(site, i + 1, true));
      }
    }
    if (opensWithPrepositionalPhrase(site) && Arrays.asList(prepositions).contains(site.token(0).lower())) {
      return span(site, 1, site.trigger()); // "A la reunión asistieron ...": the phrase came first
    }
    if (followsPrepositionalRelative(site)) {
      return antecedentPhrase(site); // "presidió un encuentro con la comunidad, al que asistieron ..."
    }
    return Optional.empty();
  }

  /** The noun phrase a relative clause with a preposition ("..., al que asistió X") refers to. */
  private Optional<Content> antecedentPhrase(Site site) {
    int k = skipCompanions(site.tokens(), site.trigger() - 1);
    int end = k;
    while (end > 0 && !site.token(end - 1).text().equals(",") && end > k - 3) {
      end--;
    }
    if (end == 0 || !site.token(end - 1).text().equals(",")) {
      return Optional.empty();
    }
    int comma = end - 1;
    int begin = comma;
    while (begin > 0 && !Grammar.isClauseBreak(site.token(begin - 1)) && !Grammar.isFiniteVerb(site.tokens(), begin - 1)) {
      begin--; // across appositions: "un encuentro ... con motivo del Tet, el Año Nuevo Lunar, al que"
    }
    return span(site, dateEnd(site, begin), comma);
  }

  /**
   * The event noun's phrase: after the trigger first ("presidió la reunión del Comité"), else
   * before it ("La reunión, presidida por X"); a capitalized word is part of a name ("la
   * Asamblea Nacional"), not an event.
   */
  private Optional<Content> event(Site site) {
    for (int n = 0; n < site.size(); n++) {
      int i = (site.trigger() + 1 + n) % site.size();
      Token t = site.token(i);
      if (i != site.trigger() && !t.isCapitalized() && rules.isEvent(t.lemma(Analysis::isCommonNoun))) {
        int begin = i > 0 && Grammar.DETERMINERS.contains(site.token(i - 1).lower()) ? i - 1 : i;
        int end = clauseEnd(site, i, true);
        for (int k = i + 1; k < end; k++) {
          if (k == site.trigger() || Grammar.isFiniteVerb(site.tokens(), k)) {
            end = k;
          }
        }
        return span(site, begin, end);
      }
    }
    return Optional.empty();
  }

  /**
   * Where a content clause starting at {@code from} ends: at a clause break, before "y" or "," that
   * coordinates a new finite verb, at the sentence end; and at a comma when {@code phrase}.
   */
  private static int clauseEnd(Site site, int from, boolean phrase) {
    for (int i = from; i < site.size(); i++) {
      Token t = site.token(i);
      int close = shortBracketEnd(site, i);
      if (close > i) {
        i = close; // "la inversión extranjera directa (IED) desembolsada": an acronym ends nothing
        continue;
      }
      if (Grammar.isClauseBreak(t) || phrase && (t.text().equals(",") || Grammar.PHRASE_BREAKS.contains(t.lower()))) {
        return i;
      }
      if (t.text().equals(",") && i + 1 < site.size() && Grammar.CLAUSE_OPENERS.contains(site.token(i + 1).lower())) {
        return i; // "mantener el superávit, mientras el Banco Mundial aprobó ..."
      }
      int next = i + 1;
      while (next < site.size() && (Grammar.VERB_COMPANIONS.contains(site.token(next).lower())
          || Grammar.SUBJECT_PRONOUNS.contains(site.token(next).lower()))) {
        next++; // "y se comprometió", "y este aceptó"
      }
      if (Grammar.COORDINATORS.contains(t.lower()) && next < site.size()
          && Grammar.isFiniteVerb(site.tokens(), next)) {
        return i > from && site.token(i - 1).text().equals(",") ? i - 1 : i;
      }
    }
    int end = site.size();
    while (end > from && site.token(end - 1).isPunctuation()) {
      end--;
    }
    return end;
  }

  /** The ")" of a short bracket opening at {@code i} ("(IED)", "(OMS)"), else -1. */
  private static int shortBracketEnd(Site site, int i) {
    if (!site.token(i).text().equals("(")) {
      return -1;
    }
    for (int j = i + 1; j < site.size() && j <= i + SHORT_BRACKET; j++) {
      if (site.token(j).text().equals(")")) {
        return j;
      }
    }
    return -1;
  }

  private static Optional<Content> span(Site site, int from, int to) {
    while (from < to && from < site.size() && site.token(from).isPunctuation()) {
      from++; // a dash left by a dateline: "(EFE).- La Unión Europea ..."
    }
    while (to > from && to <= site.size() && CLOSING_QUOTES.contains(site.token(to - 1).text())) {
      to--; // the closing quote of a quoted statement
    }
    if (from >= to || from >= site.size()) {
      return Optional.empty();
    }
    return Optional.of(new Content(site.sentence().text(site.doc().clean(), from, to), site.sentence().span(from, to)));
  }

  /** The end of "en" and a place at token {@code i} ("firmaron en Montevideo el acuerdo"), else {@code i}. */
  private int placeEnd(Site site, int i) {
    if (i + 1 >= site.size() || !site.token(i).lower().equals("en")) {
      return i;
    }
    return refs.startingAt(site.sentence().index(), i + 1)
        .filter(ref -> ref.mention().type() == EntityType.LOCATION)
        .map(ref -> ref.mention().tokenEnd()).orElse(i);
  }

  /** The end of the date mention starting at token {@code i}, else {@code i}. */
  private int dateEnd(Site site, int i) {
    int end = i;
    for (Referents.Ref ref : refs.in(site.sentence().index())) {
      if (ref.mention().tokenBegin() == i && ref.mention().type() == EntityType.DATE) {
        end = Math.max(end, ref.mention().tokenEnd());
      }
    }
    return end;
  }

  /** The date of the sentence outside {@code content}: after the trigger first, else before it. */
  Optional<Mention> date(Site site, Optional<Content> content) {
    List<Mention> dates = refs.in(site.sentence().index()).stream().map(Referents.Ref::mention)
        .filter(m -> m.type() == EntityType.DATE)
        .filter(m -> content.isEmpty() || !content.get().span().overlaps(m.span()))
        .toList();
    return dates.stream().min(Comparator.comparingInt(
        m -> m.tokenBegin() > site.trigger() ? m.tokenBegin() - site.trigger() : 1000 + site.trigger() - m.tokenBegin()));
  }
}
