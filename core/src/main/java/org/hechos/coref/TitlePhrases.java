package org.hechos.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/** Finds {@link TitlePhrase}s in a sentence, given the sentence's name mentions. Immutable. */
public final class TitlePhrases {

  private static final Set<String> DETERMINERS = Set.of("el", "la", "los", "las", "su", "sus", "un", "una", "este", "esta", "nuevo", "nueva");
  private static final Set<String> OF = Set.of("de", "del", "para", "ante", "en");

  private final TitleLexicon titles;
  private final Function<String, Optional<String>> demonyms;

  public TitlePhrases(TitleLexicon titles, Function<String, Optional<String>> demonyms) {
    this.titles = titles;
    this.demonyms = demonyms;
  }

  /** Title phrases of {@code sentence} in order; {@code names} are its NAME mentions. */
  public List<TitlePhrase> find(Sentence sentence, List<Mention> names) {
    List<Token> tokens = sentence.tokens();
    List<TitlePhrase> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (inside(names, i)) {
        continue;
      }
      Optional<TitleLexicon.Match> match = titles.at(tokens, i);
      if (match.isEmpty()) {
        continue;
      }
      int begin = i;
      while (begin > 0 && begin > i - 2 && isAdjective(tokens.get(begin - 1))) {
        begin--; // "la alta representante", "el nuevo embajador"
      }
      begin = begin > 0 && DETERMINERS.contains(tokens.get(begin - 1).lower()) ? begin - 1 : i;
      int titleEnd = i + match.get().length();
      Optional<String> country = Optional.empty();
      if (titleEnd < tokens.size() && !tokens.get(titleEnd).isCapitalized()) {
        country = demonyms.apply(tokens.get(titleEnd).lower());
        if (country.isPresent() || isAdjective(tokens.get(titleEnd))) {
          titleEnd++; // "su homólogo ruso", "el canciller saliente"
        }
      }
      if (country.isEmpty() && titleEnd + 3 < tokens.size() && OF.contains(tokens.get(titleEnd).lower())) {
        int j = DETERMINERS.contains(tokens.get(titleEnd + 1).lower()) ? titleEnd + 2 : titleEnd + 1;
        Optional<String> described = j + 1 < tokens.size() && !inside(names, j)
            ? demonyms.apply(tokens.get(j + 1).lower()) : Optional.empty();
        if (described.isPresent()) {
          country = described; // "el jefe de la diplomacia vietnamita"
          titleEnd = j + 2;
        }
      }
      List<Mention> attached = new ArrayList<>();
      int end = chainEnd(tokens, names, titleEnd, attached);
      Optional<Mention> holder = holder(tokens, names, begin, end, found);
      boolean plural = tokens.get(i + match.get().length() - 1).lower().endsWith("s");
      found.add(new TitlePhrase(sentence.index(), begin, i, titleEnd, end, match.get(), holder, attached, country, plural,
          false));
      if (plural && holder.isPresent()) {
        end = Math.max(end, elidedPairs(sentence.index(), tokens, names, found.get(found.size() - 1), found));
      }
      i = end - 1;
    }
    return found;
  }

  /**
   * The later pairs of a plural title's list, "los cancilleres de Jamaica, X; de Barbados, Y, y de
   * Haití, Z", added to {@code found}; the end of the last one.
   */
  private static int elidedPairs(int sentence, List<Token> tokens, List<Mention> names, TitlePhrase first,
      List<TitlePhrase> found) {
    int at = first.holder().get().tokenEnd();
    int end = at;
    while (at + 4 < tokens.size() && (tokens.get(at).text().equals(";") || tokens.get(at).text().equals(","))) {
      int of = tokens.get(at + 1).lower().equals("y") ? at + 2 : at + 1;
      Optional<Mention> place = OF.contains(tokens.get(of).lower()) ? nameAt(names, of + 1) : Optional.empty();
      if (place.isEmpty() || place.get().type() == EntityType.PERSON || place.get().tokenEnd() + 1 >= tokens.size()
          || !tokens.get(place.get().tokenEnd()).text().equals(",")) {
        break;
      }
      Optional<Mention> holder = nameAt(names, place.get().tokenEnd() + 1).filter(TitlePhrases::isPersonLike);
      if (holder.isEmpty()) {
        break;
      }
      found.add(new TitlePhrase(sentence, of, first.titleBegin(), first.titleEnd(), holder.get().tokenBegin(),
          first.title(), holder, List.of(place.get()), Optional.empty(), true, true));
      at = holder.get().tokenEnd();
      end = at;
    }
    return end;
  }

  /** Follows "de X", "del partido X", "de Relaciones Exteriores de Y" after the title. */
  private static int chainEnd(List<Token> tokens, List<Mention> names, int from, List<Mention> attached) {
    int end = from;
    int i = from;
    while (i + 1 < tokens.size() && (OF.contains(tokens.get(i).lower()) || i > from && isAndOf(tokens, i))) {
      if (isAndOf(tokens, i)) {
        i++; // "presidente del Frelimo y de Mozambique"
      }
      int j = i + 1;
      if (j < tokens.size() && DETERMINERS.contains(tokens.get(j).lower())) {
        j++;
      }
      if (j < tokens.size() && !tokens.get(j).isCapitalized() && j + 1 < tokens.size()
          && startsName(names, j + 1)) {
        j++; // "del partido Rusia Unida"
      }
      Optional<Mention> name = nameAt(names, j);
      if (name.isPresent()) {
        boolean postedIn = tokens.get(i).lower().equals("en"); // "embajador de Vietnam en Argentina": not his country
        if (!postedIn && (name.get().type() == EntityType.ORGANIZATION || name.get().type() == EntityType.LOCATION)) {
          attached.add(name.get());
        }
        end = listEnd(tokens, names, name.get(), attached);
        if (Token.isOneWordBracket(tokens, end) && end + 3 < tokens.size() && OF.contains(tokens.get(end + 3).lower())) {
          end += 3; // "de la FAO (FAO) para América Latina": the chain goes on after the acronym
        }
      } else if (j < tokens.size() && tokens.get(j).isCapitalized()) {
        while (j < tokens.size() && (tokens.get(j).isCapitalized() || tokens.get(j).lower().equals("y")
            || tokens.get(j).lower().equals("e"))) {
          j++; // a portfolio the NER did not take as a name: "de Asuntos Exteriores"
        }
        end = j < tokens.size() && isAdjective(tokens.get(j)) ? j + 1 : j; // "del Comité partidista"
      } else if (j < tokens.size() && tokens.get(j).any(a -> a.isCommonNoun())) {
        end = j + 1; // "el portavoz del ministerio, Juan Mora"
        if (end < tokens.size() && isAdjective(tokens.get(end))) {
          end++;
        }
      } else {
        break;
      }
      i = end;
    }
    return end;
  }

  private static boolean isAndOf(List<Token> tokens, int i) {
    return i + 2 < tokens.size() && (tokens.get(i).lower().equals("y") || tokens.get(i).lower().equals("e"))
        && OF.contains(tokens.get(i + 1).lower()) && !tokens.get(i + 1).lower().equals("en");
  }

  /** "de Etiopía, Somalia, Sudán del Sur y Yibuti": places listed after a first one. */
  private static int listEnd(List<Token> tokens, List<Mention> names, Mention first, List<Mention> attached) {
    int end = first.tokenEnd();
    while (first.type() == EntityType.LOCATION && end + 1 < tokens.size()
        && (tokens.get(end).text().equals(",") || tokens.get(end).lower().equals("y"))) {
      int at = end + 1 < tokens.size() - 1 && DETERMINERS.contains(tokens.get(end + 1).lower()) ? end + 2 : end + 1;
      Optional<Mention> next = nameAt(names, at); // "de América Latina y el Caribe"
      if (next.isEmpty() || next.get().type() != EntityType.LOCATION) {
        break;
      }
      attached.add(next.get());
      end = next.get().tokenEnd();
    }
    return end;
  }

  private static Optional<Mention> holder(List<Token> tokens, List<Mention> names, int begin, int end, List<TitlePhrase> before) {
    Optional<Mention> next = nameAt(names, end);
    if (next.isPresent() && next.get().type() == EntityType.PERSON) {
      return next; // "el ministro Pedro Gil"
    }
    if (Token.isOneWordBracket(tokens, end)) {
      end += 3; // "de la Organización Mundial de la Salud (OMS), Tedros ..."
    }
    if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
      Optional<Mention> after = nameAt(names, end + 1);
      if (after.isPresent() && isPersonLike(after.get())) {
        return after;
      }
    }
    if (begin >= 2 && tokens.get(begin - 1).text().equals(",")) {
      Optional<Mention> named = names.stream()
          .filter(m -> m.tokenEnd() == begin - 1 && m.type() == EntityType.PERSON).findFirst();
      if (named.isPresent()) {
        return named;
      }
    }
    if (begin >= 1 && tokens.get(begin - 1).lower().equals("y") && !before.isEmpty()) {
      TitlePhrase previous = before.get(before.size() - 1);
      if (previous.end() == begin - 1) {
        return previous.holder(); // "presidente de X y vicepresidente de Y"
      }
    }
    return Optional.empty();
  }

  /**
   * A name in apposition to a title is a person's even where the recognizer typed a long name
   * otherwise ("el director general de la OMS, Tedros Adhanom Ghebreyesus").
   */
  private static boolean isPersonLike(Mention m) {
    return m.type() == EntityType.PERSON
        || m.type() != EntityType.LOCATION && m.tokenEnd() - m.tokenBegin() >= 2 && !m.text().contains(" de ");
  }

  private static boolean isAdjective(Token t) {
    return !t.isCapitalized() && t.any(a -> a.isAdjective()) && !t.any(a -> a.isPreposition() || a.isDeterminer());
  }

  private static boolean inside(List<Mention> names, int token) {
    return names.stream().anyMatch(m -> m.tokenBegin() <= token && token < m.tokenEnd());
  }

  private static boolean startsName(List<Mention> names, int token) {
    return nameAt(names, token).isPresent();
  }

  private static Optional<Mention> nameAt(List<Mention> names, int token) {
    return names.stream().filter(m -> m.tokenBegin() == token).findFirst();
  }
}
