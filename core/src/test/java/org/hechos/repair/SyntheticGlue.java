package org.hechos.repair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.entities.Conll2002;
import org.hechos.text.Edit;
import org.hechos.text.RepairedText;

/**
 * Glued words made at scale: CoNLL-2002 sentences rebuilt as text, the space at the word boundary
 * nearest every {@value #EVERY} characters deleted, then repaired and scored.
 *
 * <pre>
 *   "... realizó una visita ..."  delete the space at 80 -> "... realizóuna visita ..."
 *   gold point = offset of "u" in the glued text; repair must insert a space exactly there
 * </pre>
 */
final class SyntheticGlue {

  static final int EVERY = 80;
  /** Sentences per synthetic article (the document-level name check sees one article). */
  static final int SENTENCES_PER_ARTICLE = 30;
  static final int SENTENCES_PER_PARAGRAPH = 5;

  record Score(int glued, int restored, int falseSplits, int tokens, int allCapsGlued, int allCapsRestored,
      long repairNanos, long characters, List<String> misses, List<String> falses) {
    /** Recall over glued pairs that are not inside all-caps headlines (no accents, no case cues). */
    double recallWithoutAllCaps() {
      int glued = glued() - allCapsGlued;
      return glued == 0 ? 0 : 100.0 * (restored - allCapsRestored) / glued;
    }

    double recall() {
      return glued == 0 ? 0 : 100.0 * restored / glued;
    }

    double falsePerThousand() {
      return tokens == 0 ? 0 : 1000.0 * falseSplits / tokens;
    }
  }

  private SyntheticGlue() {}

  /** Sentences of a CoNLL file, each a list of tokens. */
  static List<List<String>> sentences(Path conll) {
    try {
      return Conll2002.read(conll).stream().map(Conll2002.GoldSentence::words).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tokens joined the way a newspaper prints them: no space before , . ) and none after ( ¿ ¡. */
  static void detokenize(List<String> tokens, StringBuilder out) {
    boolean quoteOpen = false;
    boolean noSpaceNext = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    for (String token : tokens) {
      boolean attachLeft = token.matches("[,.;:)?!%»]|\\.\\.\\.") || (token.equals("\"") && quoteOpen);
      if (!noSpaceNext && !attachLeft) {
        out.append(' ');
      }
      out.append(token);
      noSpaceNext = token.matches("[(¿¡«]") || (token.equals("\"") && !quoteOpen);
      if (token.equals("\"")) {
        quoteOpen = !quoteOpen;
      }
    }
  }

  static Score measure(Stage repair, Path conll) {
    List<List<String>> sentences = sentences(conll);
    int glued = 0;
    int restored = 0;
    int falseSplits = 0;
    int tokens = 0;
    int allCapsGlued = 0;
    int allCapsRestored = 0;
    long repairNanos = 0;
    long characters = 0;
    List<String> misses = new ArrayList<>();
    List<String> falses = new ArrayList<>();
    for (int from = 0; from < sentences.size(); from += SENTENCES_PER_ARTICLE) {
      StringBuilder clean = new StringBuilder();
      int to = Math.min(sentences.size(), from + SENTENCES_PER_ARTICLE);
      for (int s = from; s < to; s++) {
        if (s > from) {
          clean.append((s - from) % SENTENCES_PER_PARAGRAPH == 0 ? "\n" : " ");
        }
        detokenize(sentences.get(s), clean);
        tokens += sentences.get(s).size();
      }
      // delete the space at the word boundary nearest every EVERY characters
      BitSet deleted = new BitSet();
      for (int target = EVERY; target < clean.length(); target += EVERY) {
        for (int d = 0; d < EVERY / 2; d++) {
          if (boundary(clean, target - d)) {
            deleted.set(target - d);
            break;
          }
          if (boundary(clean, target + d)) {
            deleted.set(target + d);
            break;
          }
        }
      }
      StringBuilder glue = new StringBuilder(clean.length());
      BitSet gold = new BitSet(); // offsets in the glued text where a space belongs
      for (int i = 0; i < clean.length(); i++) {
        if (deleted.get(i)) {
          gold.set(glue.length());
        } else {
          glue.append(clean.charAt(i));
        }
      }
      String text = glue.toString();
      long start = System.nanoTime();
      RepairedText repaired = repair.apply(Document.of(text)).text();
      repairNanos += System.nanoTime() - start;
      characters += text.length();
      BitSet inserted = new BitSet();
      for (Edit edit : repaired.edits()) {
        if (edit.kind() != Edit.Kind.GLUED_WORDS) {
          continue;
        }
        int at = edit.span().begin();
        String replacement = edit.replacement();
        for (int i = 0; i < replacement.length(); i++) {
          if (replacement.charAt(i) == ' ' && (at >= edit.span().end() || text.charAt(at) != ' ')) {
            inserted.set(at);
          } else {
            at++;
          }
        }
      }
      for (int p = inserted.nextSetBit(0); p >= 0; p = inserted.nextSetBit(p + 1)) {
        if (!gold.get(p)) {
          falseSplits++;
          falses.add(context(text, p));
        }
      }
      for (int p = gold.nextSetBit(0); p >= 0; p = gold.nextSetBit(p + 1)) {
        glued++;
        int wordBegin = p;
        while (wordBegin > 0 && !Character.isWhitespace(text.charAt(wordBegin - 1))) {
          wordBegin--;
        }
        int wordEnd = p;
        while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) {
          wordEnd++;
        }
        int wrong = inserted.nextSetBit(wordBegin + 1);
        boolean clean1 = true;
        for (int q = wrong; q >= 0 && q < wordEnd; q = inserted.nextSetBit(q + 1)) {
          if (!gold.get(q)) {
            clean1 = false;
          }
        }
        boolean allCaps = isAllCaps(text, wordBegin, wordEnd);
        allCapsGlued += allCaps ? 1 : 0;
        if (inserted.get(p) && clean1) {
          restored++;
          allCapsRestored += allCaps ? 1 : 0;
        } else {
          misses.add(context(text, p));
        }
      }
    }
    return new Score(glued, restored, falseSplits, tokens, allCapsGlued, allCapsRestored, repairNanos,
        characters, misses, falses);
  }

  private static boolean isAllCaps(String text, int begin, int end) {
    int letters = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  private static boolean boundary(CharSequence text, int i) {
    if (i <= 0 || i >= text.length() - 1 || text.charAt(i) != ' ') {
      return false;
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
        && !(Character.isDigit(before) && Character.isDigit(after));
  }

  /** The chunk around {@code p}, the offset of {@code p} in it, and a word of context each side. */
  private static String context(String text, int p) {
    int b = chunkBegin(text, p);
    int e = chunkEnd(text, p);
    String before = b > 0 ? text.substring(chunkBegin(text, b - 1), b).strip() : "";
    String after = e < text.length() ? text.substring(e, chunkEnd(text, e + 1)).strip() : "";
    return text.substring(b, e) + " @" + (p - b) + "   (" + before + " _ " + after + ")";
  }

  private static int chunkBegin(String text, int p) {
    int b = Math.max(0, Math.min(p, text.length()));
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  private static int chunkEnd(String text, int p) {
    int e = Math.max(0, Math.min(p, text.length()));
    while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return e;
  }
}
