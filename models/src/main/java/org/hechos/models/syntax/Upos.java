package org.hechos.models.syntax;

import java.util.List;

/** The 17 universal parts of speech, numbered in a fixed order for the tagger's classes. */
final class Upos {

  static final List<String> TAGS = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ",
      "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

  static final int ADP = TAGS.indexOf("ADP");
  static final int AUX = TAGS.indexOf("AUX");
  static final int PRON = TAGS.indexOf("PRON");
  static final int PUNCT = TAGS.indexOf("PUNCT");
  static final int SCONJ = TAGS.indexOf("SCONJ");
  static final int X = TAGS.indexOf("X");

  private Upos() {}

  /** The number of {@code tag}; X for anything that is no universal tag. */
  static int of(String tag) {
    int index = TAGS.indexOf(tag);
    return index < 0 ? X : index;
  }

  static String name(int tag) {
    return TAGS.get(tag);
  }
}
