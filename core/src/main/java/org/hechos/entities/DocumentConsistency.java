package org.hechos.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hechos.entities.Candidate.Source;
import org.hechos.models.Gazetteers;
import org.hechos.text.EntityType;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/**
 * One name, one type per document:
 *
 * <ul>
 *   <li>a string an administrative unit made a place ("la provincia de Quang Tri") is a place
 *       everywhere;
 *   <li>a string tagged PERSON once is PERSON elsewhere, unless a gazetteer, an acronym or a head
 *       noun typed that occurrence;
 *   <li>the last word or two of a longer PERSON name ("Thanh Son" of "Bui Thanh Son", "Lavrov" of
 *       "Sergei Lavrov") are PERSON wherever they stand alone, tagged or not;
 *   <li>other strings the CRF typed differently in different places take their most frequent type;
 *   <li>a string tagged somewhere is tagged wherever else it stands untagged, as a whole run of
 *       capitalized words.
 * </ul>
 *
 * Immutable and thread-safe; the state of one call lives in local variables.
 */
final class DocumentConsistency {

  private final Portfolios portfolios;

  DocumentConsistency(Gazetteers gazetteers) {
    this.portfolios = new Portfolios(gazetteers);
  }

  List<List<Candidate>> apply(List<Sentence> sentences, List<List<Candidate>> perSentence) {
    Set<String> persons = new HashSet<>();
    Set<String> personParts = new HashSet<>();
    Set<String> places = new HashSet<>();
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      for (Candidate c : perSentence.get(s)) {
        String key = key(tokens, c.begin(), c.end());
        if (c.type() == EntityType.LOCATION && c.source() == Source.HEAD) {
          places.add(key); // "la provincia de Quang Tri" outweighs a headline's guess
        }
        if (c.type() == EntityType.PERSON) {
          persons.add(key);
          if (c.length() >= 2) {
            personParts.add(key(tokens, c.end() - 1, c.end()));
            if (c.length() >= 3) {
              personParts.add(key(tokens, c.end() - 2, c.end()));
            }
          }
        }
        if (!c.type().isValue()) {
          votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class)).merge(c.type(), 1, Integer::sum);
        }
      }
    }
    persons.removeAll(places);
    personParts.removeAll(places);
    List<List<Candidate>> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      List<Candidate> fixed = new ArrayList<>();
      for (Candidate c : perSentence.get(s)) {
        String key = key(tokens, c.begin(), c.end());
        fixed.add(places.contains(key) && c.source() != Source.GAZETTEER && c.source() != Source.ACRONYM
            ? c.withType(EntityType.LOCATION, Source.CONSISTENCY) : retype(c, key, persons, personParts, votes));
      }
      fixed.addAll(untaggedKnown(tokens, fixed, known(persons, personParts, places, votes)));
      fixed.sort(Comparator.comparingInt(Candidate::begin));
      out.add(fixed);
    }
    return out;
  }

  private static Candidate retype(Candidate c, String key, Set<String> persons, Set<String> parts,
      Map<String, Map<EntityType, Integer>> votes) {
    if (c.type().isValue() || c.source() == Source.GAZETTEER || c.source() == Source.ACRONYM
        || c.source() == Source.HEAD) {
      return c;
    }
    if (c.type() != EntityType.PERSON && (persons.contains(key) || parts.contains(key))) {
      // "Valdivia" is a city to the lexicon, but "Andrés Valdivia" made it a person here
      return c.withType(EntityType.PERSON, Source.CONSISTENCY);
    }
    Map<EntityType, Integer> v = votes.get(key);
    if (v != null && v.size() > 1 && c.source() == Source.CRF) {
      // only the CRF's own guesses vote against each other
      EntityType best = c.type();
      for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
        if (e.getValue() > v.get(best)) {
          best = e.getKey();
        }
      }
      return best == c.type() ? c : c.withType(best, Source.CONSISTENCY);
    }
    return c;
  }

  /**
   * The type each string tagged somewhere in the document has: LOCATION for names of places an
   * administrative unit introduced, PERSON for persons and the last words of their names, else the
   * most frequent type.
   */
  private static Map<String, EntityType> known(Set<String> persons, Set<String> parts, Set<String> places,
      Map<String, Map<EntityType, Integer>> votes) {
    Map<String, EntityType> known = new HashMap<>();
    for (Map.Entry<String, Map<EntityType, Integer>> e : votes.entrySet()) {
      EntityType best = null;
      for (Map.Entry<EntityType, Integer> v : e.getValue().entrySet()) {
        if (best == null || v.getValue() > e.getValue().get(best)) {
          best = v.getKey();
        }
      }
      known.put(e.getKey(), best);
    }
    for (String p : persons) {
      known.put(p, EntityType.PERSON);
    }
    for (String p : parts) {
      known.put(p, EntityType.PERSON);
    }
    for (String p : places) {
      known.put(p, EntityType.LOCATION);
    }
    return known;
  }

  /**
   * Maximal runs of capitalized words, untagged, that equal a string tagged elsewhere in the
   * document: they take its type. At the start of a sentence only words the lexicon knows as
   * proper nouns or not at all count ("Son" there may be the verb).
   */
  private List<Candidate> untaggedKnown(List<Token> tokens, List<Candidate> tagged, Map<String, EntityType> known) {
    boolean[] taken = new boolean[tokens.size()];
    for (Candidate c : tagged) {
      for (int i = c.begin(); i < c.end(); i++) {
        taken[i] = true;
      }
    }
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (taken[i] || !tokens.get(i).isCapitalized()) {
        i++;
        continue;
      }
      int end = i;
      while (end < tokens.size() && !taken[end] && tokens.get(end).isCapitalized()) {
        end++;
      }
      EntityType type = known.get(key(tokens, i, end));
      if (type != null && !portfolios.startsAt(tokens, i) && (i > 0 || tokens.get(i).analyses().stream().allMatch(a -> a.isProperNoun()))) {
        found.add(Candidate.of(i, end, type, Source.CONSISTENCY));
      }
      i = end;
    }
    return found;
  }

  private static String key(List<Token> tokens, int begin, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = begin; i < end; i++) {
      b.append(i > begin ? " " : "").append(tokens.get(i).text());
    }
    return b.toString();
  }
}
