package org.hechos.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hechos.models.Analysis;
import org.hechos.text.Token;

/**
 * The Universal Dependencies syntactic words of a sentence's tokens, as the UD Spanish treebanks
 * write them and as parsers trained on them expect: "del" is "de" "el", "al" is "a" "el", and a
 * verb with enclitic pronouns is the verb and each pronoun ("reunirse" is "reunir" "se",
 * "entregándoselo" is "entregando" "se" "lo").
 */
final class UdWords {

  private static final Pattern ENCLITIC_VERB = Pattern.compile(
      "(\\p{L}+?(?:ar|er|ir|ár|ér|ír|ando|iendo|yendo|ándo|iéndo|yéndo))((?:se|me|te|nos|os|les|le|los|las|lo|la)+)");
  private static final Pattern CLITIC = Pattern.compile("se|me|te|nos|os|les|le|los|las|lo|la");

  private final List<String> words = new ArrayList<>();
  /** For each word, the token it belongs to. */
  private final List<Integer> tokenOf = new ArrayList<>();

  private UdWords() {}

  static UdWords of(List<Token> tokens) {
    UdWords ud = new UdWords();
    for (int t = 0; t < tokens.size(); t++) {
      for (String word : split(tokens.get(t))) {
        ud.words.add(word);
        ud.tokenOf.add(t);
      }
    }
    return ud;
  }

  List<String> words() {
    return words;
  }

  /** The token that word {@code word} (0-based) belongs to. */
  int tokenOf(int word) {
    return tokenOf.get(word);
  }

  /** The number of words of token {@code token}: 2 for "del", 1 for most tokens. */
  int wordsOf(int token) {
    return tokenOf.lastIndexOf(token) - tokenOf.indexOf(token) + 1;
  }

  private static List<String> split(Token token) {
    String text = token.text();
    String lower = token.lower();
    if (lower.equals("del") || lower.equals("al")) {
      return List.of(text.substring(0, text.length() - 1), "el");
    }
    Matcher m = ENCLITIC_VERB.matcher(lower);
    if (text.length() > 4 && m.matches() && token.any(Analysis::isVerb) && !token.any(Analysis::isFiniteVerb)) {
      List<String> parts = new ArrayList<>();
      parts.add(withoutAccent(text.substring(0, m.end(1))));
      Matcher clitic = CLITIC.matcher(m.group(2));
      while (clitic.find()) {
        parts.add(text.substring(m.start(2) + clitic.start(), m.start(2) + clitic.end()));
      }
      return parts;
    }
    return List.of(text);
  }

  /**
   * "dár" is "dar", "entregándo" is "entregando": the written accent is there only for the
   * clitics, except on the "í" of "reír", "oír".
   */
  private static String withoutAccent(String verb) {
    StringBuilder plain = new StringBuilder(verb.length());
    for (int i = 0; i < verb.length(); i++) {
      char c = verb.charAt(i);
      boolean ownAccent = c == 'í' && i > 0 && "aeoAEO".indexOf(verb.charAt(i - 1)) >= 0;
      int accented = "áéíÁÉÍ".indexOf(c);
      plain.append(accented < 0 || ownAccent ? c : "aeiAEI".charAt(accented));
    }
    return plain.toString();
  }
}
