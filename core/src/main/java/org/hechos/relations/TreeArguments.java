package org.hechos.relations;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hechos.text.DependencyTree;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Token;

/**
 * Reads a trigger's arguments off the sentence's dependency tree: the subject is the predicate's
 * {@code nsubj} (through control, coordination and relative clauses), a passive's agent its {@code
 * obl:agent}, an object its {@code obj}, a prepositional argument the {@code obl} (or, under a noun,
 * the {@code nmod}) whose {@code case} is that preposition; a body's noun stands for what it is
 * the body of ("el Gobierno de Vietnam"). A noun trigger that a light verb takes
 * as object ("realizó una visita") reads its subject off that verb. Answers nothing where the
 * sentence has no tree or the tree has no such dependent, so that the caller may look elsewhere.
 */
final class TreeArguments {

  private static final ImmutableSet<String> RELATIVE_PRONOUNS = ImmutableSet.of("que", "quien", "quienes", "cual", "cuales");
  /** Relations through which a predicate shares its governor's subject. */
  private static final ImmutableSet<String> SHARED_SUBJECT = ImmutableSet.of("xcomp", "conj", "advcl");
  private static final Set<String> A = Set.of("a", "al");
  private static final Set<String> OF = Set.of("de", "del");
  /** Prepositions that make a noun event the time of its clause, whose subject takes part in it. */
  private static final Set<String> DURING = Set.of("durante", "en", "tras");
  /** Relations that keep a verb in its sentence's main clause. */
  private static final Set<String> MAIN_CLAUSE = Set.of("conj", "parataxis", "xcomp");
  /** Relative adverbs whose clause keeps the subject of the sentence: "donde se reunió", "cuando firmó". */
  private static final Set<String> PLACE_OR_TIME_RELATIVES = Set.of("donde", "adonde", "cuando");

  private final Referents refs;
  private final TriggerRules rules;

  TreeArguments(Referents refs, TriggerRules rules) {
    this.refs = refs;
    this.rules = rules;
  }

  /** The entities the finder's dependent refers to, or nothing when the tree does not say. */
  List<Entity> find(Site site, ArgumentFinder finder) {
    DependencyTree tree = site.sentence().tree();
    if (!tree.isParsed()) {
      return List.of();
    }
    int predicate = predicate(site, tree);
    return switch (finder) {
      case SUBJECT -> subject(site, tree, predicate, 0);
      case BY -> dependents(site, tree, predicate, Set.of("por"), "obl");
      case A -> governed(site, tree, predicate, A);
      case CON -> governed(site, tree, predicate, Set.of("con"));
      case EN -> governed(site, tree, predicate, Set.of("en"));
      case POR -> governed(site, tree, predicate, Set.of("por"));
      case ENTRE -> governed(site, tree, predicate, Set.of("entre"));
      case MARKED -> tree.relation(site.trigger()).equals("case") && tree.head(site.trigger()) >= 0
          ? entitiesAt(site, tree, tree.head(site.trigger())) : List.of();
      case OF -> site.rule().pos().isNoun() ? dependents(site, tree, site.trigger(), OF, "nmod") : List.of();
      case OBJECT -> directObject(site, tree);
      case MAIN, COUNTERPART, LIST -> List.of();
    };
  }

  /**
   * The verb whose subject is the trigger's: the trigger, or the verb that takes a noun trigger as
   * its object ("realizó una visita") or as the time of its clause ("durante la reunión").
   */
  private static int predicate(Site site, DependencyTree tree) {
    int t = site.trigger();
    if (!site.rule().pos().isNoun()) {
      return t;
    }
    int head = tree.head(t);
    if (head < 0 || !isVerbal(tree, head)) {
      return t;
    }
    boolean lightVerbObject = tree.relation(t).equals("obj");
    boolean eventOfTheClause = tree.relation(t).equals("obl") && hasCase(site, tree, t, DURING);
    return lightVerbObject || eventOfTheClause ? head : t; // "dijo Xi durante una reunión con X"
  }

  /**
   * What the trigger governs through one of {@code prepositions}: a verb's oblique, a noun's
   * modifier, or, for a noun a light verb takes, that verb's oblique ("realizó una visita a Rusia"
   * whichever of the two the parser hung "a Rusia" on).
   */
  private List<Entity> governed(Site site, DependencyTree tree, int predicate, Set<String> prepositions) {
    if (!site.rule().pos().isNoun()) {
      return dependents(site, tree, predicate, prepositions, "obl");
    }
    List<Entity> found = dependents(site, tree, site.trigger(), prepositions, "nmod");
    int verb = predicate != site.trigger() ? predicate : clauseOf(tree, site.trigger());
    return found.isEmpty() && verb >= 0 ? dependents(site, tree, verb, prepositions, "obl") : found;
  }

  /**
   * The verb whose subject or object the noun at {@code noun} is, else -1: "se celebró la
   * conversación entre X y Y" may hang "entre X y Y" on the verb.
   */
  private static int clauseOf(DependencyTree tree, int noun) {
    int head = tree.head(noun);
    String relation = tree.relation(noun);
    return head >= 0 && isVerbal(tree, head) && (relation.equals("nsubj") || relation.equals("obj")) ? head : -1;
  }

  /**
   * The subject of {@code predicate}: its own {@code nsubj}; the agent of a passive; else its
   * governor's, where it shares it (an infinitive a verb controls, a coordinated verb, an adverbial
   * clause without a subject); a relative pronoun stands for the noun its clause modifies.
   */
  private List<Entity> subject(Site site, DependencyTree tree, int predicate, int depth) {
    for (int child : tree.children(predicate)) {
      String relation = tree.fullRelation(child);
      if (relation.equals("nsubj")) {
        List<Entity> found = RELATIVE_PRONOUNS.contains(site.token(child).lower()) && tree.relation(predicate).equals("acl")
            ? entitiesAt(site, tree, tree.head(predicate)) : entitiesAt(site, tree, child);
        // "Hanoi (VNA) - El ministro ...": a dateline is no subject. A subject after its verb is
        // often a list the parser does not coordinate ("asistieron los cancilleres de Chile, X; de
        // Perú, Y"): the list finder of Arguments reads those.
        boolean credible = child < predicate && !Token.isOneWordBracket(site.tokens(), child - 1)
            && found.stream().allMatch(Parties::canAct);
        return credible ? found : List.of();
      }
      if (relation.equals("nsubj:pass")) {
        return dependents(site, tree, predicate, Set.of("por"), "obl");
      }
    }
    int head = tree.head(predicate);
    if (depth < 3 && head >= 0 && isVerbal(tree, head) && SHARED_SUBJECT.contains(tree.relation(predicate))) {
      return subject(site, tree, head, depth + 1);
    }
    if (depth < 3 && head >= 0 && tree.relation(predicate).equals("acl") && opensWithPlaceOrTime(site, tree, predicate)) {
      int verb = head;
      while (verb >= 0 && !isVerbal(tree, verb)) {
        verb = tree.head(verb);
      }
      // "viajó a Quito, donde se entrevistó con X": the traveller is who met X there
      return verb < 0 ? List.of() : subject(site, tree, verb, depth + 1);
    }
    return List.of();
  }

  /** The direct object, or a personal "a" object the parser took as oblique or indirect. */
  private List<Entity> directObject(Site site, DependencyTree tree) {
    List<Entity> subject = subject(site, tree, site.trigger(), 0);
    for (int child : tree.children(site.trigger(), "obj")) {
      List<Entity> found = new ArrayList<>(entitiesAt(site, tree, child));
      found.removeAll(subject); // a word of the subject's name the parser hung as object: "Le Quang Vinh invitó"
      if (!found.isEmpty()) {
        return found;
      }
    }
    return dependents(site, tree, site.trigger(), A, "iobj");
  }

  /** The entities of {@code head}'s dependents by {@code relation} whose case marker is one of {@code prepositions}. */
  private List<Entity> dependents(Site site, DependencyTree tree, int head, Set<String> prepositions, String relation) {
    for (int child : tree.children(head)) {
      String r = tree.relation(child);
      boolean related = r.equals(relation) || relation.equals("obl") && (r.equals("iobj") || r.equals("obj"));
      if (related && hasCase(site, tree, child, prepositions)) {
        List<Entity> found = entitiesAt(site, tree, child);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static boolean opensWithPlaceOrTime(Site site, DependencyTree tree, int clause) {
    return tree.children(clause).stream().anyMatch(c -> PLACE_OR_TIME_RELATIVES.contains(site.token(c).lower()));
  }

  private static boolean hasCase(Site site, DependencyTree tree, int token, Set<String> prepositions) {
    for (int child : tree.children(token)) {
      if (tree.relation(child).equals("case") && prepositions.contains(site.token(child).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entity a phrase headed by {@code token} refers to, with those coordinated with it ("X y
   * Y"): the mention holding the head, else one in apposition to it ("el presidente, X").
   */
  private List<Entity> entitiesAt(Site site, DependencyTree tree, int token) {
    List<Integer> heads = new ArrayList<>(conjuncts(tree, token));
    for (int apposed : tree.children(token, "appos")) {
      heads.addAll(conjuncts(tree, apposed)); // "los cancilleres Pablo Ferreira y Omar Haddad"
    }
    heads.add(token);
    heads.sort(null); // in the order the sentence gives them, whichever conjunct the parser made head
    List<Entity> found = new ArrayList<>();
    for (int head : heads) {
      referent(site, tree, head).filter(e -> !found.contains(e)).ifPresent(found::add);
    }
    return found;
  }

  /**
   * The tokens {@code [from, to)} of the clause a source phrase stands in, without the phrase:
   * "Según el embajador, X, el intercambio ... crece" gives "el intercambio ... crece"; empty where
   * the sentence has no tree or the phrase modifies no verb.
   */
  Optional<int[]> clause(Site site) {
    DependencyTree tree = site.sentence().tree();
    if (!tree.isParsed() || !tree.relation(site.trigger()).equals("case") || tree.head(site.trigger()) < 0) {
      return Optional.empty();
    }
    int phrase = tree.head(site.trigger());
    int verb = tree.head(phrase);
    boolean predicate = verb >= 0 && (isVerbal(tree, verb) || tree.head(verb) < 0 || !tree.children(verb, "cop").isEmpty());
    if (!predicate) {
      return Optional.empty(); // "es un claro indicador": a copular clause is headed by its noun
    }
    int[] marked = tree.yield(phrase);
    int[] clause = tree.yield(verb);
    int from = Math.min(marked[0], site.trigger());
    int to = marked[1] + 1;
    while (to < site.size() && site.token(to).isPunctuation()) {
      to++; // "Según el embajador, X, ": the comma and what is in apposition end the phrase
    }
    return from <= clause[0] ? Optional.of(new int[] {to, clause[1] + 1}) : Optional.of(new int[] {clause[0], from});
  }

  /**
   * The conjuncts of {@code token}: its {@code conj} dependents, and an apposition that opens with
   * "y" ("el canciller de Chile, X, y la presidenta de Perú, Y": a parser may read the second as
   * apposition).
   */
  private static List<Integer> conjuncts(DependencyTree tree, int token) {
    List<Integer> found = new ArrayList<>(tree.children(token, "conj"));
    for (int apposed : tree.children(token, "appos")) {
      if (!tree.children(apposed, "cc").isEmpty()) {
        found.add(apposed);
      }
    }
    return found;
  }

  /**
   * Whether the trigger's predicate belongs to the sentence's main clause (the root, or a verb
   * coordinated with it), not to a clause that reports, modifies or explains ("la posibilidad de
   * que Corea suscriba", "afirmó que X considera"); empty where the sentence has no tree.
   */
  Optional<Boolean> inMainClause(Site site) {
    DependencyTree tree = site.sentence().tree();
    if (!tree.isParsed()) {
      return Optional.empty();
    }
    for (int t = predicate(site, tree); tree.head(t) >= 0; t = tree.head(t)) {
      if (!MAIN_CLAUSE.contains(tree.relation(t))) {
        return Optional.of(false);
      }
    }
    return Optional.of(true);
  }

  /**
   * The entity of the phrase headed by {@code token}: a name in apposition to it first ("el
   * presidente de la República, señor X": the name says who, the description only through
   * coreference), else the mention holding the head.
   */
  private Optional<Entity> referent(Site site, DependencyTree tree, int token) {
    Optional<Referents.Ref> held = holding(site, token);
    if (held.isPresent() && held.get().mention().kind() == Mention.Kind.NAME) {
      return held.map(Referents.Ref::entity); // a name says who, whatever the parser hung beside it
    }
    for (int child : tree.children(token)) {
      String r = tree.relation(child);
      if (r.equals("appos") || r.equals("flat")) {
        Optional<Referents.Ref> apposed = holding(site, child).filter(ref -> ref.mention().kind() == Mention.Kind.NAME);
        Optional<Entity> found = apposed.isPresent() ? apposed.map(Referents.Ref::entity)
            : r.equals("appos") ? referent(site, tree, child) : Optional.empty(); // "señor" in apposition, the name in apposition to it
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (held.isEmpty() && rules.isBody(site.token(token).lower())) {
      for (int child : tree.children(token, "nmod")) {
        if (hasCase(site, tree, child, OF)) {
          return referent(site, tree, child); // "al Gobierno de Vietnam": Vietnam
        }
      }
    }
    return held.map(Referents.Ref::entity);
  }

  /** The longest non-value mention that holds {@code token}, if its entity is named. */
  private Optional<Referents.Ref> holding(Site site, int token) {
    return refs.holding(site.sentence().index(), token).filter(ref -> Parties.isNamed(ref.entity()));
  }

  private static boolean isVerbal(DependencyTree tree, int token) {
    String upos = tree.upos(token);
    return upos.equals("VERB") || upos.equals("AUX");
  }
}
