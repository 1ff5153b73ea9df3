package org.hechos.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.models.syntax.WordParse;
import org.hechos.text.DependencyTree;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/**
 * Parses the sentences that need a tree: the tokens become UD syntactic words ({@link UdWords}), the parser tags
 * and attaches them, and the words' tree is folded back onto the tokens, so that every later layer
 * keeps counting tokens and their offsets into the original input.
 */
final class SyntaxStage implements Stage {

  private final DependencyParser parser;
  private final Predicate<Sentence> needsTree;

  SyntaxStage(DependencyParser parser, Predicate<Sentence> needsTree) {
    this.parser = parser;
    this.needsTree = needsTree;
  }

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.TOKENS, name());
    List<Sentence> parsed = new ArrayList<>(in.sentences().size());
    for (Sentence sentence : in.sentences()) {
      parsed.add(sentence.tokens().isEmpty() || !needsTree.test(sentence) ? sentence : sentence.withTree(parse(sentence)));
    }
    return in.withSyntax(parsed);
  }

  /** The tree of the sentence; a dateline is parsed apart and hangs from the root of the rest. */
  private DependencyTree parse(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int dateline = Dateline.length(tokens);
    int[] heads = new int[tokens.size()];
    String[] relations = new String[tokens.size()];
    String[] upos = new String[tokens.size()];
    int root = fold(tokens.subList(dateline, tokens.size()), dateline, heads, relations, upos);
    if (dateline > 0) {
      int datelineRoot = fold(tokens.subList(0, dateline), 0, heads, relations, upos);
      heads[datelineRoot] = root;
      relations[datelineRoot] = "dep";
    }
    breakCycles(heads, relations, root);
    return DependencyTree.of(heads, relations, upos);
  }

  /**
   * Parses {@code tokens} (which begin at token {@code offset} of the sentence) and writes their
   * tree into the arrays; returns the root token. A token read as several words takes the word
   * that attaches it outside itself.
   */
  private int fold(List<Token> tokens, int offset, int[] heads, String[] relations, String[] upos) {
    UdWords words = UdWords.of(tokens);
    List<WordParse> parses = parser.parse(words.words());
    int root = -1;
    for (int w = 0; w < parses.size(); w++) {
      int token = words.tokenOf(w);
      WordParse parse = parses.get(w);
      int headToken = parse.head() == 0 ? -1 : words.tokenOf(parse.head() - 1);
      if (relations[offset + token] == null && headToken != token) {
        heads[offset + token] = headToken < 0 ? -1 : offset + headToken;
        relations[offset + token] = parse.relation();
        upos[offset + token] = parse.upos();
        root = headToken < 0 && root < 0 ? offset + token : root;
      }
    }
    return root;
  }

  /**
   * Folding words onto tokens can close a cycle where the parser hung a word of another token on
   * the second word of a contraction; such a token hangs from the root instead.
   */
  private static void breakCycles(int[] heads, String[] relations, int root) {
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
