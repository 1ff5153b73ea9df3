package org.hechos.coref;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hechos.models.TsvResource;
import org.hechos.models.TsvRow;
import org.hechos.text.Token;

/** Titles and person nouns from {@code titles.tsv}, matched on token lemmas. */
public final class TitleLexicon {

  /** What a title says of its holder. */
  public enum Kind {
    /** A post: "ministro", "presidente". */
    OFFICE,
    /** The same post as the other party: "homólogo". */
    COUNTERPART,
    /** A person noun that is no post: "delegado". */
    PERSON,
    /** The article's visitor: "el visitante", "la huésped". */
    GUEST
  }

  /**
   * A title found at some token: its lemma, kind, how many tokens it spans, the office it names
   * ("presidente" for "mandatario"; the title itself unless titles.tsv names another), and the
   * gender its form shows (true: feminine; empty for "canciller", "representante").
   */
  public record Match(String title, Kind kind, int length, String office, Optional<Boolean> feminine) {}

  private final ImmutableMap<String, Kind> titles;
  private final ImmutableMap<String, String> offices;
  /** First words of the titles of two words or more, as written ("ministro", "jefe", "primer"). */
  private final ImmutableSet<String> firstWords;
  private final int longest;

  private TitleLexicon(ImmutableMap<String, Kind> titles, ImmutableMap<String, String> offices) {
    this.titles = titles;
    this.offices = offices;
    this.firstWords = titles.keySet().stream().filter(t -> t.contains(" ")).map(t -> t.split(" ")[0])
        .collect(ImmutableSet.toImmutableSet());
    this.longest = titles.keySet().stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
  }

  public static TitleLexicon load() {
    ImmutableMap.Builder<String, Kind> titles = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> offices = ImmutableMap.builder();
    for (TsvRow row : TsvResource.load("titles.tsv", 2, 3)) {
      String title = row.get(0).toLowerCase(Locale.ROOT);
      try {
        titles.put(title, Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind '" + row.get(1) + "' (known: office, counterpart, person, guest)");
      }
      if (row.size() == 3) {
        offices.put(title, row.get(2).toLowerCase(Locale.ROOT));
      }
    }
    return new TitleLexicon(titles.buildOrThrow(), offices.buildOrThrow());
  }

  /** The longest title starting at token {@code at}, matching each word by form or lemma. */
  public Optional<Match> at(List<Token> tokens, int at) {
    String first = tokens.get(at).lower();
    boolean opensLonger = firstWords.contains(first);
    if (!opensLonger && !titles.containsKey(nounLemma(tokens.get(at)))) {
      return Optional.empty(); // most tokens: no title starts here
    }
    for (int length = opensLonger ? Math.min(longest, tokens.size() - at) : 1; length >= 1; length--) {
      StringBuilder forms = new StringBuilder();
      for (int i = at; i < at + length - 1; i++) {
        forms.append(tokens.get(i).lower()).append(' ');
      }
      Token last = tokens.get(at + length - 1);
      // "ministro de relaciones exteriores" as written, "presidentes" by its lemma
      for (String title : List.of(forms + last.lower(), forms + nounLemma(last))) {
        Kind kind = titles.get(title);
        if (kind != null) {
          return Optional.of(new Match(title, kind, length, offices.getOrDefault(title, title), feminine(title)));
        }
      }
    }
    return Optional.empty();
  }


  /**
   * "ministra", "secretaria general" are feminine; "ministro", "director", and "presidente" (the
   * lexicon has "presidenta") masculine; "canciller", "representante" either.
   */
  private Optional<Boolean> feminine(String title) {
    String head = title.split(" ", 2)[0];
    String rest = title.substring(head.length());
    if (head.endsWith("a")) {
      return Optional.of(true);
    }
    if (head.endsWith("o") || head.endsWith("or")
        || head.endsWith("e") && titles.containsKey(head.substring(0, head.length() - 1) + "a" + rest)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private String nounLemma(Token t) {
    String lower = t.lower();
    if (titles.containsKey(lower)) {
      return lower;
    }
    return t.lemma(a -> a.isCommonNoun() || a.isAdjective());
  }

  /**
   * True if two titles name the same office in either gender: "presidenta" and "presidente",
   * "primera ministra" and "primer ministro", "cancillera" and "canciller".
   */
  static boolean sameOffice(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length != y.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (!genderless(x[i]).equals(genderless(y[i]))) {
        return false;
      }
    }
    return true;
  }

  /** A title word without its gender ending: "ministr", "president", "primer", "canciller". */
  private static String genderless(String word) {
    if (word.length() > 3 && "aeo".indexOf(word.charAt(word.length() - 1)) >= 0) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
