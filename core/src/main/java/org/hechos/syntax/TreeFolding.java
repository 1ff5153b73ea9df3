package org.hechos.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.models.syntax.WordParse;
import org.hechos.text.DependencyTree;
import org.hechos.text.Token;
import org.hechos.text.Word;

/**
 * The tree of one sentence as its parts are parsed: the syntactic words with their parse, and that
 * parse folded onto the tokens. A token read as several words takes the word that attaches it
 * outside itself. One instance per sentence, used by one thread.
 */
final class TreeFolding {

  private final List<Token> tokens;
  private final int[] heads;
  private final String[] relations;
  private final String[] upos;
  private final List<Word> words = new ArrayList<>();

  TreeFolding(List<Token> tokens) {
    this.tokens = tokens;
    this.heads = new int[tokens.size()];
    this.relations = new String[tokens.size()];
    this.upos = new String[tokens.size()];
  }

  /**
   * Parses tokens {@code [from, to)} as a tree of their own, after the parts parsed before;
   * returns the index of its root word.
   */
  int parse(DependencyParser parser, int from, int to) {
    UdWords ud = UdWords.of(tokens.subList(from, to));
    List<WordParse> parses = parser.parse(ud.words());
    int firstWord = words.size();
    int rootWord = -1;
    for (int w = 0; w < parses.size(); w++) {
      int token = from + ud.tokenOf(w);
      WordParse parse = parses.get(w);
      Optional<String> lemma = ud.wordsOf(token - from) == 1 ? Lemmas.of(tokens.get(token), parse.upos()) : Optional.empty();
      words.add(new Word(ud.words().get(w), token, lemma, parse.upos(),
          parse.head() == 0 ? -1 : firstWord + parse.head() - 1, parse.relation()));
      int headToken = parse.head() == 0 ? -1 : from + ud.tokenOf(parse.head() - 1);
      if (relations[token] == null && headToken != token) {
        heads[token] = headToken;
        relations[token] = parse.relation();
        upos[token] = parse.upos();
      }
      rootWord = parse.head() == 0 && rootWord < 0 ? firstWord + w : rootWord;
    }
    return rootWord;
  }

  /** Hangs the part whose root is word {@code rootWord} from word {@code headWord} by {@code relation}. */
  void attach(int rootWord, int headWord, String relation) {
    words.set(rootWord, words.get(rootWord).withHead(headWord, relation));
    int token = words.get(rootWord).token();
    heads[token] = words.get(headWord).token();
    relations[token] = relation;
  }

  /** The tree of the sentence, every token parsed. */
  DependencyTree tree() {
    int root = rootToken();
    breakCycles(root);
    return DependencyTree.of(heads, relations, upos, words);
  }

  private int rootToken() {
    for (Word word : words) {
      if (word.head() < 0) {
        return word.token();
      }
    }
    return -1;
  }

  /**
   * Folding words onto tokens can close a cycle where the parser hung a word of another token on
   * the second word of a contraction; such a token hangs from the root instead.
   */
  private void breakCycles(int root) {
    for (int i = 0; i < heads.length; i++) {
      int steps = 0;
      for (int t = i; t >= 0; t = heads[t]) {
        if (++steps > heads.length) {
          heads[i] = root == i ? -1 : root;
          relations[i] = "dep";
          break;
        }
      }
    }
  }
}
