package org.hechos.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hechos.Document;
import org.hechos.Pipeline;
import org.hechos.models.Gazetteers;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.SpanishNerModel;
import org.hechos.repair.Repair;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.tokens.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity precision, recall and F1 (exact span and type) on the seeds' hand-made gold
 * ({@code seeds/src/test/resources/gold/*.json} and {@code extra/*.json}), running the pipeline's
 * first three stages: repair, tokens, entities. The gold marks no NUMBER, so NUMBER mentions are
 * left out of the score. Every gold DATE, MONEY and PERCENT must carry its normalized value.
 */
class SeedGoldEntitiesTest {

  /** Just under what the recognizer reaches while repair is a placeholder (glued words fail). */
  private static final double F1_FLOOR = 0.95;

  /** The normalized value each gold value must get, keyed by its text. */
  private static final Map<String, String> NORMALIZED = Map.ofEntries(
      Map.entry("del 25 al 28 del presente mes", "XXXX-XX-25/XXXX-XX-28"),
      Map.entry("el 28 del presente mes", "XXXX-XX-28"),
      Map.entry("2,6 milmillones de dólares", "2600000000 USD"),
      Map.entry("el primer semestre del 2021", "2021-H1"),
      Map.entry("12,5 por ciento", "12.5"),
      Map.entry("1982", "1982"),
      Map.entry("el 14 de julio", "--07-14"),
      Map.entry("el 3 de abril", "--04-03"),
      Map.entry("40 millones de dólares", "40000000 USD"),
      Map.entry("8,4 por ciento", "8.4"),
      Map.entry("2023", "2023"),
      Map.entry("5.200 millones de dólares", "5200000000 USD"),
      Map.entry("el año pasado", "REF-P1Y"),
      Map.entry("el lunes", "XXXX-WXX-1"),
      Map.entry("2022", "2022"),
      Map.entry("diciembre", "--12"),
      Map.entry("2030", "2030"),
      Map.entry("15 por ciento", "15"),
      Map.entry("del 4 al 6 de junio", "--06-04/--06-06"),
      Map.entry("el 8 de octubre", "--10-08"),
      Map.entry("El 9 de octubre", "--10-09"),
      Map.entry("20 por ciento", "20"),
      Map.entry("48.000 millones de dólares", "48000000000 USD"),
      Map.entry("2024", "2024"),
      Map.entry("2026", "2026"),
      Map.entry("el viernes", "XXXX-WXX-5"),
      Map.entry("este año", "REF+P0Y"),
      Map.entry("10 por ciento", "10"),
      Map.entry("diciembre de 2025", "2025-12"),
      Map.entry("18 por ciento", "18"),
      Map.entry("el primer trimestre de 2025", "2025-Q1"),
      Map.entry("350 millones de dólares", "350000000 USD"),
      Map.entry("el 2 de julio", "--07-02"),
      Map.entry("este jueves", "XXXX-WXX-4"),
      Map.entry("2019", "2019"),
      Map.entry("40 por ciento", "40"),
      Map.entry("1.200 millones de euros", "1200000000 EUR"),
      Map.entry("el 18 de noviembre", "--11-18"),
      Map.entry("2025", "2025"),
      Map.entry("hoy", "REF"),
      Map.entry("38.000 millones de dólares", "38000000000 USD"),
      Map.entry("el año fiscal 2024-2025", "2024/2025"),
      Map.entry("6,3 por ciento", "6.3"),
      Map.entry("noviembre", "--11"),
      Map.entry("30 por ciento", "30"),
      Map.entry("el martes", "XXXX-WXX-2"),
      Map.entry("45 millones de dólares", "45000000 USD"),
      Map.entry("marzo", "--03"));

  /** One gold entity of the seeds' JSON: {@code "begin", "end", "text", "type"} in that order. */
  private static final Pattern GOLD_ENTITY = Pattern.compile(
      "\"begin\":\\s*(\\d+),\\s*\"end\":\\s*(\\d+),\\s*\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"type\":\\s*\"(\\w+)\"");

  private static Pipeline pipeline;

  record Gold(int begin, int end, String text, EntityType type) {}

  @BeforeAll
  static void load() {
    SpanishLexicon lexicon = SpanishLexicon.load();
    pipeline = Pipeline.of(List.of(Repair.spanish(lexicon), Tokens.spanish(lexicon),
        Entities.spanish(SpanishNerModel.load(), Gazetteers.load())));
  }

  @Test
  void entitiesOnSeedGoldScoreAboveTheFloorWithNormalizedValues() throws IOException {
    Path seeds = Path.of("..", "seeds");
    List<Path> golds = new ArrayList<>();
    for (Path dir : List.of(seeds.resolve("src/test/resources/gold"), seeds.resolve("src/test/resources/extra"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(golds::add);
      }
    }
    assertThat(golds).hasSizeGreaterThanOrEqualTo(10);

    Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, predicted, gold}
    List<String> missingValues = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (Path gold : golds) {
      String json = Files.readString(gold, StandardCharsets.UTF_8);
      Path article = article(gold);
      String text = Files.readString(article, StandardCharsets.UTF_8);
      Document doc = pipeline.run(Document.of(text));
      List<Gold> expected = goldEntities(json);
      Set<String> goldKeys = new HashSet<>();
      for (Gold g : expected) {
        goldKeys.add(g.begin() + ":" + g.end() + ":" + g.type());
        counts.computeIfAbsent(g.type().name(), t -> new int[3])[2]++;
      }
      Map<String, Mention> ours = new HashMap<>();
      for (Mention m : doc.mentions()) {
        if (m.type() == EntityType.NUMBER) {
          continue;
        }
        String key = m.span().begin() + ":" + m.span().end() + ":" + m.type();
        ours.put(key, m);
        int[] c = counts.computeIfAbsent(m.type().name(), t -> new int[3]);
        c[1]++;
        if (goldKeys.contains(key)) {
          c[0]++;
        } else {
          report.append("  FP ").append(gold.getFileName()).append(' ').append(m.type()).append(" '")
              .append(m.span().in(text)).append("'\n");
        }
      }
      for (Gold g : expected) {
        Mention m = ours.get(g.begin() + ":" + g.end() + ":" + g.type());
        if (m == null) {
          report.append("  FN ").append(gold.getFileName()).append(' ').append(g.type()).append(" '")
              .append(g.text()).append("'\n");
        }
        if (g.type() == EntityType.DATE || g.type() == EntityType.MONEY || g.type() == EntityType.PERCENT) {
          String want = NORMALIZED.get(g.text());
          String got = m == null ? "(not found)" : m.normalized().orElse("(none)");
          if (want == null || !want.equals(got)) {
            missingValues.add(gold.getFileName() + " '" + g.text() + "': want " + want + ", got " + got);
          }
        }
      }
    }
    int[] total = new int[3];
    StringBuilder table = new StringBuilder("Seed gold entities (exact span and type)\n");
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      table.append(row(e.getKey(), e.getValue()));
      for (int i = 0; i < 3; i++) {
        total[i] += e.getValue()[i];
      }
    }
    table.append(row("overall", total));
    System.out.println(table);
    System.out.println(report);

    assertThat(missingValues).as("gold values without their normalized value").isEmpty();
    assertThat(f1(total)).isGreaterThanOrEqualTo(F1_FLOOR);
  }

  private static Path article(Path gold) {
    String name = gold.getFileName().toString().replace(".json", ".txt");
    Path beside = gold.resolveSibling(name);
    return Files.exists(beside) ? beside : Path.of("..", "seeds", "articles", name);
  }

  static List<Gold> goldEntities(String json) {
    int from = json.indexOf("\"entities\"");
    int to = json.indexOf("\"facts\"");
    String section = json.substring(from, to > from ? to : json.length());
    List<Gold> out = new ArrayList<>();
    Matcher m = GOLD_ENTITY.matcher(section);
    while (m.find()) {
      out.add(new Gold(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3),
          EntityType.valueOf(m.group(4))));
    }
    return out;
  }

  private static double f1(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String row(String name, int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return String.format("  %-13s P %.3f  R %.3f  F1 %.3f  (%d predicted, %d gold)%n", name, p, r, f1(c), c[1], c[2]);
  }
}
