package org.hechos.entities;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Corrections of the CRF's name candidates within one sentence, in this order:
 *
 * <ol>
 *   <li>cut candidates at brackets and commas and trim determiners, punctuation and lowercase
 *       words from their edges ("la ONU" -> "ONU");
 *   <li>known names from the gazetteers replace what the CRF said about the same tokens ("Hanoi"
 *       is a LOCATION, not a PERSON);
 *   <li>an acronym in brackets is an ORGANIZATION, and so is the name before it when the acronym
 *       abbreviates it: "Asociación de Naciones del Sudeste Asiático (ASEAN)";
 *   <li>head nouns type the name they start and set its extent ("Ministerio de Relaciones
 *       Exteriores", "Partido Comunista de Vietnam");
 *   <li>person-name shapes: Vietnamese, Chinese and Korean surnames followed by syllables ("Bui
 *       Thanh Son"), known given names ("Sergei Lavrov"), Russian surname endings ("-ov");
 *   <li>titles before a person's name are not part of it ("Presidente Putin" -> "Putin").
 * </ol>
 *
 * Immutable and thread-safe.
 */
final class NameRules {

  /** Lowercase words that may join the capitalized words of one name: "Comisión Económica para América Latina y el Caribe". */
  private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los", "el", "para", "sobre", "y", "e");

  /** Tokens that never belong inside a name. */
  private static final Set<String> BREAKS = Set.of("(", ")", ",", ";", ":", "[", "]", "/");

  private static final Set<String> DETERMINERS = Set.of("el", "la", "los", "las", "lo", "un", "una", "del", "al", "de");

  private final Gazetteers gazetteers;
  private final Convention convention;

  NameRules(Gazetteers gazetteers, Convention convention) {
    this.gazetteers = gazetteers;
    this.convention = convention;
  }

  List<Candidate> apply(List<Token> tokens, List<Candidate> crf) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : crf) {
      out.addAll(cutAndTrim(tokens, c));
    }
    out = lexiconTypes(tokens, out);
    out = portfolios(tokens, out);
    for (Candidate g : gazetteerMatches(tokens)) {
      out = place(out, g, tokens);
    }
    out = acronyms(tokens, out);
    out = heads(tokens, out);
    out = context(tokens, out);
    out = quoted(tokens, out);
    if (convention == Convention.CONLL2002) {
      out = facilities(tokens, out);
    }
    if (convention == Convention.NEWS) {
      out = withoutGenericNouns(tokens, out);
    }
    for (Candidate s : shapes(tokens)) {
      out = placeShape(out, s);
    }
    List<Candidate> trimmed = new ArrayList<>();
    for (Candidate c : out) {
      trimmed.add(c.type() == EntityType.PERSON ? withoutTitles(tokens, c) : withSubtype(tokens, c));
    }
    trimmed.sort(Comparator.comparingInt(Candidate::begin));
    return trimmed;
  }

  // ---- 1. edges -------------------------------------------------------------------------------

  private List<Candidate> cutAndTrim(List<Token> tokens, Candidate c) {
    List<Candidate> pieces = new ArrayList<>();
    int start = c.begin();
    for (int i = c.begin(); i <= c.end(); i++) {
      if (i == c.end() || BREAKS.contains(tokens.get(i).text()) || isCode(tokens.get(i).text())) {
        if (i > start) {
          trim(tokens, c.withSpan(start, i)).ifPresent(pieces::add);
        }
        start = i + 1;
      } else if (i > start && headlineBoundary(tokens.get(i - 1), tokens.get(i))) {
        trim(tokens, c.withSpan(start, i)).ifPresent(pieces::add);
        start = i;
      }
    }
    return pieces;
  }

  /**
   * A headline word in capitals next to a name in mixed case belong to different phrases:
   * "por Javier Martín EEUU - SALUD", "FRENTE CENTRAL Addis Abeba".
   */
  private static boolean headlineBoundary(Token left, Token right) {
    return isAllCaps(left.text()) && isMixedName(right.text()) || isMixedName(left.text()) && isAllCaps(right.text());
  }

  private static boolean isMixedName(String w) {
    return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(Character::isLowerCase);
  }

  /** An agency's desk code, never part of a name: "rc2305001855", "RS-c", "fr/jap/lmpg/". */
  private static final Pattern CODE = Pattern.compile(".*/.*|[A-Za-z]{1,3}-[a-z]{1,2}|[A-Za-z]+\\d{5,}");

  static boolean isCode(String token) {
    return token.length() > 1 && CODE.matcher(token).matches();
  }

  /** Drops lowercase determiners and punctuation at the start and lowercase words and punctuation at the end. */
  private static Optional<Candidate> trim(List<Token> tokens, Candidate c) {
    int b = c.begin();
    int e = c.end();
    while (b < e && (tokens.get(b).isPunctuation() && !tokens.get(b).text().equals("\"")
        || DETERMINERS.contains(tokens.get(b).text()) || isLowerWord(tokens.get(b)))) {
      b++;
    }
    while (e > b && (tokens.get(e - 1).isPunctuation() && !tokens.get(e - 1).text().equals("\"")
        && !tokens.get(e - 1).text().equals(".")
        || isLowerWord(tokens.get(e - 1)))) {
      e--;
    }
    return e > b ? Optional.of(c.withSpan(b, e)) : Optional.empty();
  }

  private static boolean isLowerWord(Token t) {
    return !t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0));
  }

  // ---- 2. lexicon classes of proper nouns --------------------------------------------------

  /**
   * The lexicon (spanish-pos-dict) classes its proper nouns: tag NP..G00 a place, NP..SP0 a
   * person, NP..O00 an organization, NP..V00 other. A one-word CRF candidate whose readings all
   * agree on another class takes that class ("Cádiz" is a place, not a person).
   */
  private static List<Candidate> lexiconTypes(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands.size());
    for (Candidate c : cands) {
      EntityType lexical = c.length() == 1 ? lexicalClass(tokens.get(c.begin())) : null;
      out.add(lexical != null && lexical != c.type() ? c.withType(lexical, Source.LEXICON) : c);
    }
    return out;
  }

  /** The one class all proper-noun readings of the token agree on, else null. */
  static EntityType lexicalClass(Token t) {
    EntityType found = null;
    for (var a : t.analyses()) {
      if (!a.isProperNoun()) {
        return null;
      }
      String tag = a.tag();
      EntityType type = tag.endsWith("G00") ? EntityType.LOCATION
          : tag.endsWith("SP0") ? EntityType.PERSON
          : tag.endsWith("O00") ? EntityType.ORGANIZATION
          : tag.endsWith("V00") ? EntityType.MISC : null;
      if (type == null || (found != null && found != type)) {
        return null;
      }
      found = type;
    }
    return found;
  }

  // ---- 3. gazetteers --------------------------------------------------------------------------

  /** Longest known names, left to right, each starting with a capital or a digit. */
  List<Candidate> gazetteerMatches(List<Token> tokens) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Candidate match = null;
      if (canEndName(tokens.get(i))) {
        for (int n = Math.min(gazetteers.longestName(), tokens.size() - i); n >= 1 && match == null; n--) {
          if (!canEndName(tokens.get(i + n - 1))) {
            continue;
          }
          List<String> words = tokens.subList(i, i + n).stream().map(Token::text).toList();
          Optional<Gazetteers.Entry> entry = gazetteers.lookup(words);
          if (entry.isEmpty() && words.stream().allMatch(NameRules::isAllCaps)) {
            entry = gazetteers.lookupUppercase(words).filter(x -> x.type().equals("LOCATION"));
          }
          if (entry.isPresent()) {
            match = new Candidate(i, i + n, EntityType.valueOf(entry.get().type()), Source.GAZETTEER,
                entry.get().subtype(), Optional.empty());
          }
        }
      }
      if (match != null) {
        found.add(match);
        i = match.end();
      } else {
        i++;
      }
    }
    return found;
  }

  private static boolean isAllCaps(String w) {
    return w.length() >= 4 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')
        && w.chars().anyMatch(Character::isLetter);
  }

  private static boolean canStartName(Token t) {
    return !t.text().isEmpty() && (Character.isUpperCase(t.text().codePointAt(0)) || Character.isDigit(t.text().codePointAt(0)));
  }

  private static boolean canEndName(Token t) {
    return !t.text().isEmpty() && (Character.isLetterOrDigit(t.text().codePointAt(0)) || t.text().equals("."));
  }

  /**
   * Puts a gazetteer match among the candidates: a longer candidate that contains it stays
   * ("Universidad de Madrid"), unless it is nothing but known names and punctuation
   * ("Vietnam - Rusia"); others that overlap it give way, keeping their parts outside it.
   */
  private List<Candidate> place(List<Candidate> cands, Candidate g, List<Token> tokens) {
    for (Candidate c : cands) {
      if (c.contains(g) && c.length() > g.length() && !onlyKnownNames(tokens, c)) {
        return cands;
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : cands) {
      if (!c.overlaps(g)) {
        out.add(c);
        continue;
      }
      if (c.begin() < g.begin()) {
        trim(tokens, c.withSpan(c.begin(), g.begin())).filter(p -> hasCapital(tokens, p)).ifPresent(out::add);
      }
      if (c.end() > g.end()) {
        trim(tokens, c.withSpan(g.end(), c.end())).filter(p -> hasCapital(tokens, p)).ifPresent(out::add);
      }
    }
    out.add(g);
    return out;
  }

  private boolean onlyKnownNames(List<Token> tokens, Candidate c) {
    List<Candidate> inside = gazetteerMatches(tokens.subList(c.begin(), c.end()));
    if (inside.size() < 2) {
      return false;
    }
    int covered = 0;
    for (Candidate g : inside) {
      covered += g.length();
    }
    for (int i = c.begin(); i < c.end(); i++) {
      if (tokens.get(i).isPunctuation() || tokens.get(i).text().equals("y")) {
        covered++;
      }
    }
    return covered >= c.length();
  }

  private static boolean hasCapital(List<Token> tokens, Candidate c) {
    for (int i = c.begin(); i < c.end(); i++) {
      if (tokens.get(i).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  // ---- 3. acronyms ----------------------------------------------------------------------------

  /** "( ASEAN )": the acronym is an ORGANIZATION, and so is the name it abbreviates just before. */
  private List<Candidate> acronyms(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i - 1).text().equals("(") || !tokens.get(i + 1).text().equals(")") || !isAcronym(tokens.get(i).text())) {
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

  static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > 10) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isUpperCase(ch)) {
        upper++;
      } else if (!Character.isDigit(ch) && ch != '-' && ch != '.' && !Character.isLowerCase(ch)) {
        return false;
      }
    }
    return upper >= 2 && upper * 2 >= s.replace(".", "").length();
  }

  /** True if the acronym's letters are, in order, initials of the candidate's capitalized words. */
  private static boolean abbreviates(String acronym, List<Token> tokens, Candidate c) {
    String letters = acronym.replaceAll("[^\\p{Lu}]", "");
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

  // ---- 4. head nouns --------------------------------------------------------------------------

  private List<Candidate> heads(List<Token> tokens, List<Candidate> cands) {
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
      if (isGivenName(t)) {
        break; // "el Gobierno Felipe González", "el Gobierno de José María Aznar"
      }
      if (t.isCapitalized() || isAcronym(t.text())) {
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
      if (k > end && k < tokens.size() && tokens.get(k).isCapitalized() && articleAfterAnd && !isGivenName(tokens.get(k))
          && !tokens.get(k).text().equals("(")) {
        end = k + 1;
      } else {
        break;
      }
    }
    return end;
  }

  // ---- context -------------------------------------------------------------------------------

  /**
   * Types from the words around a name:
   * <ul>
   *   <li>"Madrid , 23 may ( EFE )": a dateline starts with a place;
   *   <li>"Gisela Riera ( ESP )", "Fráncfort ( RFA )": a code in brackets after a person or a
   *       place is a place (a country);
   *   <li>"Ecija ( Sevilla )": a name with a known place in brackets after it is a place;
   *   <li>"en Ecija", "el alcalde de Ecija": a one-word name the CRF took for a person is a place
   *       after "en" or after a place cue and "de", unless the lexicon knows it as a person;
   *   <li>"el Valencia", "del Barcelona": a city with a masculine article is a club, an
   *       organization (not a country or region: "el Perú", "el Caribe").
   * </ul>
   */
  private List<Candidate> context(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = datelines(tokens, cands);
    out.removeIf(c -> c.length() == 1 && tokens.get(c.begin()).text().equalsIgnoreCase("EFE")
        && c.end() < tokens.size() && isCode(tokens.get(c.end()).text()));
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      if (!tokens.get(i - 1).text().equals("(") || w.length() < 2 || w.length() > 4 || !w.equals(w.toUpperCase(Locale.ROOT))
          || !w.chars().allMatch(Character::isLetter)) {
        continue;
      }
      final int at = i;
      boolean afterName = out.stream().anyMatch(c -> c.end() == at - 1
          && (c.type() == EntityType.PERSON || c.type() == EntityType.LOCATION));
      if (afterName) {
        out.removeIf(c -> c.begin() <= at && at < c.end());
        out.add(new Candidate(i, i + 1, EntityType.LOCATION, Source.HEAD, Optional.of("COUNTRY"), Optional.empty()));
      }
    }
    for (int k = 0; k < out.size(); k++) {
      Candidate c = out.get(k);
      if (dateline(tokens, c) || placeInBrackets(tokens, c, out)) {
        out.set(k, c.withType(EntityType.LOCATION, Source.HEAD));
        continue;
      }
      if (c.type() == EntityType.PERSON && c.length() == 1 && c.source() == Source.CRF
          && lexicalClass(tokens.get(c.begin())) != EntityType.PERSON && placeCueBefore(tokens, c.begin())) {
        out.set(k, c.withType(EntityType.LOCATION, Source.CRF));
        continue;
      }
      if (c.type() == EntityType.LOCATION && c.begin() > 0 && Set.of("el", "del", "al").contains(tokens.get(c.begin() - 1).text())
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
      if (!tokens.get(p).text().equals(",") || !tokens.get(p + 1).text().matches("\\d{1,2}")
          || !isLowerWord(tokens.get(p + 2)) || !tokens.get(p + 3).text().equals("(")) {
        continue;
      }
      int end = p;
      if (tokens.get(p - 1).text().equals(")")) {
        int open = p - 2;
        while (open > 0 && !tokens.get(open).text().equals("(") && p - open < 6) {
          open--;
        }
        if (open > 0 && tokens.get(open).text().equals("(") && open + 1 < p - 1) {
          out = replaceWith(out, Candidate.of(open + 1, p - 1, EntityType.LOCATION, Source.HEAD));
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
      if (end - begin >= 2 && !gazetteers.lookup(words(tokens, begin, end)).isPresent()
          && knownPlace(tokens, end - 1) && knownPlace(tokens, end - 2)) {
        begin = end - 1; // a headline word before the place: "EFE - Cantabria Madrid , 23 may"
      }
      if (begin < end) {
        out = replaceWith(out, Candidate.of(begin, end, EntityType.LOCATION, Source.HEAD));
      }
    }
    return out;
  }

  private boolean knownPlace(List<Token> tokens, int i) {
    return lexicalClass(tokens.get(i)) == EntityType.LOCATION
        || gazetteers.lookup(List.of(tokens.get(i).text())).filter(e -> e.type().equals("LOCATION")).isPresent();
  }

  private static List<String> words(List<Token> tokens, int begin, int end) {
    return tokens.subList(begin, end).stream().map(Token::text).toList();
  }

  private static boolean datelineWord(Token t) {
    String w = t.text();
    return t.isCapitalized() && !w.equals("Por") && !isCode(w) && !w.equalsIgnoreCase("EFE") && !(isAllCaps(w) && w.length() > 3)
        || w.equals("de") || w.equals("la") || w.equals("del");
  }

  private static List<Candidate> replaceWith(List<Candidate> cands, Candidate c) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate o : cands) {
      if (!o.overlaps(c)) {
        out.add(o);
      }
    }
    out.add(c);
    return out;
  }

  /**
   * CoNLL-2002 only: "la calle Nagusia", "el estadio Saint Denis" are places including the noun.
   */
  private List<Candidate> facilities(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!isLowerWord(tokens.get(i)) || gazetteers.cue(tokens.get(i).text()).filter(k -> k.equals("FACILITY")).isEmpty()) {
        continue;
      }
      int name = i + 1;
      if (Set.of("de", "del").contains(tokens.get(name).text())) {
        name++;
      }
      final int at = name;
      Optional<Candidate> following = out.stream().filter(c -> c.begin() == at).findFirst();
      if (following.isPresent()) {
        out = replaceWith(out, Candidate.of(i, following.get().end(), EntityType.LOCATION, Source.HEAD));
      }
    }
    return out;
  }

  /**
   * "el diario " El Mundo "": a quoted name after a medium noun is an ORGANIZATION, after a
   * work noun ("la obra", "el libro") MISC. CoNLL-2002 counts the quotes in; hechos does not.
   */
  private List<Candidate> quoted(List<Token> tokens, List<Candidate> cands) {
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
      out = replaceWith(out, c);
      i = close;
    }
    return out;
  }

  private static boolean dateline(List<Token> tokens, Candidate c) {
    return c.begin() == 0 && c.end() + 2 < tokens.size() && tokens.get(c.end()).text().equals(",")
        && tokens.get(c.end() + 1).text().matches("\\d{1,2}") && isLowerWord(tokens.get(c.end() + 2));
  }

  private boolean placeInBrackets(List<Token> tokens, Candidate c, List<Candidate> all) {
    if (c.type() == EntityType.LOCATION || c.end() + 2 >= tokens.size() || !tokens.get(c.end()).text().equals("(")) {
      return false;
    }
    int inner = c.end() + 1;
    return all.stream().anyMatch(o -> o.begin() == inner && o.type() == EntityType.LOCATION
        && o.end() < tokens.size() && tokens.get(o.end()).text().equals(")")
        && (o.source() == Source.GAZETTEER || lexicalClass(tokens.get(o.begin())) == EntityType.LOCATION));
  }

  private boolean placeCueBefore(List<Token> tokens, int i) {
    if (i >= 1 && tokens.get(i - 1).text().equals("en")) {
      return true;
    }
    return i >= 2 && tokens.get(i - 1).text().equals("de")
        && gazetteers.cue(tokens.get(i - 2).text()).filter(k -> k.equals("PLACE")).isPresent();
  }

  /**
   * "el ministro de Economía", "la consejera de Medio Ambiente y Sanidad": the capitalized words
   * after a portfolio cue and "de" name a portfolio: MISC under CoNLL-2002, nothing under NEWS.
   */
  private List<Candidate> portfolios(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int i = 2; i < tokens.size(); i++) {
      if (!tokens.get(i - 1).text().equals("de") || !tokens.get(i).isCapitalized()) {
        continue;
      }
      int cue = i - 2;
      if (cue >= 1 && gazetteers.demonyms().isDemonym(tokens.get(cue).text()) && isLowerWord(tokens.get(cue))) {
        cue--; // "el ministro japonés de Economía"
      }
      if (gazetteers.cue(tokens.get(cue).text()).filter(k -> k.equals("PORTFOLIO")).isEmpty()
          || !isLowerWord(tokens.get(cue))) {
        continue;
      }
      int end = i;
      while (end < tokens.size() && tokens.get(end).isCapitalized()) {
        end++;
      }
      final int b = i;
      final int e = end;
      if (gazetteers.lookup(tokens.subList(b, e).stream().map(Token::text).toList()).isPresent()) {
        continue; // "ministro de Rusia" is no portfolio
      }
      List<Candidate> next = new ArrayList<>();
      for (Candidate c : out) {
        if (!c.overlaps(Candidate.of(b, e, EntityType.MISC, Source.HEAD))) {
          next.add(c);
        } else if (c.end() > e) {
          trim(tokens, c.withSpan(e, c.end())).filter(p -> hasCapital(tokens, p)).ifPresent(next::add);
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

  /**
   * hechos's convention: "el Gobierno", "el Estado" name no entity, and "Gobierno de España" is
   * the place "España".
   */
  private List<Candidate> withoutGenericNouns(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : cands) {
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

  /** A given name to the lexicon: a proper noun of a person with a gender ("Juan" NPMSSP0). */
  static boolean isGivenName(Token t) {
    return t.isCapitalized() && !t.analyses().isEmpty() && t.analyses().stream().allMatch(a -> a.isProperNoun()
        && a.tag().endsWith("SP0") && a.tag().length() > 2 && (a.tag().charAt(2) == 'M' || a.tag().charAt(2) == 'F'));
  }

  // ---- 5. person-name shapes ------------------------------------------------------------------

  List<Candidate> shapes(List<Token> tokens) {
    Gazetteers.PersonNames names = gazetteers.personNames();
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String w = tokens.get(i).text();
      int end = i;
      if (names.surnames().contains(w)) {
        end = syllables(tokens, i + 1, 3);
        if (end == i + 1) {
          end = i;
        }
      } else if (names.givenNames().contains(w)) {
        end = syllables(tokens, i + 1, 2);
        if (end == i + 1) {
          end = i;
        }
      } else if (isNameWord(tokens.get(i)) && hasSurnameEnding(w, names.suffixes()) && unknownWord(tokens.get(i))) {
        end = i + 1;
        if (i > 0 && isNameWord(tokens.get(i - 1)) && !gazetteers.isTitle(tokens.get(i - 1).text())
            && gazetteers.headType(tokens.get(i - 1).text()).isEmpty() && !(i - 1 == 0 && !unknownWord(tokens.get(i - 1)))) {
          found.add(Candidate.of(i - 1, end, EntityType.PERSON, Source.SHAPE));
          i = end;
          continue;
        }
      }
      if (end > i) {
        found.add(Candidate.of(i, end, EntityType.PERSON, Source.SHAPE));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  /** Up to {@code max} capitalized name words from {@code i}; returns the end. */
  private int syllables(List<Token> tokens, int i, int max) {
    int end = i;
    while (end < tokens.size() && end - i < max && isNameWord(tokens.get(end))
        && gazetteers.lookup(List.of(tokens.get(end).text())).isEmpty()
        && gazetteers.headType(tokens.get(end).text()).isEmpty()
        && !gazetteers.isTitle(tokens.get(end).text())) {
      end++;
    }
    return end;
  }

  private static boolean isNameWord(Token t) {
    String s = t.text();
    if (s.length() < 2 || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    for (int k = 1; k < s.length(); k++) {
      if (!Character.isLowerCase(s.charAt(k)) && s.charAt(k) != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSurnameEnding(String w, List<String> suffixes) {
    if (w.length() < 5) {
      return false;
    }
    for (String s : suffixes) {
      if (w.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** True if the lexicon does not know the word, or knows it only as a proper noun. */
  private static boolean unknownWord(Token t) {
    return t.analyses().stream().allMatch(a -> a.isProperNoun());
  }

  /** A shape candidate replaces what it overlaps, unless a longer PERSON already contains it. */
  private List<Candidate> placeShape(List<Candidate> cands, Candidate s) {
    for (Candidate c : cands) {
      if (c.overlaps(s) && (c.source() == Source.GAZETTEER || c.source() == Source.HEAD || c.source() == Source.ACRONYM)) {
        return cands;
      }
      if (c.contains(s) && c.type() == EntityType.PERSON) {
        return cands;
      }
    }
    List<Candidate> out = new ArrayList<>();
    Candidate merged = s;
    for (Candidate c : cands) {
      if (!c.overlaps(s)) {
        out.add(c);
      } else if (c.type() == EntityType.PERSON) {
        merged = merged.withSpan(Math.min(merged.begin(), c.begin()), Math.max(merged.end(), c.end()));
      }
    }
    out.add(merged);
    return out;
  }

  /** A place the CRF found gets the subtype the gazetteer knows for it ("Moscú": CITY). */
  private Candidate withSubtype(List<Token> tokens, Candidate c) {
    if (c.type() != EntityType.LOCATION || c.subtype().isPresent()) {
      return c;
    }
    return gazetteers.lookup(words(tokens, c.begin(), c.end()))
        .filter(e -> e.type().equals("LOCATION") && e.subtype().isPresent())
        .map(e -> new Candidate(c.begin(), c.end(), c.type(), c.source(), e.subtype(), c.normalized()))
        .orElse(c);
  }

  // ---- 6. titles ------------------------------------------------------------------------------

  private Candidate withoutTitles(List<Token> tokens, Candidate c) {
    int b = c.begin();
    while (b + 1 < c.end() && (gazetteers.isTitle(tokens.get(b).text()) || DETERMINERS.contains(tokens.get(b).text()))) {
      b++;
    }
    return b == c.begin() ? c : c.withSpan(b, c.end());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
