package org.hechos.models.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;

/**
 * Makes teacher-parsed training text: splits openly usable raw text with {@link
 * PlainTextSentences} and writes {@link CoreNlpParser}'s tags and trees as CoNLL-U. A training
 * tool, never run by the build:
 *
 * <pre>
 * mvn -pl models exec:java -Dexec.mainClass=org.hechos.models.syntax.TeacherCorpus \
 *     -Dexec.args="../shared/data /tmp/hechos-teacher.conllu 600000"
 * </pre>
 *
 * <p>Sources, in this order, until the word budget is spent: the development news articles
 * news-001..news-060 of {@code news/articles.jsonl} (never 061..090, the test split), then the
 * paragraphs of {@code open-text/legal-pe-sample.txt.gz} (public domain). Sentences of fewer than
 * {@value #MIN_WORDS} or more than {@value #MAX_WORDS} words are left out. The output is derived
 * from the news and stays out of git.
 */
public final class TeacherCorpus {

  private static final int LAST_DEVELOPMENT_ARTICLE = 60;
  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 60;

  private final CoreNlpParser teacher;
  private final Writer out;
  private final int budget;
  private int written;

  private TeacherCorpus(CoreNlpParser teacher, Writer out, int budget) {
    this.teacher = teacher;
    this.out = out;
    this.budget = budget;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: TeacherCorpus DATA_DIR OUT.conllu MAX_WORDS");
    }
    Path data = Path.of(args[0]);
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      TeacherCorpus corpus = new TeacherCorpus(CoreNlpParser.load(), out, Integer.parseInt(args[2]));
      for (String text : developmentArticles(data.resolve("news/articles.jsonl"))) {
        corpus.parse(text);
      }
      Path legal = data.resolve("open-text/legal-pe-sample.txt.gz");
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(legal)), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null && corpus.hasBudget(); line = in.readLine()) {
          corpus.parse(line);
        }
      }
      System.out.println(corpus.written + " words parsed into " + args[1]);
    }
  }

  private boolean hasBudget() {
    return written < budget;
  }

  private void parse(String text) throws IOException {
    for (List<String> words : PlainTextSentences.split(text)) {
      if (words.size() < MIN_WORDS || words.size() > MAX_WORDS || !hasBudget()) {
        continue;
      }
      Conllu.write(new ConlluSentence(words, teacher.parse(words)), out);
      written += words.size();
    }
    out.flush();
  }

  private static List<String> developmentArticles(Path jsonl) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      try (JsonReader reader = Json.createReader(new java.io.StringReader(line))) {
        JsonObject article = reader.readObject();
        int number = Integer.parseInt(article.getString("id").substring("news-".length()));
        if (number <= LAST_DEVELOPMENT_ARTICLE) {
          texts.add(article.getString("text"));
        }
      }
    }
    return texts;
  }
}
