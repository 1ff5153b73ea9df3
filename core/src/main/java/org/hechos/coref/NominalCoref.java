package org.hechos.coref;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.text.Entity;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Sentence;
import org.hechos.text.Span;
import org.hechos.text.Token;

/**
 * Links descriptions and groups to entities. A title in apposition to a name ("su homólogo ruso,
 * Sergei Lavrov") joins that name's entity and records the title as one of its roles. A title
 * without a name ("el ministro ruso") joins the most recent person whose roles agree with its
 * title and demonym; if none agrees it becomes an entity of its own rather than a guess. A group
 * ("ambas partes", "los dos países") stands for the two most mentioned entities of its member type
 * so far, in order of first mention. A description of the place where the article was written
 * ("esta capital") joins the place of the dateline.
 */
final class NominalCoref implements Stage {

  /** A title as a description gives it: its office, kind, country and grammatical gender (true: feminine). */
  private record Role(String title, TitleLexicon.Kind kind, Optional<String> country, Optional<Boolean> feminine) {}

  /** A headline and a share button may come before the dateline. */
  private static final int DATELINE_SENTENCES = 3;

  private static final ImmutableSet<String> FEMININE_DETERMINERS = ImmutableSet.of("la", "una", "esta", "esa", "aquella");
  private static final ImmutableSet<String> MASCULINE_DETERMINERS = ImmutableSet.of("el", "un", "este", "ese", "aquel",
      "del", "al");

  private final TitlePhrases titlePhrases;
  private final GroupLexicon groups;
  private final PlaceDescriptions places;
  private final Function<String, Optional<String>> longForms;

  /** @param longForms maps an acronym ("EAU") to its long form ("Emiratos Árabes Unidos") */
  NominalCoref(TitlePhrases titlePhrases, GroupLexicon groups, PlaceDescriptions places,
      Function<String, Optional<String>> longForms) {
    this.titlePhrases = titlePhrases;
    this.groups = groups;
    this.places = places;
    this.longForms = longForms;
  }

  /**
   * The country a place named after a title stands for, as a demonym would name it: "ministro de
   * los EAU" serves the country "el canciller emiratí" names, "Emiratos Árabes Unidos".
   */
  private String countryName(Mention place) {
    return longForms.apply(place.text()).orElse(place.text());
  }

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.ENTITIES, name());
    List<Draft> drafts = new ArrayList<>();
    for (Entity e : in.entities()) {
      drafts.add(new Draft(e));
    }
    List<PendingGroup> cataphoric = new ArrayList<>();
    Optional<Draft> dateline = drafts.stream().filter(d -> d.type == EntityType.LOCATION
        && d.mentions.stream().anyMatch(m -> isDateline(in, m))).findFirst();
    for (Sentence sentence : in.sentences()) {
      List<Mention> names = in.mentions().stream()
          .filter(m -> m.sentence() == sentence.index() && !m.type().isValue()).toList();
      boolean[] grouped = new boolean[sentence.tokens().size()];
      for (int i = 0; i < sentence.tokens().size(); i++) {
        Optional<GroupLexicon.Match> group = groups.at(sentence.tokens(), i);
        if (group.isPresent()) {
          int end = i + group.get().length();
          Arrays.fill(grouped, i, end, true);
          Mention mention = new Mention(sentence.text(in.clean(), i, end), group.get().memberType(),
              Mention.Kind.GROUP, sentence.span(i, end), sentence.index(), i, end, Optional.empty(), Optional.empty());
          addGroup(drafts, mention, group.get().title().map(title -> titleHolders(drafts, title, mention))
              .orElseGet(() -> salient(drafts, mention.type(), mention.span(), mention.sentence())));
          i = end - 1;
        }
      }
      for (int i = 0; i < sentence.tokens().size() && dateline.isPresent(); i++) {
        int length = places.lengthAt(sentence.tokens(), i);
        if (length > 0) {
          dateline.get().mentions.add(new Mention(sentence.text(in.clean(), i, i + length), EntityType.LOCATION,
              Mention.Kind.NOMINAL, sentence.span(i, i + length), sentence.index(), i, i + length, Optional.empty(),
              Optional.empty())); // "llegó hoy a esta capital": the dateline's city
        }
      }
      for (TitlePhrase phrase : titlePhrases.find(sentence, names)) {
        if (grouped[phrase.titleBegin()]) {
          continue;
        }
        if (phrase.elided()) {
          phrase.holder().flatMap(h -> owner(drafts, h)).ifPresent(d -> d.roles.add(new Role(phrase.title().office(),
              phrase.title().kind(), phrase.attached().stream().map(this::countryName).findFirst(), Optional.empty())));
          continue; // "...; de Barbados, Y": the title was said once, for the first pair
        }
        Mention mention = new Mention(sentence.text(in.clean(), phrase.begin(), phrase.titleEnd()), EntityType.PERSON,
            Mention.Kind.NOMINAL, sentence.span(phrase.begin(), phrase.titleEnd()), sentence.index(),
            phrase.begin(), phrase.titleEnd(), Optional.empty(), Optional.empty());
        Role role = new Role(phrase.title().office(), phrase.title().kind(),
            phrase.country().or(() -> phrase.attached().stream()
                .filter(m -> m.type() == EntityType.LOCATION).map(this::countryName).findFirst()),
            feminine(mention.text(), phrase.title()));
        // "..., Marta Iglesias, el mandatario angoleño destacó": a name before a comma holds the title only if gender and country agree
        Optional<Draft> holder = phrase.holder().flatMap(h -> owner(drafts, h)).filter(d -> d.mayBe(role) && d.mayServe(role));
        if (holder.isPresent()) {
          holder.get().type = EntityType.PERSON; // a title's holder is a person, whatever the recognizer said
          holder.get().describedBy(mention, role);
          holder.get().roles.add(role);
        } else if (isPluralOfPlaces(phrase)) {
          Optional<List<Integer>> holders = placeHolders(phrase, described -> byRole(drafts, described, mention.span()));
          if (holders.isEmpty()) {
            cataphoric.add(new PendingGroup(drafts.size(), mention.withKind(Mention.Kind.GROUP), phrase));
          }
          drafts.add(new Draft(drafts.size(), mention.withKind(Mention.Kind.GROUP),
              holders.orElseGet(() -> placesOf(drafts, phrase))));
        } else if (phrase.plural() && phrase.begin() == phrase.titleBegin()) {
          drafts.add(new Draft(drafts.size(), mention, List.of())); // "con representantes de la comunidad": people not named
        } else if (!phrase.plural() || phrase.title().kind() == TitleLexicon.Kind.PERSON
            || phrase.title().kind() == TitleLexicon.Kind.GUEST
            || !addGroup(drafts, mention, titleHolders(drafts, phrase.title().office(), mention))) {
          Optional<Draft> known = phrase.title().kind() == TitleLexicon.Kind.GUEST ? guest(drafts, mention, role)
              : byRole(drafts, role, mention.span())
                  .or(() -> phrase.plural() ? Optional.empty() : recentPerson(drafts, mention, role));
          if (known.isPresent()) {
            known.get().describedBy(mention, role);
          } else {
            drafts.add(new Draft(drafts.size(), mention, List.of()));
          }
        }
      }
    }
    for (PendingGroup group : cataphoric) {
      placeHolders(group.phrase(), described -> firstHolderAfter(drafts, described, group.mention().span()))
          .ifPresent(later -> drafts.set(group.id(), new Draft(group.id(), group.mention(), later)));
    }
    return in.withEntities(drafts.stream().map(Draft::build).toList());
  }

  /** "Hanoi, (VNA) - ...": a place that opens one of the first sentences, before a comma. */
  private static boolean isDateline(Document in, Mention m) {
    if (m.kind() != Mention.Kind.NAME || m.tokenBegin() != 0 || m.sentence() > DATELINE_SENTENCES) {
      return false;
    }
    List<Token> tokens = in.sentences().get(m.sentence()).tokens();
    return m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).text().equals(",");
  }

  /** "Los delegados de Etiopía, Somalia y Yibuti", "los presidentes de Colombia y Ecuador". */
  private static boolean isPluralOfPlaces(TitlePhrase phrase) {
    return phrase.plural() && places(phrase).size() >= 2;
  }

  private static List<Mention> places(TitlePhrase phrase) {
    return phrase.attached().stream().filter(m -> m.type() == EntityType.LOCATION).toList();
  }

  /**
   * The holder of the title for each listed place, as {@code holderOf} finds them, if every place
   * has one: "los presidentes de Colombia y Ecuador" once each president was named.
   */
  private static Optional<List<Integer>> placeHolders(TitlePhrase phrase, Function<Role, Optional<Draft>> holderOf) {
    List<Integer> holders = new ArrayList<>();
    for (Mention place : places(phrase)) {
      Role role = new Role(phrase.title().office(), phrase.title().kind(), Optional.of(place.text()), Optional.empty());
      holderOf.apply(role).map(d -> d.id).filter(id -> !holders.contains(id)).ifPresent(holders::add);
    }
    return holders.size() == places(phrase).size() ? Optional.of(holders) : Optional.empty();
  }

  /** The first person named after {@code group} whose roles agree with {@code role}: the leaders come first. */
  private static Optional<Draft> firstHolderAfter(List<Draft> drafts, Role role, Span group) {
    return drafts.stream()
        .filter(d -> d.isPerson() && d.first().begin() > group.end())
        .filter(d -> d.roles.stream().anyMatch(r -> agrees(r, role)))
        .min(Comparator.comparingInt(d -> d.first().begin()));
  }

  /** The places themselves, which the holders of the title speak for. */
  private static List<Integer> placesOf(List<Draft> drafts, TitlePhrase phrase) {
    return places(phrase).stream().map(m -> owner(drafts, m)).flatMap(Optional::stream).map(d -> d.id).distinct().toList();
  }

  /**
   * A plural title of places whose holders were not yet named: "Los presidentes de Chile y Perú
   * acordaron ..." opens an article that names them later.
   */
  private record PendingGroup(int id, Mention mention, TitlePhrase phrase) {}

  /**
   * "Los cancilleres": the last two persons before the group who hold {@code title} or were named
   * as someone's counterpart ("su homólogo mexicano"), else the two most salient persons.
   */
  private static List<Draft> titleHolders(List<Draft> drafts, String title, Mention group) {
    Span at = group.span();
    List<Draft> found = lastTwo(drafts.stream()
        .filter(d -> d.isPerson() && d.firstBefore(at))
        .filter(d -> d.roles.stream().anyMatch(r -> TitleLexicon.sameOffice(r.title(), title) || r.kind() == TitleLexicon.Kind.COUNTERPART)), at);
    return found.size() == 2 ? found : salient(drafts, EntityType.PERSON, at, group.sentence());
  }

  /** The two of {@code drafts} mentioned last before {@code at}, in order of first mention. */
  private static List<Draft> lastTwo(Stream<Draft> drafts, Span at) {
    return drafts.sorted(Comparator.comparingInt((Draft d) -> -d.lastBefore(at)))
        .limit(2)
        .sorted(Comparator.comparingInt(d -> d.first().begin()))
        .toList();
  }

  /** Adds a group of {@code members} to the drafts; false if they are not two. */
  private static boolean addGroup(List<Draft> drafts, Mention mention, List<Draft> members) {
    if (members.size() != 2) {
      return false;
    }
    Mention group = new Mention(mention.text(), mention.type(), Mention.Kind.GROUP, mention.span(), mention.sentence(),
        mention.tokenBegin(), mention.tokenEnd(), Optional.empty(), Optional.empty());
    drafts.add(new Draft(drafts.size(), group, members.stream().map(d -> d.id).toList()));
    return true;
  }

  /**
   * "El funcionario": the person named last, in this sentence or the two before, but not the
   * first person of the same sentence, its likely subject ("X invitó a su anfitrión" is not X;
   * "X invitó a Y ..., invitación que la mandataria aceptó" may be Y), nor one whose post is in
   * another country than the description names.
   */
  private static Optional<Draft> recentPerson(List<Draft> drafts, Mention mention, Role role) {
    Optional<Draft> subject = drafts.stream()
        .filter(d -> d.isPerson() && d.mentions.stream().anyMatch(m -> m.sentence() == mention.sentence()
            && m.span().begin() < mention.span().begin()))
        .min(Comparator.comparingInt(d -> d.mentions.stream().filter(m -> m.sentence() == mention.sentence())
            .mapToInt(m -> m.span().begin()).min().orElse(Integer.MAX_VALUE)));
    return drafts.stream()
        .filter(d -> d.isPerson() && d.firstBefore(mention.span()) && d.mayBe(role))
        .filter(d -> d.mayServe(role)) // not "el líder vietnamita" for Macron
        .filter(d -> subject.isEmpty() || d != subject.get())
        .filter(d -> d.mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.NAME
            && m.span().begin() < mention.span().begin() && m.sentence() >= mention.sentence() - 2))
        .max(Comparator.comparingInt(d -> d.lastBefore(mention.span())));
  }

  /**
   * "El visitante": the person the article is about so far, the most mentioned one, not one named
   * earlier in the same sentence.
   */
  private static Optional<Draft> guest(List<Draft> drafts, Mention mention, Role role) {
    return drafts.stream()
        .filter(d -> d.isPerson() && d.firstBefore(mention.span()) && d.mayBe(role))
        .filter(d -> d.mentions.stream().noneMatch(m -> m.sentence() == mention.sentence()
            && m.span().begin() < mention.span().begin()))
        .max(Comparator.comparingLong((Draft d) -> d.countBefore(mention.span())).thenComparingInt(d -> -d.first().begin()));
  }

  private static Optional<Draft> owner(List<Draft> drafts, Mention name) {
    return drafts.stream().filter(d -> d.mentions.contains(name)).findFirst();
  }

  /**
   * The most recent person before {@code at} whose roles agree with {@code role}: the same office
   * in the same country first ("la jefa del Gobierno tailandés" is the Thai premier, not the Thai
   * minister named since), else any post of that country.
   */
  private static Optional<Draft> byRole(List<Draft> drafts, Role role, Span at) {
    Optional<Draft> sameOffice = mostRecent(drafts, at, d -> d.mayBe(role) && d.roles.stream()
        .anyMatch(r -> agrees(r, role) && TitleLexicon.sameOffice(r.title(), role.title())));
    return sameOffice.or(() -> mostRecent(drafts, at, d -> d.mayBe(role) && d.roles.stream().anyMatch(r -> agrees(r, role))));
  }

  private static Optional<Draft> mostRecent(List<Draft> drafts, Span at, Predicate<Draft> fits) {
    return drafts.stream()
        .filter(d -> d.isPerson() && d.firstBefore(at) && fits.test(d))
        .max(Comparator.comparingInt(d -> d.lastBefore(at)));
  }

  private static boolean agrees(Role known, Role described) {
    if (described.country().isPresent()) {
      return known.country().equals(described.country()); // "el jefe de la diplomacia vietnamita"
    }
    return TitleLexicon.sameOffice(known.title(), described.title());
  }

  /**
   * The gender a description shows: its determiner ("la representante", "el canciller"), else its
   * title's form ("ministra", "secretario"); empty for "su titular".
   */
  private static Optional<Boolean> feminine(String description, TitleLexicon.Match title) {
    String first = description.split(" ", 2)[0].toLowerCase(Locale.ROOT);
    if (FEMININE_DETERMINERS.contains(first) || MASCULINE_DETERMINERS.contains(first)) {
      return Optional.of(FEMININE_DETERMINERS.contains(first));
    }
    return title.feminine();
  }

  /**
   * The two sides a group stands for, in order of first mention: for persons, the last two named in
   * its own sentence before it ("X conversó con Y, y ambos firmaron"); otherwise the two most
   * mentioned entities of {@code type} before {@code at}.
   */
  private static List<Draft> salient(List<Draft> drafts, EntityType type, Span at, int sentence) {
    if (type == EntityType.PERSON) {
      List<Draft> local = lastTwo(drafts.stream().filter(d -> d.isPerson() && d.namedIn(sentence, at)), at);
      if (local.size() == 2) {
        return local;
      }
    }
    return mostMentioned(drafts, type, at);
  }

  private static List<Draft> mostMentioned(List<Draft> drafts, EntityType type, Span at) {
    boolean countries = drafts.stream().filter(d -> d.type == type && d.isCountry()).count() >= 2;
    return drafts.stream()
        .filter(d -> d.type == type && d.members.isEmpty() && d.firstBefore(at) && (!countries || d.isCountry()))
        .sorted(Comparator.comparingLong((Draft d) -> -d.countBefore(at)).thenComparingInt(d -> d.first().begin()))
        .limit(2)
        .sorted(Comparator.comparingInt(d -> d.first().begin()))
        .toList();
  }

  /** An entity while mentions and roles are still being added. */
  private static final class Draft {
    final int id;
    final String canonical;
    EntityType type;
    final List<Mention> mentions = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final List<Integer> members;
    Optional<Boolean> feminine = Optional.empty();

    Draft(Entity e) {
      this.id = e.id();
      this.canonical = e.canonical();
      this.type = e.type();
      this.mentions.addAll(e.mentions());
      this.members = e.members();
    }

    Draft(int id, Mention first, List<Integer> members) {
      this.id = id;
      this.canonical = first.text();
      this.type = first.type();
      this.members = members;
      this.mentions.add(first);
    }

    /** A description joins this person, and with it the gender it shows. */
    void describedBy(Mention mention, Role role) {
      mentions.add(mention);
      feminine = feminine.or(role::feminine);
    }

    /** False if the description's gender contradicts what earlier descriptions showed. */
    boolean mayBe(Role described) {
      return feminine.isEmpty() || described.feminine().isEmpty() || feminine.equals(described.feminine());
    }

    /** False if the description names another country than a post this person holds. */
    boolean mayServe(Role described) {
      return described.country().isEmpty()
          || roles.stream().noneMatch(r -> r.country().isPresent() && !r.country().equals(described.country()));
    }

    /** One person, not a group of them. */
    boolean isPerson() {
      return type == EntityType.PERSON && members.isEmpty();
    }

    boolean isCountry() {
      return mentions.stream().anyMatch(m -> m.subtype().filter("COUNTRY"::equals).isPresent());
    }

    Span first() {
      return mentions.stream().map(Mention::span).min(Comparator.naturalOrder()).orElseThrow();
    }

    boolean firstBefore(Span at) {
      return !mentions.isEmpty() && first().begin() < at.begin();
    }

    boolean namedIn(int sentence, Span before) {
      return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && m.sentence() == sentence
          && m.span().begin() < before.begin());
    }

    int lastBefore(Span at) {
      return mentions.stream().mapToInt(m -> m.span().begin()).filter(b -> b < at.begin()).max().orElse(-1);
    }

    long countBefore(Span at) {
      return mentions.stream().filter(m -> m.span().begin() < at.begin()).count();
    }

    Entity build() {
      List<Mention> sorted = new ArrayList<>();
      for (Mention m : mentions) {
        sorted.add(m.type() == type || !members.isEmpty() ? m : m.withType(type));
      }
      sorted.sort(Comparator.comparing(Mention::span));
      return new Entity(id, canonical, type, sorted, members);
    }
  }
}
