package org.hechos.cli;

import java.io.PrintStream;
import java.util.List;
import org.hechos.Extraction;
import org.hechos.text.Sentence;
import org.hechos.text.Token;
import org.hechos.text.Word;

/**
 * CoNLL-U (Universal Dependencies) of every sentence: {@code # newdoc id = SOURCE} before each
 * document, {@code # sent_id} and {@code # text} per sentence, one line per syntactic word (ID,
 * FORM, LEMMA, UPOS, HEAD, DEPREL; XPOS, FEATS and DEPS are {@code _}), a range line before the
 * words of a multiword token. MISC holds the token's {@code TokenRange=begin:end} in the original
 * input (UTF-16 units, as jsonl) and {@code SpaceAfter=No}, on the range line for a multiword token:
 * <pre>
 * 1-2  del  _  _    _ _ _ _    _ _ TokenRange=0:3
 * 1    de   _  ADP  _ _ 3 case _ _
 * 2    el   el DET  _ _ 3 det  _ _
 * </pre>
 * Needs every sentence parsed ({@code ParsedSentences.ALL}).
 */
final class ConlluSink implements Sink {

  private final PrintStream out;

  ConlluSink(PrintStream out) {
    this.out = out;
  }

  @Override
  public void write(String source, Extraction x) {
    out.append("# newdoc id = ").append(source).append('\n');
    for (Sentence sentence : x.sentences()) {
      if (sentence.tokens().isEmpty()) {
        continue;
      }
      List<Word> words = sentence.tree().words();
      if (words.isEmpty()) {
        throw new IllegalStateException("sentence " + (sentence.index() + 1) + " of " + source
            + " was not parsed: CoNLL-U needs a pipeline that parses every sentence");
      }
      out.append("# sent_id = ").append(source).append('#').append(Integer.toString(sentence.index() + 1)).append('\n');
      out.append("# text = ").append(oneLine(x.repairedText().substring(sentence.cleanBegin(), sentence.cleanEnd())))
          .append('\n');
      writeWords(sentence, words);
      out.append('\n');
    }
  }

  /** The words of each token in turn, after a range line where a token holds several. */
  private void writeWords(Sentence sentence, List<Word> words) {
    List<Token> tokens = sentence.tokens();
    int first = 0;
    while (first < words.size()) {
      int token = words.get(first).token();
      int last = first;
      while (last + 1 < words.size() && words.get(last + 1).token() == token) {
        last++;
      }
      String misc = misc(tokens, token);
      if (last > first) {
        out.append(Integer.toString(first + 1)).append('-').append(Integer.toString(last + 1)).append('\t')
            .append(tokens.get(token).text()).append("\t_\t_\t_\t_\t_\t_\t_\t").append(misc).append('\n');
        misc = "_";
      }
      for (int w = first; w <= last; w++) {
        writeWord(w, words.get(w), misc);
      }
      first = last + 1;
    }
  }

  private void writeWord(int index, Word word, String misc) {
    out.append(Integer.toString(index + 1)).append('\t').append(word.form()).append('\t')
        .append(word.lemma().orElse("_")).append('\t').append(word.upos()).append("\t_\t_\t")
        .append(Integer.toString(word.head() + 1)).append('\t').append(word.relation()).append("\t_\t")
        .append(misc).append('\n');
  }

  /** The token's range in the original input, and whether the next token follows with no space. */
  private static String misc(List<Token> tokens, int token) {
    Token t = tokens.get(token);
    boolean glued = token + 1 < tokens.size() && tokens.get(token + 1).cleanBegin() == t.cleanEnd();
    return (glued ? "SpaceAfter=No|" : "") + "TokenRange=" + t.span().begin() + ":" + t.span().end();
  }

  /** CoNLL-U comments hold one line. */
  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }
}
