package org.hechos.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.hechos.Pipeline;
import org.hechos.text.Sentence;

/**
 * Test documents: the seed articles, plus documents made by recombining their sentences with
 * sentences of CoNLL-2002's Spanish development set (news wire from EFE, when the data is there).
 */
final class Corpus {

  private Corpus() {}

  /** The seed articles by file name, in name order. */
  static Map<String, String> seeds() {
    Path dir = Path.of("..", "seeds", "articles");
    Map<String, String> seeds = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        seeds.put(file.getFileName().toString(), Files.readString(file, UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (seeds.isEmpty()) {
      throw new IllegalStateException("no seed articles in " + dir.toAbsolutePath());
    }
    return seeds;
  }

  /**
   * {@code count} documents of 3 to 10 sentences each, drawn with a fixed seed from the seed
   * articles' sentences (as {@code pipeline} splits them) and up to 1,500 CoNLL-2002 sentences.
   */
  static Map<String, String> generated(Pipeline pipeline, int count) {
    List<String> pool = new ArrayList<>();
    for (String seed : seeds().values()) {
      for (Sentence s : pipeline.extract(seed).sentences()) {
        pool.add(s.span().in(seed).strip());
      }
    }
    int seedSentences = pool.size();
    pool.addAll(conllSentences(1_500));
    Random random = new Random(20_02);
    Map<String, String> documents = new LinkedHashMap<>();
    for (int d = 0; d < count; d++) {
      int length = 3 + random.nextInt(8);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        // Half the sentences from the seeds, which carry most facts, half from anywhere.
        int pick = random.nextBoolean() ? random.nextInt(seedSentences) : random.nextInt(pool.size());
        text.append(pool.get(pick)).append(random.nextInt(4) == 0 ? "\n\n" : "\n");
      }
      documents.put(String.format("generated-%04d.txt", d), text.toString());
    }
    return documents;
  }

  /** Sentences of CoNLL-2002's esp.testa, detokenized; none if the data is absent. */
  private static List<String> conllSentences(int max) {
    Path file = Path.of(System.getProperty("hechos.data", "../../shared/data"), "conll2002", "esp.testa");
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> sentences = new ArrayList<>();
    StringBuilder sentence = new StringBuilder();
    try {
      for (String line : Files.readAllLines(file, UTF_8)) {
        if (line.isBlank()) {
          if (sentence.length() > 0) {
            sentences.add(sentence.toString());
            sentence.setLength(0);
          }
          if (sentences.size() >= max) {
            break;
          }
          continue;
        }
        String word = line.substring(0, line.indexOf(' '));
        boolean attachLeft = ",.;:)?!".contains(word) && word.length() == 1;
        boolean afterOpen = sentence.length() > 0 && sentence.charAt(sentence.length() - 1) == '(';
        if (sentence.length() > 0 && !attachLeft && !afterOpen) {
          sentence.append(' ');
        }
        sentence.append(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }
}
