package org.hechos.syntax;

import java.util.ArrayList;
import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.models.syntax.WordParse;
import org.hechos.text.DependencyTree;
import org.hechos.text.Sentence;

/**
 * Parses every sentence: the tokens become UD syntactic words ({@link UdWords}), the parser tags
 * and attaches them, and the words' tree is folded back onto the tokens, so that every later layer
 * keeps counting tokens and their offsets into the original input.
 */
final class SyntaxStage implements Stage {

  private final DependencyParser parser;

  SyntaxStage(DependencyParser parser) {
    this.parser = parser;
  }

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.TOKENS, name());
    List<Sentence> parsed = new ArrayList<>(in.sentences().size());
    for (Sentence sentence : in.sentences()) {
      parsed.add(sentence.tokens().isEmpty() ? sentence : sentence.withTree(parse(sentence)));
    }
    return in.withSyntax(parsed);
  }

  private DependencyTree parse(Sentence sentence) {
    UdWords words = UdWords.of(sentence.tokens());
    List<WordParse> parses = parser.parse(words.words());
    int tokens = sentence.tokens().size();
    int[] heads = new int[tokens];
    String[] relations = new String[tokens];
    String[] upos = new String[tokens];
    int root = -1;
    for (int w = 0; w < parses.size(); w++) {
      int token = words.tokenOf(w);
      WordParse parse = parses.get(w);
      int headToken = parse.head() == 0 ? -1 : words.tokenOf(parse.head() - 1);
      if (relations[token] == null && headToken != token) {   // the word that attaches the token
        heads[token] = headToken;
        relations[token] = parse.relation();
        upos[token] = parse.upos();
        root = headToken < 0 && root < 0 ? token : root;
      }
    }
    breakCycles(heads, relations, root);
    return DependencyTree.of(heads, relations, upos);
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
