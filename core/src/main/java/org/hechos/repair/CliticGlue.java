package org.hechos.repair;

import java.util.List;
import org.hechos.models.Analysis;
import org.hechos.models.SpanishLexicon;

/**
 * Verb forms the lexicon knows that glue made out of an infinitive and the next word:
 *
 * <ul>
 *   <li>an infinitive with an enclitic "la", "las", "los" right before a noun that agrees with it as
 *       an article: "normalizarlas relaciones" -> "normalizar las relaciones" (but "hacerlas
 *       realidad" agrees as well and is split too: the price of the rule);
 *   <li>a future subjunctive in "-en", a form news no longer uses, where an infinitive and "en"
 *       read: "habilitaren" -> "habilitar en".
 * </ul>
 */
final class CliticGlue {

  private static final List<String> ARTICLES = List.of("las", "los", "la");

  private final SpanishLexicon lexicon;

  CliticGlue(SpanishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Where the lowercase word {@code word}, followed by {@code next} (as written), splits; -1 if not. */
  int split(String word, String next) {
    if (word.length() < 6 || !word.endsWith("en") && !word.endsWith("la") && !word.endsWith("las")
        && !word.endsWith("los")) {
      return -1;
    }
    boolean enForm = word.endsWith("en") && isInfinitiveShape(word.substring(0, word.length() - 2));
    boolean articleForm = !next.isEmpty() && Character.isLowerCase(next.charAt(0))
        && ARTICLES.stream().anyMatch(a -> word.endsWith(a)
            && isInfinitiveShape(word.substring(0, word.length() - a.length())));
    if (!enForm && !articleForm) {
      return -1; // no dictionary lookup for "tienen", "ciudadanos"
    }
    List<Analysis> readings = lexicon.analyze(word);
    if (readings.isEmpty()) {
      return -1;
    }
    if (word.endsWith("en") && readings.stream().allMatch(CliticGlue::isFutureSubjunctive)
        && isInfinitive(word.substring(0, word.length() - 2))) {
      return word.length() - 2;
    }
    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))
        || readings.stream().noneMatch(a -> a.isInfinitive() && a.tag().indexOf(':') > 0)) {
      return -1;
    }
    for (String article : ARTICLES) {
      int at = word.length() - article.length();
      if (word.endsWith(article) && isInfinitive(word.substring(0, at)) && agreesAsNoun(article, next)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isInfinitiveShape(String form) {
    return form.endsWith("ar") || form.endsWith("er") || form.endsWith("ir") || form.endsWith("ír");
  }

  private boolean isInfinitive(String form) {
    return form.length() >= 3 && lexicon.analyze(form).stream().anyMatch(Analysis::isInfinitive);
  }

  private static boolean isFutureSubjunctive(Analysis a) {
    String tag = a.tag();
    return tag.length() > 3 && tag.charAt(0) == 'V' && tag.charAt(2) == 'S' && tag.charAt(3) == 'F';
  }

  /**
   * True if {@code next} is a noun (and no determiner, pronoun or preposition) whose gender
   * and number fit {@code article}.
   */
  private boolean agreesAsNoun(String article, String next) {
    List<Analysis> readings = lexicon.analyze(next);
    if (readings.isEmpty()) {
      return false;
    }
    char gender = article.startsWith("la") ? 'F' : 'M';
    char number = article.endsWith("s") ? 'P' : 'S';
    boolean noun = false;
    for (Analysis a : readings) {
      String tag = a.tag();
      if (a.isDeterminer() || a.isPreposition() || a.isPronoun() || a.isConjunction()) {
        return false;
      }
      if (a.isCommonNoun() && tag.length() > 3 && (tag.charAt(2) == gender || tag.charAt(2) == 'C')
          && (tag.charAt(3) == number || tag.charAt(3) == 'N')) {
        noun = true;
      }
    }
    return noun;
  }
}
