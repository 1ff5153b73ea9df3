package org.hechos.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hechos.Extraction;
import org.hechos.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on hand-annotated articles, scored per entity type and per fact type: the two seed
 * articles, eight more of our own, twelve development articles annotated blind (rules were then
 * developed on them) and six held-out articles annotated blind and never developed on. The
 * floors sit a little under what the pipeline reaches.
 */
class SeedEvaluationTest {

  private static final Path GOLD = Path.of("src/test/resources/gold");
  private static final Path EXTRA = Path.of("src/test/resources/extra");
  private static final Path ARTICLES = Path.of("articles");
  private static final Path DEVELOPMENT = Path.of("src/test/resources/dev");
  private static final Path HELD_OUT = Path.of("src/test/resources/heldout");

  private static Pipeline pipeline;

  @BeforeAll
  static void loadPipeline() {
    pipeline = Pipeline.spanish();
  }

  @Test
  void seedArticlesMeetTheEntityAndFactFloors() {
    Result result = evaluate(Gold.all(GOLD, ARTICLES), "seed articles");
    assertThat(result.entities().f1()).as("entity F1 on the seeds").isGreaterThanOrEqualTo(ENTITY_FLOOR_SEEDS);
    assertThat(result.facts().f1()).as("fact F1 on the seeds").isGreaterThanOrEqualTo(FACT_FLOOR_SEEDS);
  }

  @Test
  void extraDocumentsMeetTheFactFloor() {
    Result result = evaluate(Gold.all(EXTRA, EXTRA), "extra documents");
    assertThat(result.entities().f1()).as("entity F1 on the extra documents").isGreaterThanOrEqualTo(ENTITY_FLOOR_EXTRA);
    assertThat(result.facts().f1()).as("fact F1 on the extra documents").isGreaterThanOrEqualTo(FACT_FLOOR_EXTRA);
  }

  @Test
  void developmentArticlesMeetTheirFloors() {
    Result result = evaluate(Gold.all(DEVELOPMENT, DEVELOPMENT), "development articles");
    assertThat(result.entities().f1()).as("entity F1 on the development articles").isGreaterThanOrEqualTo(ENTITY_FLOOR_DEVELOPMENT);
    assertThat(result.facts().f1()).as("fact F1 on the development articles").isGreaterThanOrEqualTo(FACT_FLOOR_DEVELOPMENT);
  }

  @Test
  void heldOutArticlesMeetTheirFloors() {
    Result result = evaluate(Gold.all(HELD_OUT, HELD_OUT), "held-out articles");
    assertThat(result.entities().f1()).as("entity F1 on the held-out articles").isGreaterThanOrEqualTo(ENTITY_FLOOR_HELD_OUT);
    assertThat(result.facts().f1()).as("fact F1 on the held-out articles").isGreaterThanOrEqualTo(FACT_FLOOR_HELD_OUT);
  }

  // Measured 2026-11-24: seeds entities 1.000, facts 1.000; extra 0.994, 0.967; development 0.930,
  // 0.850; held-out 0.940, 0.701 (the code before that day's work: held-out 0.913, 0.517).
  private static final double ENTITY_FLOOR_SEEDS = 0.95;
  private static final double FACT_FLOOR_SEEDS = 0.95;
  private static final double ENTITY_FLOOR_EXTRA = 0.95;
  private static final double FACT_FLOOR_EXTRA = 0.95;
  private static final double ENTITY_FLOOR_DEVELOPMENT = 0.91;
  private static final double FACT_FLOOR_DEVELOPMENT = 0.77;
  private static final double ENTITY_FLOOR_HELD_OUT = 0.92;
  private static final double FACT_FLOOR_HELD_OUT = 0.68;

  private record Result(Score entities, Score facts) {}

  private static Result evaluate(List<Gold.Article> articles, String title) {
    Score entities = new Score();
    Score facts = new Score();
    List<String> misses = new ArrayList<>();
    for (Gold.Article article : articles) {
      Extraction x = pipeline.extract(article.text());
      entities.addAll(Evaluation.entities(article.gold(), x));
      misses.add("-- " + article.gold().document());
      facts.addAll(Evaluation.facts(article.gold(), x, misses));
    }
    System.out.println(entities.table("Entities, " + title));
    System.out.println(facts.table("Facts, " + title));
    misses.forEach(System.out::println);
    return new Result(entities, facts);
  }
}
