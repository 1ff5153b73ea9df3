package org.hechos.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hechos.models.Analysis;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.models.syntax.WordParse;
import org.hechos.text.DependencyTree;
import org.hechos.text.Span;
import org.hechos.text.Token;
import org.hechos.text.Word;
import org.junit.jupiter.api.Test;

class TreeFoldingTest {

  /*
   * "Hanoi - Llegó al país": the dateline "Hanoi -" and the rest, each parsed as its own sentence.
   *  tokens  0 Hanoi  1 -  2 Llegó  3 al       4 país
   *  words   0 Hanoi  1 -  2 Llegó  3 a  4 el  5 país
   */
  private static final List<Token> TOKENS = List.of(token("Hanoi"), token("-"),
      token("Llegó", new Analysis("llegar", "VMIS3S0")), token("al", new Analysis("al", "SPCMS")),
      token("país", new Analysis("país", "NCMS000")));

  /** A parser that knows the two parts of the sentence (heads 1-based, 0 the root). */
  private static final DependencyParser PARSER = Map.of(
      List.of("Hanoi", "-"), List.of(new WordParse("PROPN", 0, "root"), new WordParse("PUNCT", 1, "punct")),
      List.of("Llegó", "a", "el", "país"), List.of(new WordParse("VERB", 0, "root"),
          new WordParse("ADP", 4, "case"), new WordParse("DET", 4, "det"), new WordParse("NOUN", 1, "obl")))::get;

  private static Token token(String text, Analysis... analyses) {
    return new Token(text, 0, text.length(), new Span(0, text.length()), List.of(analyses));
  }

  private static DependencyTree tree() {
    TreeFolding folding = new TreeFolding(TOKENS);
    int datelineRoot = folding.parse(PARSER, 0, 2);
    folding.attach(datelineRoot, folding.parse(PARSER, 2, TOKENS.size()), "dep");
    return folding.tree();
  }

  @Test
  void wordsKeepTheirParseInSentenceOrderWithTheDatelineHungFromTheRoot() {
    assertThat(tree().words()).containsExactly(
        new Word("Hanoi", 0, Optional.empty(), "PROPN", 2, "dep"),
        new Word("-", 1, Optional.empty(), "PUNCT", 0, "punct"),
        new Word("Llegó", 2, Optional.of("llegar"), "VERB", -1, "root"),
        new Word("a", 3, Optional.empty(), "ADP", 5, "case"),
        new Word("el", 3, Optional.empty(), "DET", 5, "det"),
        new Word("país", 4, Optional.of("país"), "NOUN", 2, "obl"));
  }

  @Test
  void aContractionTakesItsFirstWordsAttachmentOnTheTokens() {
    DependencyTree tree = tree();

    assertThat(List.of(tree.head(0), tree.head(1), tree.head(2), tree.head(3), tree.head(4)))
        .containsExactly(2, 0, -1, 4, 2);
    assertThat(tree.relation(3)).isEqualTo("case");
    assertThat(tree.upos(3)).isEqualTo("ADP");
    assertThat(tree.relation(0)).isEqualTo("dep");
  }
}
