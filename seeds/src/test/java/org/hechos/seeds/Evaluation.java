package org.hechos.seeds;


import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hechos.Content;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.Modality;
import org.hechos.text.Entity;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;

/**
 * Scores an extraction against gold. Entities: exact original span and type; bare numbers
 * (NUMBER) are left out, as the gold annotates none ("600 personas" is a value, not an entity). Facts: same type,
 * same agent (canonical name, case-insensitive), same target where the gold gives one, evidence
 * containing the gold trigger, and content containing the gold content head. A system fact that
 * matches an optional gold fact counts neither way; negated facts are not scored (gold lists what
 * happened).
 */
final class Evaluation {

  private Evaluation() {}

  static Score entities(Gold gold, Extraction x) {
    Set<String> expected = new HashSet<>();
    for (Gold.GoldEntity e : gold.entities()) {
      expected.add(e.type() + "@" + e.begin() + ":" + e.end());
    }
    Set<String> found = new HashSet<>();
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        if (m.kind() == Mention.Kind.NAME && m.type() != EntityType.NUMBER) {
          found.add(m.type() + "@" + m.span().begin() + ":" + m.span().end());
        }
      }
    }
    Score score = new Score();
    for (String key : union(expected, found)) {
      String type = key.substring(0, key.indexOf('@'));
      boolean inGold = expected.contains(key);
      boolean inSystem = found.contains(key);
      score.add(type, inGold && inSystem ? 1 : 0, inSystem && !inGold ? 1 : 0, inGold && !inSystem ? 1 : 0);
    }
    return score;
  }

  static Score facts(Gold gold, Extraction x, List<String> misses) {
    List<Fact> system = x.facts().stream().filter(f -> f.modality() != Modality.NEGATED).toList();
    List<Gold.GoldFact> expected = gold.facts();
    boolean[] used = new boolean[system.size()];
    Score score = new Score();
    for (Gold.GoldFact g : expected) {
      int match = -1;
      for (int i = 0; i < system.size() && match < 0; i++) {
        if (!used[i] && matches(g, system.get(i))) {
          match = i;
        }
      }
      if (match >= 0) {
        used[match] = true;
        if (!g.optional()) {
          score.add(g.type(), 1, 0, 0);
        }
      } else if (!g.optional()) {
        score.add(g.type(), 0, 0, 1);
        misses.add("missed " + g.type() + " " + g.agent() + " -> " + g.target() + " [" + g.trigger() + "] " + g.contentHead());
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        Fact f = system.get(i);
        score.add(f.type().name(), 0, 1, 0);
        misses.add("spurious " + f.type() + " " + f.agent().map(Entity::canonical).orElse(null) + " -> "
            + f.target().map(Entity::canonical).orElse(null) + " [" + f.trigger().text() + "] "
            + f.content().map(Content::text).orElse(""));
      }
    }
    return score;
  }

  static boolean matches(Gold.GoldFact g, Fact f) {
    return f.type().name().equals(g.type())
        && sameName(g.agent(), f.agent().map(Entity::canonical).orElse(null))
        && (g.target() == null || sameName(g.target(), f.target().map(Entity::canonical).orElse(null)))
        && f.evidence().contains(g.triggerBegin())
        && (g.contentHead() == null || f.content().map(c -> containsWord(c.text(), g.contentHead())).orElse(false));
  }

  private static boolean sameName(String gold, String system) {
    return gold == null ? system == null
        : system != null && gold.toLowerCase(Locale.ROOT).equals(system.toLowerCase(Locale.ROOT));
  }

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
        .matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }


}
