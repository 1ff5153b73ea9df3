package org.hechos.models.syntax;

import java.util.List;

/**
 * Tags and parses one sentence given as Universal Dependencies syntactic words (contractions and
 * enclitics already split: "del" is "de" "el", "reunirse" is "reunir" "se"). Implementations are
 * thread-safe.
 */
public interface DependencyParser {

  /** One {@link WordParse} per word of {@code words}, in order; an empty list for no words. */
  List<WordParse> parse(List<String> words);
}
