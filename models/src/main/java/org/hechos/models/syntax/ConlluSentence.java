package org.hechos.models.syntax;

import java.util.List;

/**
 * One sentence of a CoNLL-U treebank as syntactic words: the forms and, for each, its gold {@link
 * WordParse} (UPOS, head, relation). Multiword-token ranges and empty nodes are not words here.
 */
record ConlluSentence(List<String> words, List<WordParse> parses) {

  ConlluSentence {
    words = List.copyOf(words);
    parses = List.copyOf(parses);
    if (words.size() != parses.size()) {
      throw new IllegalArgumentException(words.size() + " words but " + parses.size() + " parses");
    }
  }

  int size() {
    return words.size();
  }
}
