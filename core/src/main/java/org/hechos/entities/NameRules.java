package org.hechos.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 *   <li>the words around a name: datelines, clubs, quoted media, "la empresa Musimundo", and a
 *       short name in brackets after another ("Puyol ( Barcelona )": the club);
 *   <li>person-name shapes: Vietnamese, Chinese and Korean surnames followed by syllables ("Bui
 *       Thanh Son"), known given names ("Sergei Lavrov"), Russian surname endings ("-ov");
 *   <li>titles before a person's name are not part of it ("Presidente Putin" -> "Putin").
 * </ol>
 *
 * The context rules live in {@link ContextRules}, {@link OrganizationNouns} and
 * {@link BracketRules}, the name shapes in {@link PersonShapes}.
 * Immutable and thread-safe.
 */
final class NameRules {

  private final Gazetteers gazetteers;
  private final Convention convention;
  private final ContextRules context;
  private final PersonShapes shapes;
  private final BracketRules brackets;
  private final OrganizationNouns organizationNouns;

  NameRules(Gazetteers gazetteers, Convention convention) {
    this.gazetteers = gazetteers;
    this.convention = convention;
    this.context = new ContextRules(gazetteers, convention);
    this.shapes = new PersonShapes(gazetteers);
    this.brackets = new BracketRules(gazetteers);
    this.organizationNouns = new OrganizationNouns(gazetteers);
  }

  /** Tokens that never belong inside a name. */
  private static final Set<String> BREAKS = Set.of("(", ")", ",", ";", ":", "[", "]", "/");

  List<Candidate> apply(List<Token> tokens, List<Candidate> crf) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : crf) {
      out.addAll(cutAndTrim(tokens, c));
    }
    out = lexiconTypes(tokens, out);
    out = context.portfolios(tokens, out);
    for (Candidate g : gazetteerMatches(tokens)) {
      out = place(out, g, tokens);
    }
    out = context.acronyms(tokens, out);
    out = context.heads(tokens, out);
    out = context.context(tokens, out);
    out = brackets.apply(tokens, out);
    out = context.quoted(tokens, out);
    out = organizationNouns.apply(tokens, out);
    if (convention == Convention.CONLL2002) {
      out = context.facilities(tokens, out);
    }
    if (convention == Convention.NEWS) {
      out = context.withoutGenericNouns(tokens, out);
    }
    for (Candidate s : shapes.shapes(tokens)) {
      out = shapes.placeShape(out, s);
    }
    out = context.units(tokens, out);
    List<Candidate> trimmed = new ArrayList<>();
    for (Candidate c : out) {
      trimmed.add(c.type() == EntityType.PERSON ? withoutTitles(tokens, c) : withSubtype(tokens, c));
    }
    trimmed.sort(Comparator.comparingInt(Candidate::begin));
    return trimmed;
  }


  private List<Candidate> cutAndTrim(List<Token> tokens, Candidate c) {
    List<Candidate> pieces = new ArrayList<>();
    int start = c.begin();
    for (int i = c.begin(); i <= c.end(); i++) {
      if (i == c.end() || BREAKS.contains(tokens.get(i).text()) || Words.isCode(tokens.get(i).text())) {
        if (i > start) {
          Words.trim(tokens, c.withSpan(start, i)).ifPresent(pieces::add);
        }
        start = i + 1;
      } else if (i > start && headlineBoundary(tokens.get(i - 1), tokens.get(i))) {
        Words.trim(tokens, c.withSpan(start, i)).ifPresent(pieces::add);
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
    return Words.isAllCaps(left.text()) && isMixedName(right.text()) || isMixedName(left.text()) && Words.isAllCaps(right.text());
  }

  private static boolean isMixedName(String w) {
    return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(Character::isLowerCase);
  }


  /**
   * The lexicon (spanish-pos-dict) classes its proper nouns: tag NP..G00 a place, NP..SP0 a
   * person, NP..O00 an organization, NP..V00 other. A one-word CRF candidate whose readings all
   * agree on another class takes that class ("Cádiz" is a place, not a person).
   */
  private static List<Candidate> lexiconTypes(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands.size());
    for (Candidate c : cands) {
      EntityType lexical = c.length() == 1 ? Words.lexicalClass(tokens.get(c.begin())) : null;
      out.add(lexical != null && lexical != c.type() ? c.withType(lexical, Source.LEXICON) : c);
    }
    return out;
  }


  /** Longest known names, left to right, each starting with a capital or a digit. */
  private boolean mayStartName(String word) {
    return gazetteers.mayStartName(word) || (Words.isAllCaps(word) && gazetteers.mayStartNameInCapitals(word));
  }

  List<Candidate> gazetteerMatches(List<Token> tokens) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Candidate match = null;
      if (Words.canEndName(tokens.get(i)) && mayStartName(tokens.get(i).text())) {
        for (int n = Math.min(gazetteers.longestName(), tokens.size() - i); n >= 1 && match == null; n--) {
          if (!Words.canEndName(tokens.get(i + n - 1))) {
            continue;
          }
          List<String> words = tokens.subList(i, i + n).stream().map(Token::text).toList();
          Optional<Gazetteers.Entry> entry = gazetteers.lookup(words);
          if (entry.isEmpty() && words.stream().allMatch(Words::isAllCaps)) {
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
        Words.trim(tokens, c.withSpan(c.begin(), g.begin())).filter(p -> Words.hasCapital(tokens, p)).ifPresent(out::add);
      }
      if (c.end() > g.end()) {
        Words.trim(tokens, c.withSpan(g.end(), c.end())).filter(p -> Words.hasCapital(tokens, p)).ifPresent(out::add);
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

  /** A place the CRF found gets the subtype the gazetteer knows for it ("Moscú": CITY). */
  private Candidate withSubtype(List<Token> tokens, Candidate c) {
    if (c.type() != EntityType.LOCATION || c.subtype().isPresent()) {
      return c;
    }
    return gazetteers.lookup(Words.words(tokens, c.begin(), c.end()))
        .filter(e -> e.type().equals("LOCATION") && e.subtype().isPresent())
        .map(e -> new Candidate(c.begin(), c.end(), c.type(), c.source(), e.subtype(), c.normalized()))
        .orElse(c);
  }


  private Candidate withoutTitles(List<Token> tokens, Candidate c) {
    int b = c.begin();
    while (b + 1 < c.end() && (gazetteers.isTitle(tokens.get(b).text()) || Words.DETERMINERS.contains(tokens.get(b).text()))) {
      b++;
    }
    return b == c.begin() ? c : c.withSpan(b, c.end());
  }
}
