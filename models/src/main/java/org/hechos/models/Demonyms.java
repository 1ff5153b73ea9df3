package org.hechos.models;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Spanish demonyms (gentilicios) and the country each names: "ruso", "rusa", "rusos", "rusas" ->
 * Rusia; "vietnamita" -> Vietnam. From {@code demonyms.tsv}; plurals are derived by the regular
 * rules (vowel + s; consonant + es, dropping the written accent of the last syllable).
 *
 * <p>Immutable and thread-safe.
 */
public final class Demonyms {

  private final ImmutableMap<String, String> countryByForm;

  private Demonyms(Map<String, String> countryByForm) {
    this.countryByForm = ImmutableMap.copyOf(countryByForm);
  }

  /** Loads {@code demonyms.tsv}; throws {@link RuleFormatException} on a malformed row. */
  public static Demonyms load() {
    Map<String, String> forms = new HashMap<>();
    for (TsvRow row : TsvResource.load("demonyms.tsv", 3, 4)) {
      String country = row.get(0);
      if (country.isEmpty() || row.get(1).isEmpty() || row.get(2).isEmpty()) {
        throw row.error("empty column");
      }
      put(forms, row, row.get(1), country);
      put(forms, row, row.get(2), country);
      put(forms, row, plural(row.get(1)), country);
      put(forms, row, plural(row.get(2)), country);
      if (row.size() > 3 && !row.get(3).isEmpty()) {
        for (String extra : row.get(3).split(",")) {
          put(forms, row, extra.strip(), country);
        }
      }
    }
    return new Demonyms(forms);
  }

  /** The country a demonym names, in Spanish ("ruso" -> "Rusia"); case-insensitive. */
  public Optional<String> countryOf(String demonym) {
    return Optional.ofNullable(countryByForm.get(demonym.toLowerCase(Locale.ROOT)));
  }

  /** True if {@code word} (any case) is a demonym form. */
  public boolean isDemonym(String word) {
    return countryByForm.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The number of forms known. */
  public int size() {
    return countryByForm.size();
  }

  /** The regular plural of a demonym: "ruso" -> "rusos", "francés" -> "franceses", "alemán" -> "alemanes". */
  static String plural(String singular) {
    char last = singular.charAt(singular.length() - 1);
    if ("aeiouáéó".indexOf(last) >= 0) {
      return singular + "s";
    }
    if ("íú".indexOf(last) >= 0) {
      return singular + "es";
    }
    return unaccentLastVowel(singular) + "es";
  }

  private static String unaccentLastVowel(String word) {
    String from = "áéíóú";
    String to = "aeiou";
    for (int i = word.length() - 1; i >= 0; i--) {
      int k = from.indexOf(word.charAt(i));
      if (k >= 0) {
        return word.substring(0, i) + to.charAt(k) + word.substring(i + 1);
      }
    }
    return word;
  }

  private static void put(Map<String, String> forms, TsvRow row, String form, String country) {
    String key = form.toLowerCase(Locale.ROOT);
    String previous = forms.putIfAbsent(key, country);
    if (previous != null && !previous.equals(country)) {
      throw row.error("'" + form + "' already names " + previous);
    }
  }
}
