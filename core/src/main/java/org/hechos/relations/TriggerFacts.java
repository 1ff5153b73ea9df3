package org.hechos.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hechos.Content;
import org.hechos.Fact;
import org.hechos.FactType;
import org.hechos.Modality;
import org.hechos.Trigger;
import org.hechos.Visit;
import org.hechos.models.Analysis;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.Token;

/** Facts from the trigger rules of one sentence. */
final class TriggerFacts {

  private final TriggerMatcher matcher;
  private final Arguments arguments;
  private final Referents refs;

  TriggerFacts(TriggerMatcher matcher, Arguments arguments, Referents refs) {
    this.matcher = matcher;
    this.arguments = arguments;
    this.refs = refs;
  }

  /**
   * The facts of {@code sentence}. A noun trigger inside what another fact carries is part of that
   * content, not a fact of its own: "asistió a la reunión del Consejo", "propuso una visita".
   */
  List<Fact> extract(org.hechos.Document doc, org.hechos.text.Sentence sentence) {
    List<Fact> facts = new ArrayList<>();
    List<Fact> nounFacts = new ArrayList<>();
    int firstVerb = -1;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (firstVerb < 0 && Grammar.isFiniteVerb(sentence.tokens(), i)) {
        firstVerb = i;
      }
      Optional<TriggerRule> rule = matcher.at(sentence.tokens(), i);
      if (rule.isEmpty() || insideName(sentence.index(), i)) {
        continue;
      }
      Site site = new Site(doc, sentence, i, rule.get());
      List<Entity> agents;
      List<Entity> targets;
      if (isPassive(site)) {
        agents = arguments.find(site, List.of(ArgumentFinder.BY), true);
        targets = arguments.find(site, List.of(ArgumentFinder.SUBJECT), false);
        if (isSymmetric(rule.get().fact()) && !targets.isEmpty()) {
          List<Entity> subject = targets; // "X fue recibido por Y": the parties in the order the sentence gives them
          targets = agents;
          agents = subject;
        }
      } else {
        agents = arguments.find(site, rule.get().agent(), true).stream().filter(Parties::canAct).toList();
        targets = arguments.find(site, rule.get().target(), false);
        // a group of two already holds both sides: "tras las conversaciones, ambos jefes de Estado ..."
        if (targets.isEmpty() && rule.get().target().contains(ArgumentFinder.COUNTERPART) && members(agents).size() < 2) {
          targets = arguments.counterpart(members(agents));
        }
        if (targets.isEmpty() && rule.get().fact() == FactType.VISIT && rule.get().pos().isNoun()) {
          targets = destinationOfTrip(facts, members(agents)); // "llegó a Brasil para una visita oficial"
        }
      }
      if (members(agents).isEmpty() || rule.get().fact() == FactType.MEETING && members(agents).size() + members(targets).size() < 2
          || rule.get().fact() == FactType.VISIT && targets.isEmpty()) {
        // a meeting has two sides ("ha recibido el 23 por ciento" receives no one), a visit a destination
        // the sentence names ("durante su visita" alone tells no one where)
        continue;
      }
      Optional<Content> content = arguments.content(site, rule.get().content());
      if (content.isEmpty() && rule.get().fact().needsContent()) {
        continue; // "llamó a su homólogo" asks nothing
      }
      Token token = sentence.tokens().get(i);
      Trigger trigger = new Trigger(token.text(), rule.get().lemma(), token.span());
      List<Fact> found = FactAssembler.facts(new FactAssembler.Found(rule.get().fact(), members(agents),
          members(targets), content, arguments.date(site, content), trigger,
          sentence.span(), modality(sentence.tokens(), i)));
      facts.addAll(found);
      if (rule.get().pos().isNoun()) {
        nounFacts.addAll(found);
      }
    }
    if (firstVerb >= 0) {
      arguments.rememberMainSubject(Site.plainVerb(doc, sentence, firstVerb));
    }
    facts.removeIf(f -> f.type() == FactType.STATEMENT && Grammar.SUPPORT_VERBS.contains(f.trigger().lemma())
        && nounFacts.stream().anyMatch(noun -> headsContent(sentence, f, noun)));
    facts.removeIf(f -> nounFacts.contains(f) && insideContent(facts, f, other -> true));
    // "afirmó que Buenos Aires considera a Vietnam un socio": a statement inside a statement is what was said
    facts.removeIf(f -> f.type() == FactType.STATEMENT && insideContent(facts, f, other -> other.type() == FactType.STATEMENT));
    return facts;
  }

  /**
   * True if the noun fact's trigger opens the statement's content after determiners only: "expresó
   * su agradecimiento a X" states nothing but thanks, and the thanks are the fact ("aceptó la
   * propuesta" is not: only support verbs give way).
   */
  private static boolean headsContent(org.hechos.text.Sentence sentence, Fact statement, Fact noun) {
    Optional<Content> content = statement.content();
    int trigger = noun.trigger().span().begin();
    if (content.isEmpty() || !content.get().span().contains(noun.trigger().span())) {
      return false;
    }
    return sentence.tokens().stream()
        .filter(t -> t.span().begin() >= content.get().span().begin() && t.span().begin() < trigger)
        .allMatch(t -> Grammar.DETERMINERS.contains(t.lower()));
  }

  private boolean insideName(int sentence, int token) {
    return refs.in(sentence).stream().anyMatch(r -> r.mention().kind() == Mention.Kind.NAME
        && r.mention().covers(sentence, token));
  }

  /** Groups stand for their members. */
  /** The named entities {@code entities} stand for, a group by its members ({@link Parties#isNamed}). */
  private List<Entity> members(List<Entity> entities) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (e.isGroup()) {
        e.members().forEach(id -> out.add(refs.entity(id)));
      } else {
        out.add(e);
      }
    }
    return out.stream().filter(Parties::isNamed).distinct().toList();
  }

  /** True if the trigger of {@code f} stands inside the content of another of {@code facts} that {@code of} accepts. */
  private static boolean insideContent(List<Fact> facts, Fact f, Predicate<Fact> of) {
    return facts.stream().anyMatch(other -> other != f && of.test(other)
        && other.content().map(c -> c.span().contains(f.trigger().span())).orElse(false));
  }

  /** The destination of a visit the sentence already gave the same visitors by a verb of motion. */
  private static List<Entity> destinationOfTrip(List<Fact> facts, List<Entity> visitors) {
    return facts.stream()
        .filter(f -> f instanceof Visit v && v.destination().isPresent() && visitors.contains(v.visitor()))
        .map(f -> ((Visit) f).destination().get()).limit(1).toList();
  }

  /** Facts whose parties are on a par: the subject comes first, as the sentence names it. */
  private static boolean isSymmetric(FactType type) {
    return type == FactType.MEETING || type == FactType.AGREEMENT;
  }

  /** "fue recibido por X": a participle after "ser" with a "por" agent. */
  private static boolean isPassive(Site site) {
    int i = site.trigger();
    return i > 0 && site.token(i).any(Analysis::isParticiple)
        && site.token(i - 1).any(a -> a.isVerb() && a.lemma().equals("ser"));
  }

  /** Negation, future and conditional from the trigger and the words right before it. */
  static Modality modality(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      Token t = tokens.get(k);
      if (t.lower().equals("no") || t.lower().equals("nunca")) {
        return Modality.NEGATED;
      }
      if (!Grammar.VERB_COMPANIONS.contains(t.lower()) && !t.any(Analysis::isVerb)) {
        break;
      }
    }
    for (int k = i; k >= 0 && k >= i - 3; k--) {
      Token t = tokens.get(k);
      if (t.any(a -> a.isFiniteVerb() && tense(a) == 'C') || t.any(a -> a.isFiniteVerb() && a.lemma().equals("poder"))) {
        return Modality.HYPOTHETICAL;
      }
      if (t.any(a -> a.isFiniteVerb() && tense(a) == 'F')
          || k < i && t.any(a -> a.isFiniteVerb() && a.lemma().equals("ir")) && tokens.get(k + 1).lower().equals("a")) {
        return Modality.FUTURE;
      }
      if (k < i && !Grammar.VERB_COMPANIONS.contains(t.lower()) && !t.any(Analysis::isVerb)) {
        break;
      }
    }
    return Modality.ASSERTED;
  }

  private static char tense(Analysis a) {
    return a.tag().length() > 3 ? a.tag().charAt(3) : ' ';
  }
}
