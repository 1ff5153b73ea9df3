package org.hechos.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hechos.text.Entity;
import org.hechos.text.Mention;

/** Which entity each mention of a sentence refers to, looked up by token position. */
final class Referents {

  record Ref(Mention mention, Entity entity) {}

  private final Map<Integer, List<Ref>> bySentence = new HashMap<>();
  private final List<Entity> entities;

  Referents(List<Entity> entities) {
    this.entities = entities;
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(new Ref(m, e));
      }
    }
  }

  /** The longest non-value mention ending right before token {@code end}. */
  Optional<Ref> endingAt(int sentence, int end) {
    return longest(sentence, r -> r.mention().tokenEnd() == end);
  }

  /** The longest non-value mention starting at token {@code begin}. */
  Optional<Ref> startingAt(int sentence, int begin) {
    return longest(sentence, r -> r.mention().tokenBegin() == begin);
  }

  /** The longest non-value mention holding token {@code token}. */
  Optional<Ref> holding(int sentence, int token) {
    return longest(sentence, r -> r.mention().tokenBegin() <= token && token < r.mention().tokenEnd());
  }

  List<Ref> in(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }

  Entity entity(int id) {
    return entities.get(id);
  }

  List<Entity> entities() {
    return entities;
  }

  private Optional<Ref> longest(int sentence, java.util.function.Predicate<Ref> test) {
    Ref best = null;
    for (Ref r : in(sentence)) {
      if (!r.mention().type().isValue() && test.test(r)
          && (best == null || length(r) > length(best))) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int length(Ref r) {
    return r.mention().tokenEnd() - r.mention().tokenBegin();
  }
}
