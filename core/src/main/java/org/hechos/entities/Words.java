package org.hechos.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hechos.text.EntityType;
import org.hechos.text.Token;

/** Small tests on tokens and candidates shared by the name rules. Static and stateless. */
final class Words {

  private Words() {}

  static final Set<String> DETERMINERS = Set.of("el", "la", "los", "las", "lo", "un", "una", "del", "al", "de");

  /** An agency's desk code, never part of a name: "rc2305001855", "RS-c", "fr/jap/lmpg/". */
  static final Pattern CODE = Pattern.compile(".*/.*|[A-Za-z]{1,3}-[a-z]{1,2}|[A-Za-z]+\\d{5,}");

  static boolean isCode(String token) {
    return token.length() > 1 && CODE.matcher(token).matches();
  }

  /** Drops lowercase determiners and punctuation at the start and lowercase words and punctuation at the end. */
  static Optional<Candidate> trim(List<Token> tokens, Candidate c) {
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

  static boolean isLowerWord(Token t) {
    return !t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0));
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

  static boolean isAllCaps(String w) {
    return w.length() >= 4 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')
        && w.chars().anyMatch(Character::isLetter);
  }

  static boolean canEndName(Token t) {
    return !t.text().isEmpty() && (Character.isLetterOrDigit(t.text().codePointAt(0)) || t.text().equals("."));
  }

  static boolean hasCapital(List<Token> tokens, Candidate c) {
    for (int i = c.begin(); i < c.end(); i++) {
      if (tokens.get(i).isCapitalized()) {
        return true;
      }
    }
    return false;
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

  static List<String> words(List<Token> tokens, int begin, int end) {
    return tokens.subList(begin, end).stream().map(Token::text).toList();
  }

  static List<Candidate> replaceWith(List<Candidate> cands, Candidate c) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate o : cands) {
      if (!o.overlaps(c)) {
        out.add(o);
      }
    }
    out.add(c);
    return out;
  }

  /** A given name to the lexicon: a proper noun of a person with a gender ("Juan" NPMSSP0). */
  static boolean isGivenName(Token t) {
    return t.isCapitalized() && !t.analyses().isEmpty() && t.analyses().stream().allMatch(a -> a.isProperNoun()
        && a.tag().endsWith("SP0") && a.tag().length() > 2 && (a.tag().charAt(2) == 'M' || a.tag().charAt(2) == 'F'));
  }
}
