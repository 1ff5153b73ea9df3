package org.hechos.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The benchmark corpus: the seed articles, then CoNLL-2002 Spanish sentences ({@code esp.testb},
 * then {@code esp.testa} until {@link #MIN_TOKENS} whitespace tokens) rebuilt as text and grouped
 * into articles of {@link #SENTENCES_PER_ARTICLE} sentences. Read-only, from
 * {@code -Dhechos.data} (default {@code ../shared/data}) and {@code -Dhechos.seeds}.
 *
 * <p>If the CoNLL data is absent, the seed articles are repeated up to {@link #MIN_TOKENS} tokens
 * and {@link #description()} says so.
 *
 * <p>Token counts are a plain whitespace count of each text, computed once; the same count is
 * used for hechos and CoreNLP, so tokens/s of the two are comparable (it is not either system's
 * own token count).
 */
public final class Corpus {

  public static final int MIN_TOKENS = 50_000;
  public static final int SENTENCES_PER_ARTICLE = 20;

  /** One document of the corpus. */
  public record Doc(String name, String text, int tokens) {}

  private final List<Doc> docs;
  private final String description;

  private Corpus(List<Doc> docs, String description) {
    this.docs = List.copyOf(docs);
    this.description = description;
  }

  public List<Doc> docs() {
    return docs;
  }

  /** The texts, in corpus order. */
  public String[] texts() {
    return docs.stream().map(Doc::text).toArray(String[]::new);
  }

  /** The whitespace token count of each text, in corpus order. */
  public int[] tokenCounts() {
    return docs.stream().mapToInt(Doc::tokens).toArray();
  }

  /** {@link #fromSystemProperties()}, saying on standard output which corpus it is. */
  public static Corpus announced() {
    Corpus corpus = fromSystemProperties();
    System.out.println("corpus: " + corpus.description());
    return corpus;
  }

  public String description() {
    return description;
  }

  public long tokens() {
    return docs.stream().mapToLong(Doc::tokens).sum();
  }

  /** The corpus from the system properties; {@code bench.docs} (if > 0) keeps only the first N. */
  public static Corpus fromSystemProperties() {
    Path data = Path.of(System.getProperty("hechos.data", "../shared/data"));
    Path seeds = Path.of(System.getProperty("hechos.seeds", "seeds/articles"));
    int limit = Integer.getInteger("bench.docs", 0);
    return load(seeds, data.resolve("conll2002"), limit);
  }

  /** Loads seeds from {@code seedDir} and CoNLL from {@code conllDir}; {@code limit <= 0}: all. */
  public static Corpus load(Path seedDir, Path conllDir, int limit) {
    List<Doc> seeds = readSeeds(seedDir);
    List<Doc> all = new ArrayList<>(seeds);
    String source;
    Path testb = conllDir.resolve("esp.testb");
    Path testa = conllDir.resolve("esp.testa");
    if (Files.isReadable(testb)) {
      long tokens = all.stream().mapToLong(Doc::tokens).sum();
      boolean usedTesta = false;
      for (Path file : Files.isReadable(testa) ? List.of(testb, testa) : List.of(testb)) {
        for (Doc doc : conllArticles(file)) {
          if (tokens >= MIN_TOKENS && file.equals(testa)) {
            break;
          }
          all.add(doc);
          tokens += doc.tokens();
          usedTesta |= file.equals(testa);
        }
      }
      source = seeds.size() + " seed articles + CoNLL-2002 esp.testb"
          + (usedTesta ? " (+ esp.testa to reach " + MIN_TOKENS + " tokens)" : "")
          + " in articles of " + SENTENCES_PER_ARTICLE + " sentences";
    } else {
      if (seeds.isEmpty()) {
        throw new IllegalStateException("no corpus: neither " + testb + " nor seed articles in " + seedDir);
      }
      long tokens = 0;
      all.clear();
      for (int round = 0; tokens < MIN_TOKENS; round++) {
        for (Doc seed : seeds) {
          all.add(new Doc(seed.name() + "#" + round, seed.text(), seed.tokens()));
          tokens += seed.tokens();
        }
      }
      source = "WARNING: " + testb + " is absent; the " + seeds.size()
          + " seed articles repeated (not a realistic mix)";
    }
    long fullTokens = all.stream().mapToLong(Doc::tokens).sum();
    int fullDocs = all.size();
    if (limit > 0 && limit < all.size()) {
      all = new ArrayList<>(all.subList(0, limit));
    }
    long tokens = all.stream().mapToLong(Doc::tokens).sum();
    String subset = all.size() < fullDocs
        ? String.format(" (subset: first %d of %d documents, %,d tokens in all)", all.size(), fullDocs, fullTokens)
        : "";
    return new Corpus(all, String.format("%s: %d documents, %,d whitespace tokens%s",
        source, all.size(), tokens, subset));
  }

  /** Whitespace-separated tokens in {@code text}. */
  public static int whitespaceTokens(String text) {
    int count = 0;
    boolean inToken = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inToken) {
        count++;
      }
      inToken = !space;
    }
    return count;
  }

  private static List<Doc> readSeeds(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Doc> docs = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        docs.add(new Doc("seed/" + file.getFileName(), text, whitespaceTokens(text)));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CoNLL sentences (one token a line, first column the word, blank line between) as articles. */
  static List<Doc> conllArticles(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(detokenize(words));
          words.clear();
        }
      } else if (!line.startsWith("-DOCSTART-")) {
        words.add(line.split(" ", 2)[0]);
      }
    }
    if (!words.isEmpty()) {
      sentences.add(detokenize(words));
    }
    List<Doc> docs = new ArrayList<>();
    String base = file.getFileName().toString();
    for (int from = 0; from < sentences.size(); from += SENTENCES_PER_ARTICLE) {
      List<String> group = sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_ARTICLE));
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < group.size(); i++) {
        if (i > 0) {
          text.append(i % 5 == 0 ? "\n\n" : " "); // a paragraph every five sentences
        }
        text.append(group.get(i));
      }
      text.append('\n');
      String body = text.toString();
      docs.add(new Doc(base + "#" + (from / SENTENCES_PER_ARTICLE), body, whitespaceTokens(body)));
    }
    return docs;
  }

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", ")", "?", "!", "%", "...", "»");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "¿", "¡", "«");

  /** Joins CoNLL words as newspaper text: "Madrid , 23 may ( EFE ) ." -> "Madrid, 23 may (EFE)." */
  static String detokenize(List<String> words) {
    StringBuilder out = new StringBuilder();
    boolean glueNext = true;
    boolean quoteOpen = false;
    for (String word : words) {
      boolean glue = glueNext || NO_SPACE_BEFORE.contains(word);
      glueNext = NO_SPACE_AFTER.contains(word);
      if (word.equals("\"")) {
        if (quoteOpen) {
          glue = true;
        } else {
          glueNext = true;
        }
        quoteOpen = !quoteOpen;
      }
      if (!glue) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }
}
