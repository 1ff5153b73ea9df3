package org.hechos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hechos.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Facts and entities on the real agency news of {@code ../shared/data/news} (never copied here:
 * read at run time, skipped where absent), development split news-001..060, scored as {@code
 * score_facts.py} scores. The floors sit a little under what the pipeline reached on 2026-12-03
 * (facts 0.616, entities strict 0.823; the code before that day: 0.509, 0.821). The test split is
 * scored only when a milestone lands, with the Python scorer, never here.
 */
class NewsEvaluationTest {

  private static final Path NEWS = Path.of("../../shared/data/news");

  @Test
  void developmentArticlesMeetTheirFactAndEntityFloors() throws IOException {
    assumeTrue(Files.isRegularFile(NEWS.resolve("gold-dev.jsonl")),
        () -> { System.out.println("NewsEvaluationTest skipped: " + NEWS.toAbsolutePath() + " is absent"); return "no news data"; });
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(NEWS.resolve("articles.jsonl"))) {
      JsonNode article = json.readTree(line);
      texts.put(article.get("id").asText(), article.get("text").asText());
    }
    Pipeline pipeline = Pipeline.spanish();
    NewsScorer scorer = new NewsScorer();
    for (String line : Files.readAllLines(NEWS.resolve("gold-dev.jsonl"))) {
      JsonNode gold = json.readTree(line);
      scorer.add(gold, pipeline.extract(texts.get(gold.get("id").asText())));
    }
    System.out.printf("news development: facts F1 %.3f, entities strict F1 %.3f%n", scorer.factF1(), scorer.entityF1());
    assertThat(scorer.factF1()).as("fact F1 on the news development articles").isGreaterThanOrEqualTo(0.60);
    assertThat(scorer.entityF1()).as("entity F1 on the news development articles").isGreaterThanOrEqualTo(0.80);
  }
}
