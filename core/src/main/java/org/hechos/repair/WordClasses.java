package org.hechos.repair;

import java.util.EnumSet;
import java.util.Set;
import org.hechos.models.Analysis;
import org.hechos.models.ContextSplits.WordClass;
import org.hechos.models.SpanishLexicon;

/** The word classes of a neighbouring token, for the rules of {@code glue_context.tsv}. */
final class WordClasses {

  private final SpanishLexicon lexicon;

  WordClasses(SpanishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The classes of {@code token} as written; empty for "" (no neighbour). */
  Set<WordClass> of(String token) {
    Set<WordClass> classes = EnumSet.noneOf(WordClass.class);
    if (token.isEmpty()) {
      return classes;
    }
    char first = token.charAt(0);
    if (!Character.isLetterOrDigit(first)) {
      classes.add(WordClass.PUNCT);
      return classes;
    }
    if (Character.isDigit(first)) {
      classes.add(WordClass.NUM);
      return classes;
    }
    if (Character.isUpperCase(first)) {
      classes.add(WordClass.NAME);
    }
    for (Analysis a : lexicon.analyze(token)) {
      if (a.isDeterminer()) {
        classes.add(WordClass.DET);
      } else if (a.isCommonNoun()) {
        classes.add(WordClass.NOUN);
      } else if (a.isAdjective()) {
        classes.add(WordClass.ADJ);
      } else if (a.isVerb()) {
        classes.add(WordClass.VERB);
      } else if (a.isPreposition()) {
        classes.add(WordClass.PREP);
      } else if (a.isProperNoun()) {
        classes.add(WordClass.NAME);
      }
    }
    return classes;
  }
}
