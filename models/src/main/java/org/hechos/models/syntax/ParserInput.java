package org.hechos.models.syntax;

/**
 * A tagged sentence as the parser and labeler see it: tokens 1..n are the words, token 0 the root.
 * Forms and tags of token 0 are {@link #ROOT}, of a missing token (-1) {@link SentenceAtoms#NONE}.
 */
final class ParserInput {

  static final int ROOT = 0x5EA7_0000;

  final SentenceAtoms atoms;
  private final int[] tags;
  private final int[] punctuationBefore;
  private final TreebankSource source;

  /** A sentence to parse as UD AnCora would. */
  ParserInput(SentenceAtoms atoms, int[] wordTags) {
    this(atoms, wordTags, TreebankSource.ANCORA);
  }

  ParserInput(SentenceAtoms atoms, int[] wordTags, TreebankSource source) {
    this.atoms = atoms;
    this.source = source;
    this.tags = wordTags.clone();
    this.punctuationBefore = new int[wordTags.length + 2];
    for (int t = 1; t <= wordTags.length; t++) {
      punctuationBefore[t + 1] = punctuationBefore[t] + (wordTags[t - 1] == Upos.PUNCT ? 1 : 0);
    }
  }

  /** Whose conventions the tree follows: in training, where it came from; at run time AnCora's. */
  int source() {
    return source.ordinal();
  }

  /** The number of words. */
  int size() {
    return tags.length;
  }

  int form(int token) {
    return token == 0 ? ROOT : atoms.form(token - 1);
  }

  int tag(int token) {
    return token == 0 ? ROOT : token < 0 ? SentenceAtoms.NONE : tags[token - 1];
  }

  int lexiconClass(int token) {
    return token == 0 ? ROOT : atoms.lexiconClass(token - 1);
  }

  int suffix3(int token) {
    return token == 0 ? ROOT : atoms.suffix3(token - 1);
  }

  /** The grammatical numbers of two tokens in one atom (0 if either is missing or the root). */
  int numbers(int a, int b) {
    return a <= 0 || b <= 0 ? 0 : atoms.number(a - 1) * 4 + atoms.number(b - 1);
  }

  /** Form and tag in one atom. */
  int formTag(int token) {
    return form(token) * 31 + tag(token);
  }

  /** Punctuation marks strictly between tokens {@code a < b}, at most 2; 0 if either is missing. */
  int punctuationBetween(int a, int b) {
    if (a < 0 || b < 0) {
      return 0;
    }
    return Math.min(2, punctuationBefore[b] - punctuationBefore[a + 1]);
  }

  /** A distance bucket: 1, 2, 3, 4, 5-9 or 10 and more; 0 if either token is missing. */
  static int distance(int a, int b) {
    if (a < 0 || b < 0) {
      return 0;
    }
    int d = Math.abs(b - a);
    return d < 5 ? d : d < 10 ? 5 : 10;
  }
}
