package org.hechos.entities;

import java.util.ArrayList;
import java.util.List;
import org.hechos.entities.Candidate.Source;
import org.hechos.models.Gazetteers;
import org.hechos.text.EntityType;
import org.hechos.text.Token;

/**
 * Person-name shapes ({@code person-names.tsv}): Vietnamese, Chinese and Korean surnames followed
 * by one to three capitalized syllables ("Bui Thanh Son", "Xi Jinping"), known given names
 * followed by a capitalized word ("Sergei Lavrov"), Russian surname endings ("-ov", "-sky").
 * Immutable and thread-safe.
 */
final class PersonShapes {

  private final Gazetteers gazetteers;

  PersonShapes(Gazetteers gazetteers) {
    this.gazetteers = gazetteers;
  }


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
  List<Candidate> placeShape(List<Candidate> cands, Candidate s) {
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
}
