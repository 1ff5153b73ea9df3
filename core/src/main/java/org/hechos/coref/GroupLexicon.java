package org.hechos.coref;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hechos.models.TsvResource;
import org.hechos.models.TsvRow;
import org.hechos.text.EntityType;
import org.hechos.text.Token;

/** Phrases that name both sides at once ("ambas partes", "los dos países"), from {@code groups.tsv}. */
final class GroupLexicon {

  record Match(EntityType memberType, int length) {}

  private final ImmutableMap<String, EntityType> phrases;
  private final int longest;

  private GroupLexicon(ImmutableMap<String, EntityType> phrases) {
    this.phrases = phrases;
    this.longest = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
  }

  static GroupLexicon load() {
    ImmutableMap.Builder<String, EntityType> phrases = ImmutableMap.builder();
    for (TsvRow row : TsvResource.load("groups.tsv", 2, 2)) {
      try {
        phrases.put(row.get(0).toLowerCase(Locale.ROOT), EntityType.valueOf(row.get(1)));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown type '" + row.get(1) + "' (known: PERSON, LOCATION, ORGANIZATION)");
      }
    }
    return new GroupLexicon(phrases.buildOrThrow());
  }

  Optional<Match> at(List<Token> tokens, int at) {
    StringBuilder phrase = new StringBuilder();
    Optional<Match> found = Optional.empty();
    for (int i = at; i < Math.min(tokens.size(), at + longest); i++) {
      if (i > at) {
        phrase.append(' ');
      }
      phrase.append(tokens.get(i).lower());
      EntityType type = phrases.get(phrase.toString());
      if (type != null) {
        found = Optional.of(new Match(type, i - at + 1));
      }
    }
    return found;
  }
}
