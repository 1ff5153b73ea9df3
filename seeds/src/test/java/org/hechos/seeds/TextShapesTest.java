package org.hechos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.Pipeline;
import org.hechos.text.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text in the shapes it arrives in: every article of {@code ../shared/data/news/articles.jsonl}
 * (read at run time, never copied here; skipped with a note when absent, {@code -Dhechos.data=DIR}
 * reads {@code DIR/news/articles.jsonl}) as one single line, hard-wrapped at 72 columns and with
 * CR LF line ends keeps at least 95 % of the facts (type, agent, target) it gives as given, and every
 * sentence of its repaired text as given.
 */
class TextShapesTest {

  private static final double MIN_RETENTION = 0.95;

  private static final int WRAP_WIDTH = 72;

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The shapes text arrives in. */
  enum Shape {
    ONE_LINE("as one single line", text -> LINE_BREAK.matcher(text).replaceAll(" ")),
    WRAPPED("hard-wrapped at " + WRAP_WIDTH + " columns", TextShapesTest::wrap),
    CRLF("with CR LF line ends", text -> text.replace("\n", "\r\n"));

    final String title;
    final UnaryOperator<String> reshape;

    Shape(String title, UnaryOperator<String> reshape) {
      this.title = title;
      this.reshape = reshape;
    }
  }

  private record Article(String id, String text, Set<String> facts, List<String> sentences) {}

  private static Pipeline pipeline;
  private static final List<Article> ARTICLES = new ArrayList<>();

  @BeforeAll
  static void readArticlesAsGiven() throws IOException {
    String data = System.getProperty("hechos.data", "../../shared/data");
    Path file = Path.of(data, "news", "articles.jsonl");
    if (!Files.isReadable(file)) {
      System.out.println("TextShapesTest skipped: no news articles at " + file.toAbsolutePath().normalize());
      return;
    }
    pipeline = Pipeline.spanish();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode article = json.readTree(line);
        String text = article.get("text").asText();
        Extraction x = pipeline.extract(text);
        List<String> sentences = x.sentences().stream()
            .map(s -> normalize(x.repairedText().substring(s.cleanBegin(), s.cleanEnd()))).toList();
        ARTICLES.add(new Article(article.get("id").asText(), text, facts(x), sentences));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void everyArticleKeepsItsFactsAndSentencesInAnyShape(Shape shape) {
    assumeTrue(!ARTICLES.isEmpty(), "no news articles under ../shared/data/news");
    Map<String, Double> retention = new LinkedHashMap<>();
    List<String> lost = new ArrayList<>();
    for (Article article : ARTICLES) {
      Extraction x = pipeline.extract(shape.reshape.apply(article.text()));
      Set<String> kept = facts(x);
      long found = article.facts().stream().filter(kept::contains).count();
      retention.put(article.id(), article.facts().isEmpty() ? 1.0 : (double) found / article.facts().size());
      article.facts().stream().filter(f -> !kept.contains(f)).forEach(f -> lost.add(article.id() + " fact " + f));
      String repaired = normalize(x.repairedText());
      article.sentences().stream().filter(s -> !repaired.contains(s))
          .forEach(s -> lost.add(article.id() + " sentence " + s));
    }
    System.out.printf("Articles %s: fact retention min %.3f, mean %.3f over %d articles%n", shape.title,
        retention.values().stream().mapToDouble(Double::doubleValue).min().orElse(1),
        retention.values().stream().mapToDouble(Double::doubleValue).average().orElse(1), retention.size());
    retention.forEach((id, share) -> {
      if (share < MIN_RETENTION) {
        System.out.printf("  %s keeps %.3f of its facts%n", id, share);
      }
    });
    lost.forEach(l -> System.out.println("  lost " + l));

    assertThat(retention).as("fact retention per article " + shape.title)
        .allSatisfy((id, share) -> assertThat(share).as(id).isGreaterThanOrEqualTo(MIN_RETENTION));
    assertThat(lost).as("sentences lost " + shape.title).noneMatch(l -> l.contains(" sentence "));
  }

  private static Set<String> facts(Extraction x) {
    return x.facts().stream().map(TextShapesTest::key).collect(Collectors.toSet());
  }

  private static String key(Fact f) {
    return f.type() + " " + f.agent().map(Entity::canonical).orElse("-") + " -> "
        + f.target().map(Entity::canonical).orElse("-");
  }

  private static String normalize(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** Wraps each line greedily at {@link #WRAP_WIDTH} columns, as {@code fmt} or an editor does. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int column = 0;
      for (String word : line.strip().split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        int width = word.codePointCount(0, word.length());
        if (column > 0 && column + 1 + width > WRAP_WIDTH) {
          out.append('\n');
          column = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += width;
      }
    }
    return out.toString();
  }
}
