package org.hechos.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hechos.entities.Candidate.Source;
import org.hechos.models.Gazetteers;
import org.hechos.text.EntityType;
import org.hechos.text.Token;

/**
 * Rules that read the words around a name, within one sentence: acronyms in brackets, head nouns
 * ({@code name-heads.tsv}), context cues ({@code name-cues.tsv}: datelines, places after
 * "alcalde de", clubs after "el", portfolios after "ministro de", facilities, quoted media and
 * works) and, under hechos's convention, generic institution nouns. Immutable and thread-safe.
 */
final class ContextRules {

  private final Gazetteers gazetteers;
  private final Convention convention;
  private final Portfolios portfolioStarts;

  ContextRules(Gazetteers gazetteers, Convention convention) {
    this.gazetteers = gazetteers;
    this.convention = convention;
    this.portfolioStarts = new Portfolios(gazetteers);
  }

  /** Lowercase words that may join the capitalized words of one name: "Comisión Económica para América Latina y el Caribe". */
  private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los", "el", "para", "sobre", "y", "e");

  /** Before a city, these make it a club: "el Valencia", "El Lyon", "del Barcelona". */
  /** The longest name an administrative unit introduces ("la provincia de Ba Ria Vung Tau"). */
  private static final int MAX_UNIT_NAME = 4;

  private static final Set<String> MASCULINE_ARTICLES = Set.of("el", "del", "al");

  /** The day in a dateline: "Madrid , 23 may ( EFE )". */
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");

  /** Anything but a capital letter, to read an acronym's letters. */
  private static final Pattern NOT_CAPITAL = Pattern.compile("[^\\p{Lu}]");


  /** "( ASEAN )": the acronym is an ORGANIZATION, and so is the name it abbreviates just before. */
  List<Candidate> acronyms(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i - 1).text().equals("(") || !tokens.get(i + 1).text().equals(")") || !Words.isAcronym(tokens.get(i).text())) {
        continue;
      }
      String acronym = tokens.get(i).text();
      final int before = i - 2;
      if (out.stream().anyMatch(c -> c.end() == before + 1
          && (c.type() == EntityType.PERSON || c.type() == EntityType.LOCATION))) {
        continue; // "Gisela Riera ( ESP )", "Fráncfort ( RFA )": see context()
      }
      Optional<Gazetteers.Entry> known = gazetteers.lookup(List.of(acronym));
      if (known.isPresent() && !known.get().type().equals("ORGANIZATION")) {
        continue;
      }
      final int at = i;
      out.removeIf(c -> c.begin() <= at && at < c.end());
      out.add(Candidate.of(i, i + 1, EntityType.ORGANIZATION, Source.ACRONYM));
      for (int k = 0; k < out.size(); k++) {
        Candidate c = out.get(k);
        if (c.end() == i - 1 && c.type() != EntityType.ORGANIZATION && abbreviates(acronym, tokens, c)) {
          out.set(k, c.withType(EntityType.ORGANIZATION, Source.ACRONYM));
        }
      }
    }
    return out;
  }

  /** True if the acronym's letters are, in order, initials of the candidate's capitalized words. */
  private static boolean abbreviates(String acronym, List<Token> tokens, Candidate c) {
    String letters = NOT_CAPITAL.matcher(acronym).replaceAll("");
    int k = 0;
    for (int i = c.begin(); i < c.end() && k < letters.length(); i++) {
      Token t = tokens.get(i);
      if (t.isCapitalized() && Character.toUpperCase(stripAccent(t.text().charAt(0))) == letters.charAt(k)) {
        k++;
      }
    }
    return k >= Math.min(letters.length(), 2);
  }

  private static char stripAccent(char c) {
    String from = "ÁÉÍÓÚáéíóú";
    String to = "AEIOUaeiou";
    int i = from.indexOf(c);
    return i >= 0 ? to.charAt(i) : c;
  }


  List<Candidate> heads(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    int i = 0;
    while (i < tokens.size()) {
      Optional<String> head = gazetteers.headType(tokens.get(i).text());
      final int at = i;
      boolean known = out.stream().anyMatch(c -> c.begin() == at && c.source() == Source.GAZETTEER);
      if (head.isEmpty() || known || startsInside(out, i)) {
        i++;
        continue;
      }
      int end = extent(tokens, i, gazetteers);
      final int b = i;
      final int e = end;
      boolean crfStartsHere = out.stream().anyMatch(c -> c.begin() == b && c.source() != Source.GAZETTEER);
      if (end == i + 1 && !crfStartsHere) {
        i++;
        continue; // a lone "Gobierno" or "Partido" is left to the CRF
      }
      int newEnd = e;
      for (Candidate c : out) {
        if (c.begin() >= b && c.begin() < e && c.end() > newEnd) {
          newEnd = c.end();
        }
      }
      final int finalEnd = newEnd;
      out.removeIf(c -> c.begin() >= b && c.end() <= finalEnd);
      out.add(Candidate.of(b, finalEnd, EntityType.valueOf(head.get()), Source.HEAD));
      i = finalEnd;
    }
    return out;
  }

  private static boolean startsInside(List<Candidate> cands, int i) {
    for (Candidate c : cands) {
      if (c.begin() < i && i < c.end()) {
        return true;
      }
    }
    return false;
  }

  /** The end of the name starting at head {@code i}: capitalized words, joined by connectors. */
  private static int extent(List<Token> tokens, int i, Gazetteers headTypes) {
    int end = i + 1;
    while (end < tokens.size()) {
      Token t = tokens.get(end);
      if (Words.isGivenName(t)) {
        break; // "el Gobierno Felipe González", "el Gobierno de José María Aznar"
      }
      if (t.isCapitalized() || Words.isAcronym(t.text())) {
        end++;
        continue;
      }
      int k = end;
      boolean and = false;
      while (k < tokens.size() && k - end < 2 && CONNECTORS.contains(tokens.get(k).text())) {
        and |= tokens.get(k).text().equals("y") || tokens.get(k).text().equals("e");
        k++;
      }
      boolean articleAfterAnd = !and || (k - end == 2 && headTypes.headType(tokens.get(k).text()).isEmpty());
      if (k > end && k < tokens.size() && tokens.get(k).isCapitalized() && articleAfterAnd && !Words.isGivenName(tokens.get(k))
          && !tokens.get(k).text().equals("(")) {
        end = k + 1;
      } else {
        break;
      }
    }
    return end;
  }


  /**
   * Types from the words around a name:
   * <ul>
   *   <li>"Madrid , 23 may ( EFE )": a dateline starts with a place;
   *   <li>"en Ecija", "el alcalde de Ecija": a one-word name the CRF took for a person is a place
   *       after "en" or after a place cue and "de", unless the lexicon knows it as a person;
   *   <li>"el Valencia", "El Lyon", "del Barcelona": a city with a masculine article is a club, an
   *       organization (not a country or region: "el Perú", "el Caribe").
   * </ul>
   */
  List<Candidate> context(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = datelines(tokens, cands);
    for (int k = 0; k < out.size(); k++) {
      Candidate c = out.get(k);
      if (dateline(tokens, c)) {
        out.set(k, c.withType(EntityType.LOCATION, Source.HEAD));
        continue;
      }
      if (c.type() == EntityType.PERSON && c.length() == 1 && c.source() == Source.CRF
          && Words.lexicalClass(tokens.get(c.begin())) != EntityType.PERSON && placeCueBefore(tokens, c.begin())) {
        out.set(k, c.withType(EntityType.LOCATION, Source.CRF));
        continue;
      }
      if (c.type() == EntityType.LOCATION && c.begin() > 0
          && MASCULINE_ARTICLES.contains(tokens.get(c.begin() - 1).text().toLowerCase(Locale.ROOT))
          && c.subtype().map(s -> s.equals("CITY")).orElse(true) && c.source() != Source.HEAD) {
        out.set(k, new Candidate(c.begin(), c.end(), EntityType.ORGANIZATION, Source.HEAD, Optional.empty(), Optional.empty()));
      }
    }
    return out;
  }

  /**
   * "Madrid , 23 may ( EFE )", also after a desk code or a headline ("EFE RS-c Madrid , 23 may (")
   * and with a province in brackets ("Celrá ( Gerona ) , 23 may ("): the names are places.
   */
  private List<Candidate> datelines(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int p = 1; p + 3 < tokens.size(); p++) {
      if (!tokens.get(p).text().equals(",") || !DAY.matcher(tokens.get(p + 1).text()).matches()
          || !Words.isLowerWord(tokens.get(p + 2)) || !tokens.get(p + 3).text().equals("(")) {
        continue;
      }
      int end = p;
      if (tokens.get(p - 1).text().equals(")")) {
        int open = p - 2;
        while (open > 0 && !tokens.get(open).text().equals("(") && p - open < 6) {
          open--;
        }
        if (open > 0 && tokens.get(open).text().equals("(") && open + 1 < p - 1) {
          out = Words.replaceWith(out, Candidate.of(open + 1, p - 1, EntityType.LOCATION, Source.HEAD));
          end = open;
        }
      }
      int begin = end;
      while (begin > 0 && datelineWord(tokens.get(begin - 1))) {
        begin--;
      }
      final int runBegin = begin;
      final int runEnd = end;
      for (Candidate c : out) {
        if (c.type() == EntityType.PERSON && c.begin() >= runBegin && c.end() < runEnd) {
          begin = Math.max(begin, c.end()); // a byline: "Por Valeri Sharónov Minsk , 23 may"
        }
      }
      if (end - begin >= 2 && !gazetteers.lookup(Words.words(tokens, begin, end)).isPresent()
          && knownPlace(tokens, end - 1) && knownPlace(tokens, end - 2)) {
        begin = end - 1; // a headline word before the place: "EFE - Cantabria Madrid , 23 may"
      }
      if (begin < end) {
        out = Words.replaceWith(out, Candidate.of(begin, end, EntityType.LOCATION, Source.HEAD));
      }
    }
    return out;
  }

  private boolean knownPlace(List<Token> tokens, int i) {
    return Words.lexicalClass(tokens.get(i)) == EntityType.LOCATION
        || gazetteers.lookup(List.of(tokens.get(i).text())).filter(e -> e.type().equals("LOCATION")).isPresent();
  }

  private static boolean datelineWord(Token t) {
    String w = t.text();
    return t.isCapitalized() && !w.equals("Por") && !Words.isCode(w) && !w.equalsIgnoreCase("EFE") && !(Words.isAllCaps(w) && w.length() > 3)
        || w.equals("de") || w.equals("la") || w.equals("del");
  }

  /**
   * CoNLL-2002 only: "la calle Nagusia", "el estadio Saint Denis" are places including the noun.
   */
  List<Candidate> facilities(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!Words.isLowerWord(tokens.get(i)) || gazetteers.cue(tokens.get(i).text()).filter(k -> k.equals("FACILITY")).isEmpty()) {
        continue;
      }
      int name = i + 1;
      if (Set.of("de", "del").contains(tokens.get(name).text())) {
        name++;
      }
      final int at = name;
      Optional<Candidate> following = out.stream().filter(c -> c.begin() == at).findFirst();
      if (following.isPresent()) {
        out = Words.replaceWith(out, Candidate.of(i, following.get().end(), EntityType.LOCATION, Source.HEAD));
      }
    }
    return out;
  }

  /**
   * "el diario " El Mundo "": a quoted name after a medium noun is an ORGANIZATION, after a
   * work noun ("la obra", "el libro") MISC. CoNLL-2002 counts the quotes in; hechos does not.
   */
  List<Candidate> quoted(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int i = 0; i + 3 < tokens.size(); i++) {
      Optional<String> cue = gazetteers.cue(tokens.get(i).text()).filter(k -> k.equals("MEDIUM") || k.equals("WORK"));
      String quote = tokens.get(i + 1).text();
      if (cue.isEmpty() || !(quote.equals("\"") || quote.equals("'")) || !tokens.get(i + 2).isCapitalized()) {
        continue;
      }
      int close = i + 2;
      while (close < tokens.size() && close - i < 14 && !tokens.get(close).text().equals(quote)) {
        close++;
      }
      if (close >= tokens.size() || !tokens.get(close).text().equals(quote)) {
        continue;
      }
      EntityType type = cue.get().equals("MEDIUM") ? EntityType.ORGANIZATION : EntityType.MISC;
      Candidate c = convention == Convention.CONLL2002
          ? Candidate.of(i + 1, close + 1, type, Source.HEAD)
          : Candidate.of(i + 2, close, type, Source.HEAD);
      out = Words.replaceWith(out, c);
      i = close;
    }
    return out;
  }

  private static boolean dateline(List<Token> tokens, Candidate c) {
    return c.begin() == 0 && c.end() + 2 < tokens.size() && tokens.get(c.end()).text().equals(",")
        && DAY.matcher(tokens.get(c.end() + 1).text()).matches() && Words.isLowerWord(tokens.get(c.end() + 2));
  }

  private boolean placeCueBefore(List<Token> tokens, int i) {
    if (i >= 1 && tokens.get(i - 1).text().equals("en")) {
      return true;
    }
    return i >= 2 && tokens.get(i - 1).text().equals("de")
        && gazetteers.cue(tokens.get(i - 2).text()).filter(k -> k.equals("PLACE") || k.equals("UNIT")).isPresent();
  }

  /**
   * "la provincia de Quang Tri", "el municipio de Ea Sup": any name after an administrative unit
   * and "de" is a place, whatever its shape, unless a gazetteer or an acronym typed it; the
   * document then keeps it a place ({@link DocumentConsistency}).
   */
  List<Candidate> units(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int k = 0; k < out.size(); k++) {
      Candidate c = out.get(k);
      if (!c.type().isValue() && c.source() != Source.GAZETTEER && c.source() != Source.ACRONYM
          && c.source() != Source.HEAD && unitBefore(tokens, c.begin())) {
        out.set(k, c.withType(EntityType.LOCATION, Source.HEAD));
      }
    }
    for (int i = 2; i < tokens.size(); i++) {
      if (unitBefore(tokens, i) && tokens.get(i).isCapitalized() && !covered(out, i)) {
        int end = i + 1;
        while (end < tokens.size() && end < i + MAX_UNIT_NAME && tokens.get(end).isCapitalized() && !covered(out, end)) {
          end++;
        }
        out = Words.replaceWith(out, Candidate.of(i, end, EntityType.LOCATION, Source.HEAD)); // the CRF saw no name
      }
    }
    return out;
  }

  private static boolean covered(List<Candidate> cands, int token) {
    return cands.stream().anyMatch(c -> c.begin() <= token && token < c.end());
  }

  /** An administrative unit and "de" before {@code i}. */
  private boolean unitBefore(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).text().equals("de")
        && gazetteers.cue(tokens.get(i - 2).text()).filter(k -> k.equals("UNIT")).isPresent();
  }

  /**
   * "el ministro de Economía", "la consejera de Medio Ambiente": the capitalized words where
   * {@link Portfolios} sees a portfolio start name it, up to a given name ("la ex ministra de
   * Asuntos Sociales Matilde Fernández"): MISC under CoNLL-2002, nothing under NEWS.
   */
  List<Candidate> portfolios(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int i = 2; i < tokens.size(); i++) {
      if (!portfolioStarts.startsAt(tokens, i)) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && tokens.get(end).isCapitalized() && !Words.isGivenName(tokens.get(end))) {
        end++;
      }
      final int b = i;
      final int e = end;
      List<Candidate> next = new ArrayList<>();
      for (Candidate c : out) {
        if (!c.overlaps(Candidate.of(b, e, EntityType.MISC, Source.HEAD))) {
          next.add(c);
        } else if (c.end() > e) {
          Words.trim(tokens, c.withSpan(e, c.end())).filter(p -> Words.hasCapital(tokens, p)).ifPresent(next::add);
        }
      }
      if (convention == Convention.CONLL2002) {
        next.add(Candidate.of(b, e, EntityType.MISC, Source.HEAD));
      }
      out = next;
      i = end;
    }
    return out;
  }

  private static boolean isCommonNounWithAdjective(List<Token> tokens, Candidate c) {
    if (c.length() != 1 || c.source() == Source.GAZETTEER || c.source() == Source.ACRONYM || c.end() >= tokens.size()) {
      return false;
    }
    Token word = tokens.get(c.begin());
    Token next = tokens.get(c.end());
    return word.isCapitalized() && word.any(a -> a.isCommonNoun()) && !word.any(a -> a.isProperNoun())
        && Words.isLowerWord(next) && next.any(a -> a.isAdjective()) && !next.any(a -> a.isVerb() || a.isPreposition());
  }

  /**
   * hechos's convention: "el Gobierno", "el Estado" name no entity, and "Gobierno de España" is
   * the place "España"; "el Comité partidista" names no entity either.
   */
  List<Candidate> withoutGenericNouns(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : cands) {
      if (isCommonNounWithAdjective(tokens, c)) {
        continue; // "el Comité partidista", "el Consejo provincial": a body described, not named
      }
      boolean generic = gazetteers.cue(tokens.get(c.begin()).text()).filter(k -> k.equals("GENERIC")).isPresent()
          && tokens.get(c.begin()).isCapitalized() && c.source() != Source.GAZETTEER;
      if (!generic) {
        out.add(c);
        continue;
      }
      if (c.length() >= 3 && Set.of("de", "del").contains(tokens.get(c.begin() + 1).text())) {
        List<String> rest = tokens.subList(c.begin() + 2, c.end()).stream().map(Token::text).toList();
        gazetteers.lookup(rest).ifPresent(e -> out.add(new Candidate(c.end() - rest.size(), c.end(),
            EntityType.valueOf(e.type()), Source.GAZETTEER, e.subtype(), Optional.empty())));
      }
    }
    return out;
  }
}
