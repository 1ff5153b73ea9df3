package org.hechos.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.FactType;
import org.hechos.text.Entity;
import org.hechos.text.EntityType;

/**
 * Scores extractions against the real-news gold the way {@code ../shared/tools/score_facts.py}
 * does (its GUIDE.md conventions): a gold fact is found when a fact of its type matches its
 * arguments by a shared content word (a list gives alternatives) and the first three words of its
 * content; a system fact is wrong when it matches no gold fact; entities match on normalized text
 * and type.
 */
final class NewsScorer {

  private static final Set<String> STOP = Set.of("de", "la", "el", "los", "las", "del", "y", "en", "a", "su", "sus", "al");
  private static final Set<String> FACT_TYPES = Set.of("MEETING", "VISIT", "INVITATION", "ATTENDANCE", "CHAIR",
      "PROPOSAL", "STATEMENT", "REQUEST", "AGREEMENT", "THANKS", "ROLE");
  private static final Set<String> SYMMETRIC = Set.of("MEETING", "AGREEMENT");
  private static final Set<String> EVENT_AS_CONTENT = Set.of("ATTENDANCE", "CHAIR");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  private int factTp;
  private int factFp;
  private int factFn;
  private int entityTp;
  private int entityFp;
  private int entityFn;

  /** Adds one article's gold and extraction to the counts. */
  void add(JsonNode gold, Extraction extraction) {
    Set<String> goldEntities = new HashSet<>();
    gold.get("entities").forEach(e -> goldEntities.add(norm(e.get("text").asText()) + "|" + e.get("type").asText()));
    Set<String> systemEntities = new HashSet<>();
    for (Entity entity : extraction.entities()) {
      if (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION || entity.type() == EntityType.LOCATION) {
        entity.mentions().stream().filter(m -> m.kind() == org.hechos.text.Mention.Kind.NAME)
            .forEach(m -> systemEntities.add(norm(m.text()) + "|" + m.type().name()));
      }
    }
    Set<String> both = new HashSet<>(goldEntities);
    both.retainAll(systemEntities);
    entityTp += both.size();
    entityFp += systemEntities.size() - both.size();
    entityFn += goldEntities.size() - both.size();

    List<Fact> facts = extraction.facts().stream().filter(f -> FACT_TYPES.contains(type(f))).toList();
    Set<Integer> matched = new HashSet<>();
    for (JsonNode goldFact : gold.get("facts")) {
      boolean found = false;
      for (int i = 0; i < facts.size(); i++) {
        if (matches(goldFact, facts.get(i))) {
          matched.add(i);
          found = true;
        }
      }
      if (found) {
        factTp++;
      } else {
        factFn++;
      }
    }
    factFp += facts.size() - matched.size();
  }

  double factF1() {
    return f1(factTp, factFp, factFn);
  }

  double entityF1() {
    return f1(entityTp, entityFp, entityFn);
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  private static String type(Fact f) {
    return f.type() == FactType.PARTICIPATION ? "ATTENDANCE" : f.type().name();
  }

  private static boolean matches(JsonNode gold, Fact fact) {
    String type = gold.get("type").asText();
    if (!type(fact).equals(type)) {
      return false;
    }
    String agent = fact.agent().map(Entity::canonical).orElse("");
    String target = fact.target().map(Entity::canonical).orElse("");
    String content = fact.content().map(c -> c.text()).orElse("");
    if (EVENT_AS_CONTENT.contains(type) && target.isEmpty()) {
      target = content;
    }
    if (!sameContent(gold.get("content_head"), content)) {
      return false;
    }
    if (sameArgument(gold.get("agent"), agent) && sameArgument(gold.get("target"), target)) {
      return true;
    }
    String pair = agent + " " + target;
    return SYMMETRIC.contains(type) && sameArgument(gold.get("agent"), pair) && sameArgument(gold.get("target"), pair);
  }

  private static boolean sameArgument(JsonNode gold, String system) {
    if (gold == null || gold.isNull()) {
      return true;
    }
    Set<String> said = contentWords(system);
    List<JsonNode> alternatives = new ArrayList<>();
    if (gold.isArray()) {
      gold.forEach(alternatives::add);
    } else {
      alternatives.add(gold);
    }
    for (JsonNode alternative : alternatives) {
      Set<String> words = contentWords(alternative.asText());
      if (!words.isEmpty() && words.stream().anyMatch(said::contains)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameContent(JsonNode gold, String system) {
    if (gold == null || gold.isNull() || gold.asText().isEmpty()) {
      return true;
    }
    List<String> head = words(norm(gold.asText())).stream().limit(3).map(NewsScorer::singular).toList();
    Set<String> said = new HashSet<>(words(norm(system)).stream().map(NewsScorer::singular).toList());
    return !head.isEmpty() && said.containsAll(head);
  }

  private static Set<String> contentWords(String s) {
    Set<String> words = new HashSet<>(words(norm(s)));
    words.removeAll(STOP);
    return words;
  }

  private static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** A plural and its singular compare equal, as the Python scorer has it. */
  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("es")) {
      return w.substring(0, w.length() - 2);
    }
    return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  static String norm(String s) {
    String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip()
        .replaceAll("^[ .,;:\"'«»()]+|[ .,;:\"'«»()]+$", "");
  }
}
