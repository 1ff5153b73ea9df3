package org.hechos.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hechos.Content;
import org.hechos.Fact;
import org.hechos.Modality;
import org.hechos.Role;
import org.hechos.Trigger;
import org.hechos.coref.TitleLexicon;
import org.hechos.coref.TitlePhrase;
import org.hechos.coref.TitlePhrases;
import org.hechos.text.Entity;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Sentence;

/**
 * ROLE facts from offices in apposition to a person: "el ministro de Relaciones Exteriores de
 * Vietnam, Bui Thanh Son" gives Bui Thanh Son, "ministro de Relaciones Exteriores", Vietnam. The
 * organization is the first one named after the title, else the last place ("de Vietnam"), else
 * the country of a demonym ("el canciller ruso"). Counterpart nouns ("su homólogo ruso") name no
 * post of their own: coreference reads their country, no ROLE comes of them. One instance reads
 * one document, sentence by sentence, then {@link #describedOnly()}.
 */
final class RoleFacts {

  private final TitlePhrases titlePhrases;
  private final java.util.Set<String> portfolios;
  private final Referents refs;
  /** Entity ids of the people whose post stands beside their name somewhere in the document. */
  private final java.util.Set<Integer> named = new java.util.HashSet<>();
  /** The first post each person is given only in a description, by entity id. */
  private final java.util.Map<Integer, Fact> describedOnly = new java.util.LinkedHashMap<>();

  RoleFacts(TitlePhrases titlePhrases, java.util.Set<String> portfolios, Referents refs) {
    this.titlePhrases = titlePhrases;
    this.portfolios = portfolios;
    this.refs = refs;
  }

  /** The ROLE facts of the offices {@code sentence} names beside a person's name. */
  List<Fact> extract(org.hechos.Document doc, Sentence sentence) {
    List<Mention> names = doc.mentions().stream()
        .filter(m -> m.sentence() == sentence.index() && !m.type().isValue()).toList();
    List<Fact> facts = new ArrayList<>();
    for (TitlePhrase phrase : titlePhrases.find(sentence, names)) {
      if (phrase.title().kind() != TitleLexicon.Kind.OFFICE) {
        continue;
      }
      if (phrase.holder().isPresent()) {
        owner(phrase.holder().get()).ifPresent(holder -> {
          facts.add(role(doc, sentence, phrase, holder));
          named.add(holder.id());
        });
      } else {
        described(sentence, phrase).ifPresent(holder -> describedOnly.putIfAbsent(holder.id(), role(doc, sentence, phrase, holder)));
      }
    }
    return facts;
  }

  /**
   * After every sentence was read: the post of each person whose office the article gives only in
   * a description ("El presidente de Corea del Sur aterrizó ... Lee Myung Bak realiza"), the first
   * such; a person whose post stands beside the name has it already, and "el mandatario ruso"
   * after "el presidente de Rusia, X" is no second post.
   */
  List<Fact> describedOnly() {
    return describedOnly.entrySet().stream().filter(e -> !named.contains(e.getKey())).map(java.util.Map.Entry::getValue)
        .toList();
  }

  private Role role(org.hechos.Document doc, Sentence sentence, TitlePhrase phrase, Entity holder) {
    Optional<Mention> organization = phrase.attached().stream()
        .filter(m -> m.type() == EntityType.ORGANIZATION && !portfolios.contains(firstWord(m))).findFirst()
        .or(() -> phrase.attached().stream().filter(m -> m.type() == EntityType.LOCATION).reduce((a, b) -> b));
    int titleEnd = phrase.elided() ? phrase.titleBegin() + phrase.title().length()
        : organization.filter(RoleFacts::isCountry).map(Mention::tokenBegin).filter(e -> e > phrase.titleBegin())
            .orElse(phrase.end());
    titleEnd = trimTail(sentence, phrase.titleBegin() + phrase.title().length(), titleEnd);
    String title = phrase.plural() ? singular(doc, sentence, phrase, titleEnd)
        : sentence.text(doc.clean(), phrase.titleBegin(), titleEnd);
    Optional<Entity> target = organization.flatMap(this::owner)
        .or(() -> phrase.attached().stream().map(RoleFacts::placeAfterPortfolio).flatMap(Optional::stream)
            .map(this::byName).flatMap(Optional::stream).findFirst())
        .or(() -> phrase.country().flatMap(this::byName));
    var titleToken = sentence.tokens().get(phrase.titleBegin());
    return new Role(holder, new Content(title, sentence.span(phrase.titleBegin(), titleEnd)), target,
        new Trigger(titleToken.text(), phrase.title().title(), titleToken.span()), sentence.span(), Modality.ASSERTED);
  }

  /**
   * A country is the organization a post serves, not part of the post's name: "ministro de Salud
   * de Chile" is the post "ministro de Salud" in Chile, while "jefe del Gabinete Ministerial" and
   * "directora de África Subsahariana" name their posts whole.
   */
  private static boolean isCountry(Mention m) {
    return m.type() == EntityType.LOCATION && m.subtype().filter("COUNTRY"::equals).isPresent();
  }

  /** Each holder of a plural title holds it alone: "los presidentes de Chile, X, y de Perú, Y" gives "presidente". */
  private static String singular(org.hechos.Document doc, Sentence sentence, TitlePhrase phrase, int titleEnd) {
    int afterTitle = phrase.titleBegin() + phrase.title().length();
    String rest = sentence.text(doc.clean(), Math.min(afterTitle, titleEnd), titleEnd);
    return rest.isEmpty() ? phrase.title().title() : phrase.title().title() + " " + rest;
  }

  private static String firstWord(Mention m) {
    return m.text().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
  }

  /** "Energía de Nigeria" names Nigeria's ministry: the place is what follows the last "de". */
  private static Optional<String> placeAfterPortfolio(Mention m) {
    int at = m.text().lastIndexOf(" de ");
    return at < 0 ? Optional.empty() : Optional.of(m.text().substring(at + 4));
  }

  /** Drops trailing "de", "del", determiners and a common noun they introduce ("del partido"). */
  private static int trimTail(Sentence sentence, int min, int end) {
    var tokens = sentence.tokens();
    while (end > min) {
      String last = tokens.get(end - 1).lower();
      boolean function = Grammar.PREPOSITIONS.contains(last) || Grammar.DETERMINERS.contains(last);
      boolean nounAfterOf = end - 2 >= min && !tokens.get(end - 1).isCapitalized()
          && Grammar.PREPOSITIONS.contains(tokens.get(end - 2).lower());
      if (!function && !nounAfterOf) {
        break;
      }
      end--;
    }
    return end;
  }

  /**
   * The named person a description with no name beside it stands for, by coreference: "El
   * presidente de Corea del Sur aterrizó ... Lee Myung Bak realiza una visita" gives Lee Myung Bak
   * the post. A plural title names no one person, a bare "el presidente" no post of its own.
   */
  private Optional<Entity> described(Sentence sentence, TitlePhrase phrase) {
    if (phrase.plural() || phrase.attached().isEmpty() && phrase.country().isEmpty()) {
      return Optional.empty(); // "el presidente" alone tells no post an analyst would list
    }
    return refs.in(sentence.index()).stream()
        .filter(r -> r.mention().kind() == Mention.Kind.NOMINAL && r.mention().tokenBegin() == phrase.begin())
        .map(Referents.Ref::entity)
        .filter(e -> e.type() == EntityType.PERSON && !e.isGroup() && Parties.isNamed(e))
        .findFirst();
  }

  private Optional<Entity> owner(Mention m) {
    // by span: coreference may have retyped the mention ("Tedros ..." is a person once a title names him)
    return refs.in(m.sentence()).stream().filter(r -> r.mention().span().equals(m.span())
        && r.mention().kind() == m.kind()).map(Referents.Ref::entity).findFirst();
  }

  private Optional<Entity> byName(String canonical) {
    return refs.entities().stream().filter(e -> e.canonical().equals(canonical)).findFirst();
  }
}
