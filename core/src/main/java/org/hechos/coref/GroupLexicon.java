package org.hechos.coref;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hechos.models.Analysis;
import org.hechos.models.TsvResource;
import org.hechos.models.TsvRow;
import org.hechos.text.EntityType;
import org.hechos.text.Token;

/**
 * Phrases that name both sides at once, from {@code groups.tsv}: a quantifier ("ambos", "las dos")
 * and a group noun ("partes", "países") or a plural title ("ambos cancilleres", "los dos jefes de
 * Estado"), or a fixed phrase ("las partes").
 */
final class GroupLexicon {

  /** A group phrase: its members' type, its length in tokens, and the title it names them by, if any. */
  record Match(EntityType memberType, int length, Optional<String> title) {

    Match(EntityType memberType, int length) {
      this(memberType, length, Optional.empty());
    }
  }

  /** "Ambos" points back to a pair; "los dos funcionarios" may introduce two new people. */
  private static final ImmutableSet<String> BOTH = ImmutableSet.of("ambos", "ambas");
  private static final ImmutableSet<String> CLITICS = ImmutableSet.of("se", "lo", "la", "le", "les", "los", "las", "nos");

  private final ImmutableSet<String> quantifiers;
  private final ImmutableMap<String, EntityType> nouns;
  private final ImmutableMap<String, EntityType> phrases;
  private final TitleLexicon titles;

  private GroupLexicon(ImmutableSet<String> quantifiers, ImmutableMap<String, EntityType> nouns,
      ImmutableMap<String, EntityType> phrases, TitleLexicon titles) {
    this.quantifiers = quantifiers;
    this.nouns = nouns;
    this.phrases = phrases;
    this.titles = titles;
  }

  static GroupLexicon load(TitleLexicon titles) {
    ImmutableSet.Builder<String> quantifiers = ImmutableSet.builder();
    ImmutableMap.Builder<String, EntityType> nouns = ImmutableMap.builder();
    ImmutableMap.Builder<String, EntityType> phrases = ImmutableMap.builder();
    for (TsvRow row : TsvResource.load("groups.tsv", 2, 3)) {
      String words = row.get(1).toLowerCase(Locale.ROOT);
      switch (row.get(0)) {
        case "quantifier" -> quantifiers.add(words);
        case "noun" -> nouns.put(words, type(row));
        case "phrase" -> phrases.put(words, type(row));
        default -> throw row.error("unknown kind '" + row.get(0) + "' (known: quantifier, noun, phrase)");
      }
    }
    return new GroupLexicon(quantifiers.build(), nouns.buildOrThrow(), phrases.buildOrThrow(), titles);
  }

  private static EntityType type(TsvRow row) {
    if (row.size() < 3) {
      throw row.error("a noun or phrase needs its member type (PERSON, LOCATION)");
    }
    try {
      return EntityType.valueOf(row.get(2));
    } catch (IllegalArgumentException e) {
      throw row.error("unknown type '" + row.get(2) + "' (known: PERSON, LOCATION, ORGANIZATION)");
    }
  }

  Optional<Match> at(List<Token> tokens, int at) {
    for (int q = 2; q >= 1; q--) {
      String words = words(tokens, at, q);
      if (words == null) {
        continue;
      }
      Optional<EntityType> fixed = Optional.ofNullable(phrases.get(words));
      if (fixed.isPresent()) {
        return Optional.of(new Match(fixed.get(), q));
      }
      if (quantifiers.contains(words) && at + q < tokens.size()) {
        Token noun = tokens.get(at + q);
        EntityType type = nouns.get(noun.lower());
        if (type != null) {
          return Optional.of(new Match(type, q + 1));
        }
        Optional<TitleLexicon.Match> title = titles.at(tokens, at + q);
        if (title.isPresent() && title.get().kind() != TitleLexicon.Kind.PERSON && title.get().kind() != TitleLexicon.Kind.GUEST) {
          return Optional.of(new Match(EntityType.PERSON, q + title.get().length(), Optional.of(title.get().office())));
        }
        if (title.isPresent() && BOTH.contains(words)) {
          return Optional.of(new Match(EntityType.PERSON, q + title.get().length())); // "ambos diplomáticos": the pair at hand
        }
        if (isVerbAfterPronoun(tokens, at + q)) {
          return Optional.of(new Match(EntityType.PERSON, q)); // "ambos firmaron", "los dos se reunieron"
        }
      }
    }
    return Optional.empty();
  }

  /** A quantifier standing alone as a subject: a plural verb follows it, perhaps after a clitic ("ambas visitas" is no verb). */
  private static boolean isVerbAfterPronoun(List<Token> tokens, int i) {
    if (i < tokens.size() && CLITICS.contains(tokens.get(i).lower())) {
      i++;
    }
    return i < tokens.size() && !tokens.get(i).isCapitalized() && tokens.get(i).any(Analysis::isThirdPersonPlural);
  }

  private static String words(List<Token> tokens, int at, int count) {
    if (at + count > tokens.size()) {
      return null;
    }
    StringBuilder words = new StringBuilder();
    for (int i = at; i < at + count; i++) {
      if (i > at) {
        words.append(' ');
      }
      words.append(tokens.get(i).lower());
    }
    return words.toString();
  }
}
