package org.hechos.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.text.DependencyTree;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/**
 * Parses the sentences that need a tree: the tokens become UD syntactic words ({@link UdWords}), the parser tags
 * and attaches them, and the words' tree is folded back onto the tokens ({@link TreeFolding}), so that every
 * later layer keeps counting tokens and their offsets into the original input; the tree keeps the
 * words' parse too.
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
    TreeFolding tree = new TreeFolding(tokens);
    int datelineRoot = dateline > 0 ? tree.parse(parser, 0, dateline) : -1;
    int root = tree.parse(parser, dateline, tokens.size());
    if (datelineRoot >= 0 && root >= 0) {
      tree.attach(datelineRoot, root, "dep");
    }
    return tree.tree();
  }
}
