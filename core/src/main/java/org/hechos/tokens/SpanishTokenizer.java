package org.hechos.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.SpanishLexicon;
import org.hechos.text.RepairedText;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/**
 * Cuts the clean text into tokens and sentences. Numbers with decimal or thousands separators
 * ("2,6", "1.000") and words with inner hyphens or digits ("COVID-19") stay whole; a hyphen between
 * two capitalized names ("Vietnam-Rusia") is a token of its own. "del" and "al" stay whole, as in
 * AnCora, on which the NER model was trained.
 */
final class SpanishTokenizer implements Stage {

  /**
   * A number ("2,6", "1.000.000"), a word with optional inner hyphens or apostrophes ("COVID-19",
   * "d'Ivoire"), an ellipsis, the agency sign-off "/.", or any other single non-space character.
   */
  private static final Pattern TOKEN = Pattern.compile(
      "\\p{Nd}+(?:[.,]\\p{Nd}+)*"
          + "|[\\p{L}\\p{M}\\p{Nd}]+(?:[-'’][\\p{L}\\p{M}\\p{Nd}]+)*"
          + "|\\.\\.\\.|/\\.|\\S");

  private final SpanishLexicon lexicon;
  private final SentenceSplitter splitter;

  SpanishTokenizer(SpanishLexicon lexicon, SentenceSplitter splitter) {
    this.lexicon = lexicon;
    this.splitter = splitter;
  }

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.REPAIR, name());
    RepairedText text = in.text();
    String clean = text.clean();
    List<RawToken> raw = new ArrayList<>();
    Matcher m = TOKEN.matcher(clean);
    while (m.find()) {
      addSplittingNameHyphens(raw, m.group(), m.start());
    }
    boolean[] lineBreakBefore = new boolean[raw.size()];
    for (int i = 1; i < raw.size(); i++) {
      lineBreakBefore[i] = clean.substring(raw.get(i - 1).cleanEnd(), raw.get(i).cleanBegin()).indexOf('\n') >= 0;
    }
    List<Sentence> sentences = new ArrayList<>();
    int begin = 0;
    for (int end : splitter.ends(raw, lineBreakBefore)) {
      List<Token> tokens = new ArrayList<>(end - begin);
      for (RawToken r : raw.subList(begin, end)) {
        tokens.add(new Token(r.text(), r.cleanBegin(), r.cleanEnd(),
            text.toOriginal(r.cleanBegin(), r.cleanEnd()), lexicon.analyze(r.text())));
      }
      int cleanBegin = tokens.get(0).cleanBegin();
      int cleanEnd = tokens.get(tokens.size() - 1).cleanEnd();
      sentences.add(new Sentence(sentences.size(), cleanBegin, cleanEnd,
          text.toOriginal(cleanBegin, cleanEnd), tokens));
      begin = end;
    }
    return in.withSentences(sentences);
  }

  /**
   * Splits "Vietnam-Rusia" at its hyphen when every part is a place name of the lexicon; a
   * hyphenated surname ("Díaz-Canel") stays one token.
   */
  private boolean isPlaceName(String word) {
    // EAGLES proper-noun tags carry the class in their fifth letter: G geographic ("NPCNG00")
    return lexicon.analyze(word).stream().anyMatch(a -> a.isProperNoun() && a.tag().length() > 4
        && a.tag().charAt(4) == 'G');
  }

  private void addSplittingNameHyphens(List<RawToken> out, String word, int at) {
    String[] parts = word.split("-", -1);
    boolean names = parts.length > 1;
    for (String part : parts) {
      names &= part.length() > 1 && Character.isUpperCase(part.codePointAt(0))
          && part.chars().allMatch(Character::isLetter) && isPlaceName(part);
    }
    if (!names) {
      out.add(new RawToken(word, at, at + word.length()));
      return;
    }
    int offset = at;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.add(new RawToken("-", offset, offset + 1));
        offset++;
      }
      out.add(new RawToken(parts[i], offset, offset + parts[i].length()));
      offset += parts[i].length();
    }
  }
}
