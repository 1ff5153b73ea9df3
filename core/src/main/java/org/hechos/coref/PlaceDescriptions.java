package org.hechos.coref;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import org.hechos.models.TsvResource;
import org.hechos.models.TsvRow;
import org.hechos.text.Token;

/** The descriptions of {@code place-descriptions.tsv} that stand for the dateline's place ("esta capital"). */
final class PlaceDescriptions {

  private final ImmutableSet<String> phrases;
  private final ImmutableSet<String> firstWords;
  private final int longest;

  private PlaceDescriptions(ImmutableSet<String> phrases) {
    this.phrases = phrases;
    this.firstWords = phrases.stream().map(p -> p.split(" ")[0]).collect(ImmutableSet.toImmutableSet());
    this.longest = phrases.stream().mapToInt(p -> p.split(" ").length).max().orElse(0);
  }

  static PlaceDescriptions load() {
    ImmutableSet.Builder<String> phrases = ImmutableSet.builder();
    for (TsvRow row : TsvResource.load("place-descriptions.tsv", 1, 1)) {
      phrases.add(row.get(0).toLowerCase(Locale.ROOT));
    }
    return new PlaceDescriptions(phrases.build());
  }

  /** The number of tokens of the description that starts at {@code at}, or 0. */
  int lengthAt(List<Token> tokens, int at) {
    if (!firstWords.contains(tokens.get(at).lower())) {
      return 0; // most tokens: one hash lookup
    }
    StringBuilder words = new StringBuilder();
    for (int n = 1; n <= longest && at + n <= tokens.size(); n++) {
      if (n > 1) {
        words.append(' ');
      }
      words.append(tokens.get(at + n - 1).lower());
      if (n >= 2 && phrases.contains(words.toString())) {
        return n;
      }
    }
    return 0;
  }
}
