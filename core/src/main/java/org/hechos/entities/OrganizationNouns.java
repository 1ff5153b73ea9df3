package org.hechos.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hechos.entities.Candidate.Source;
import org.hechos.models.Gazetteers;
import org.hechos.text.EntityType;
import org.hechos.text.Token;

/**
 * A name right after a noun that says what kind of body it is ({@code name-cues.tsv},
 * ORGANIZATION), or after the noun and one adjective, is an organization: "la empresa argentina
 * Musimundo", "el sindicato UGT". The CRF's candidate there is retyped, or the capitalized words
 * become one when the CRF found nothing; a known name (gazetteer, head noun, acronym) keeps its
 * type. Immutable and thread-safe.
 */
final class OrganizationNouns {

  private final Gazetteers gazetteers;

  OrganizationNouns(Gazetteers gazetteers) {
    this.gazetteers = gazetteers;
  }

  List<Candidate> apply(List<Token> tokens, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>(cands);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!Words.isLowerWord(tokens.get(i))
          || gazetteers.cue(tokens.get(i).text()).filter(k -> k.equals("ORGANIZATION")).isEmpty()) {
        continue;
      }
      int name = isAdjective(tokens.get(i + 1)) ? i + 2 : i + 1;
      if (name >= tokens.size() || !startsName(tokens.get(name))) {
        continue;
      }
      final int at = name;
      Optional<Candidate> covering = out.stream().filter(c -> c.begin() <= at && at < c.end()).findFirst();
      if (covering.isEmpty()) {
        out.add(Candidate.of(name, capitalizedEnd(tokens, name), EntityType.ORGANIZATION, Source.HEAD));
      } else if (covering.get().begin() == name && covering.get().type() != EntityType.ORGANIZATION
          && covering.get().source() != Source.GAZETTEER && covering.get().source() != Source.HEAD
          && covering.get().source() != Source.ACRONYM) {
        out.set(out.indexOf(covering.get()), covering.get().withType(EntityType.ORGANIZATION, Source.HEAD));
      }
    }
    return out;
  }

  private static boolean isAdjective(Token t) {
    return Words.isLowerWord(t) && t.analyses().stream().anyMatch(a -> a.isAdjective());
  }

  /** A capitalized word of two letters or more that is no given name ("el grupo A" is a league group). */
  private static boolean startsName(Token t) {
    return t.text().length() >= 2 && (t.isCapitalized() || Words.isAcronym(t.text())) && !Words.isGivenName(t);
  }

  private static int capitalizedEnd(List<Token> tokens, int begin) {
    int end = begin + 1;
    while (end < tokens.size() && (tokens.get(end).isCapitalized() || Words.isAcronym(tokens.get(end).text()))) {
      end++;
    }
    return end;
  }
}
