package org.hechos.models.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluTest {

  private static final String SENTENCE = """
      # text = Habló del plan.
      1	Habló	hablar	VERB	_	_	0	root	_	_
      2-3	del	_	_	_	_	_	_	_	_
      2	de	de	ADP	_	_	4	case	_	_
      3	el	el	DET	_	_	4	det	_	_
      4	plan	plan	NOUN	_	_	1	obl	_	_
      4.1	_	_	_	_	_	_	_	_	_
      5	.	.	PUNCT	_	_	1	punct	_	_

      """;

  @Test
  void readsSyntacticWordsSkippingRangesAndEmptyNodes() throws IOException {
    List<ConlluSentence> sentences = read(SENTENCE);
    assertThat(sentences).singleElement().satisfies(s -> {
      assertThat(s.words()).containsExactly("Habló", "de", "el", "plan", ".");
      assertThat(s.parses().get(3)).isEqualTo(new WordParse("NOUN", 1, "obl"));
    });
  }

  @Test
  void writesWhatItReads() throws IOException {
    ConlluSentence sentence = read(SENTENCE).get(0);
    StringBuilder out = new StringBuilder();
    Conllu.write(sentence, out);
    assertThat(read(out.toString())).containsExactly(sentence);
  }

  private static List<ConlluSentence> read(String text) throws IOException {
    return Conllu.read(new BufferedReader(new StringReader(text)), "test.conllu");
  }
}
