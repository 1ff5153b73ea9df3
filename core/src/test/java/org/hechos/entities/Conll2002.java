package org.hechos.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hechos.Document;
import org.hechos.models.SpanishLexicon;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.RepairedText;
import org.hechos.text.Sentence;
import org.hechos.text.Span;
import org.hechos.text.Token;

/**
 * CoNLL-2002 data and conlleval-style scoring: phrase-level, exact span and type, micro-averaged
 * over PER, ORG, LOC and MISC.
 */
public final class Conll2002 {

  /** One gold sentence: its words and IOB2 tags. */
  public record GoldSentence(List<String> words, List<String> tags) {}

  /** A phrase: sentence index, token range, CoNLL type. */
  record Phrase(int sentence, int begin, int end, String type) {}

  private Conll2002() {}

  public static List<GoldSentence> read(Path file) throws IOException {
    List<GoldSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] columns = line.strip().split(" ");
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(new GoldSentence(List.copyOf(words), List.copyOf(tags)));
          words.clear();
          tags.clear();
        }
        continue;
      }
      words.add(columns[0]);
      tags.add(columns[columns.length - 1]);
    }
    if (!words.isEmpty()) {
      sentences.add(new GoldSentence(List.copyOf(words), List.copyOf(tags)));
    }
    return sentences;
  }

  /**
   * Groups sentences into news stories: a story starts at an EFE dateline ("Madrid , 23 may (
   * EFE ) ."). The data has no document markers, and document-level consistency needs documents.
   */
  static List<List<GoldSentence>> stories(List<GoldSentence> sentences) {
    List<List<GoldSentence>> stories = new ArrayList<>();
    List<GoldSentence> current = new ArrayList<>();
    for (GoldSentence s : sentences) {
      if (isDateline(s.words()) && !current.isEmpty()) {
        stories.add(current);
        current = new ArrayList<>();
      }
      current.add(s);
    }
    if (!current.isEmpty()) {
      stories.add(current);
    }
    return stories;
  }

  private static boolean isDateline(List<String> words) {
    int n = Math.min(words.size(), 14);
    for (int i = 0; i + 2 < n; i++) {
      if (words.get(i).equals("(") && words.get(i + 1).startsWith("EFE") && words.get(i + 2).equals(")")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A document whose clean text is the story's words joined by spaces, one sentence per line, with
   * the gold tokens as its tokens: tokenization is exactly CoNLL's.
   */
  static Document document(List<GoldSentence> story, SpanishLexicon lexicon) {
    StringBuilder text = new StringBuilder();
    List<List<int[]>> offsets = new ArrayList<>();
    for (GoldSentence s : story) {
      List<int[]> at = new ArrayList<>();
      for (String w : s.words()) {
        at.add(new int[] {text.length(), text.length() + w.length()});
        text.append(w).append(' ');
      }
      text.setCharAt(text.length() - 1, '\n');
      offsets.add(at);
    }
    String clean = text.toString();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < story.size(); i++) {
      List<Token> tokens = new ArrayList<>();
      List<String> words = story.get(i).words();
      for (int j = 0; j < words.size(); j++) {
        int[] at = offsets.get(i).get(j);
        tokens.add(new Token(words.get(j), at[0], at[1], new Span(at[0], at[1]), lexicon.analyze(words.get(j))));
      }
      int b = tokens.get(0).cleanBegin();
      int e = tokens.get(tokens.size() - 1).cleanEnd();
      sentences.add(new Sentence(i, b, e, new Span(b, e), tokens));
    }
    return Document.of(clean).withText(RepairedText.unchanged(clean)).withSentences(sentences);
  }

  static List<Phrase> phrasesFromIob(int sentence, List<String> tags) {
    List<Phrase> phrases = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = type != null && tag.equals("I-" + type);
      if (start >= 0 && !continues) {
        phrases.add(new Phrase(sentence, start, i, type));
        start = -1;
        type = null;
      }
      if (start < 0 && !tag.equals("O")) {
        start = i;
        type = tag.substring(2);
      }
    }
    return phrases;
  }

  /** Runs of equal labels (PERSON, ... or O), as the CRF gives them. */
  static List<Phrase> phrasesFromLabels(int sentence, List<String> labels) {
    List<Phrase> phrases = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "O";
      if (start >= 0 && !label.equals(labels.get(start))) {
        phrases.add(new Phrase(sentence, start, i, conllType(EntityType.valueOf(labels.get(start)))));
        start = -1;
      }
      if (start < 0 && !label.equals("O")) {
        start = i;
      }
    }
    return phrases;
  }

  static List<Phrase> phrasesFromMentions(int sentenceOffset, List<Mention> mentions) {
    List<Phrase> phrases = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.type().isValue()) {
        phrases.add(new Phrase(sentenceOffset + m.sentence(), m.tokenBegin(), m.tokenEnd(), conllType(m.type())));
      }
    }
    return phrases;
  }

  static String conllType(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      default -> "MISC";
    };
  }

  /** Phrase-level counts per type; {@link #table} prints them. */
  static final class Score {
    final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, predicted, gold}

    void add(List<Phrase> gold, List<Phrase> predicted) {
      Set<Phrase> goldSet = Set.copyOf(gold);
      for (Phrase p : predicted) {
        int[] c = counts.computeIfAbsent(p.type(), t -> new int[3]);
        c[1]++;
        if (goldSet.contains(p)) {
          c[0]++;
        }
      }
      for (Phrase g : gold) {
        counts.computeIfAbsent(g.type(), t -> new int[3])[2]++;
      }
    }

    double f1(String type) {
      int[] c = type == null ? total() : counts.getOrDefault(type, new int[3]);
      double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
      double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
      return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }

    int[] total() {
      int[] t = new int[3];
      for (int[] c : counts.values()) {
        for (int i = 0; i < 3; i++) {
          t[i] += c[i];
        }
      }
      return t;
    }

    String table(String title) {
      StringBuilder out = new StringBuilder(title).append('\n');
      out.append(String.format("  %-8s %7s %7s %7s %6s %6s%n", "type", "P", "R", "F1", "pred", "gold"));
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        out.append(row(e.getKey(), e.getValue()));
      }
      out.append(row("overall", total()));
      return out.toString();
    }

    private static String row(String name, int[] c) {
      double p = c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
      double r = c[2] == 0 ? 0 : 100.0 * c[0] / c[2];
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format("  %-8s %7.2f %7.2f %7.2f %6d %6d%n", name, p, r, f, c[1], c[2]);
    }
  }
}
