package org.hechos.coref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.text.Entity;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Token;

/**
 * Groups name mentions into entities: the same name, or a short form whose words appear in order
 * in a longer name of the document ("Thanh Son" and "Bui Thanh Son", "Lavrov" and "Sergei
 * Lavrov"). An acronym joins the entity its long form names ("ONU" and "Naciones Unidas", when
 * the gazetteer reads "ONU" as "Organización de las Naciones Unidas"), and so does a short name
 * the document defines in brackets right after a long one, whatever its letters: "Comunidad del
 * Caribe (Caricom)", "Banco de Desarrollo de América Latina (CAF)". The canonical name is the
 * longest form; its type wins.
 */
final class AliasCoref implements Stage {

  private final Function<String, Optional<String>> longForms;

  AliasCoref(Function<String, Optional<String>> longForms) {
    this.longForms = longForms;
  }

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.MENTIONS, name());
    List<Name> longestFirst = new ArrayList<>();
    for (Mention m : in.mentions()) {
      if (m.kind() == Mention.Kind.NAME) {
        longestFirst.add(new Name(m));
      }
    }
    longestFirst.sort(Comparator.comparingInt((Name n) -> -n.words().length).thenComparingInt(n -> n.mention().span().begin()));
    Map<String, String> defined = bracketDefinitions(in);
    Map<String, List<Mention>> byCanonical = new LinkedHashMap<>();
    Map<String, Name> canonicalMention = new LinkedHashMap<>();
    for (Name n : longestFirst) {
      String key = Optional.ofNullable(defined.get(n.key())).filter(canonicalMention::containsKey)
          .or(() -> acronymOf(n, canonicalMention))
          .orElseGet(() -> canonicalFor(n, canonicalMention));
      canonicalMention.putIfAbsent(key, n);
      byCanonical.computeIfAbsent(key, k -> new ArrayList<>()).add(n.mention());
    }
    List<Entity> entities = new ArrayList<>();
    List<Map.Entry<String, List<Mention>>> groups = new ArrayList<>(byCanonical.entrySet());
    groups.sort(Comparator.comparing(e -> e.getValue().stream().map(Mention::span).min(Comparator.naturalOrder()).orElseThrow()));
    for (Map.Entry<String, List<Mention>> group : groups) {
      Mention head = canonicalMention.get(group.getKey()).mention();
      List<Mention> mentions = new ArrayList<>(group.getValue());
      mentions.sort(Comparator.comparing(Mention::span));
      EntityType type = majorityType(mentions, head.type());
      entities.add(new Entity(entities.size(), head.text(), type,
          mentions.stream().map(m -> m.type() == type ? m : m.withType(type)).toList(), List.of()));
    }
    return in.withEntities(entities);
  }

  /**
   * Short names defined in brackets: the key of a one-word name in brackets right after a longer
   * name ("Comunidad del Caribe (Caricom)"), mapped to the longer name's key.
   */
  private static Map<String, String> bracketDefinitions(Document in) {
    List<Mention> names = in.mentions().stream()
        .filter(m -> m.kind() == Mention.Kind.NAME && !m.type().isValue()).toList();
    Map<String, Mention> byStart = new HashMap<>();
    for (Mention m : names) {
      byStart.put(m.sentence() + ":" + m.tokenBegin(), m);
    }
    Map<String, String> defined = new HashMap<>();
    for (Mention longer : names) {
      List<Token> tokens = in.sentences().get(longer.sentence()).tokens();
      int open = longer.tokenEnd();
      Mention inside = byStart.get(longer.sentence() + ":" + (open + 1));
      if (longer.tokenEnd() - longer.tokenBegin() >= 2 && Token.isOneWordBracket(tokens, open)
          && inside != null && inside.tokenEnd() == open + 2) {
        defined.putIfAbsent(new Name(inside).key(), new Name(longer).key());
      }
    }
    return defined;
  }

  /** The type most mentions have; the canonical mention's type breaks ties. */
  private static EntityType majorityType(List<Mention> mentions, EntityType headType) {
    Map<EntityType, Integer> votes = new java.util.EnumMap<>(EntityType.class);
    for (Mention m : mentions) {
      votes.merge(m.type(), 2, Integer::sum);
    }
    votes.merge(headType, 1, Integer::sum);
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The key of the name in the document that the acronym {@code m} stands for, if any. */
  private Optional<String> acronymOf(Name n, Map<String, Name> known) {
    Mention m = n.mention();
    if (m.type() != EntityType.ORGANIZATION || !m.text().equals(m.text().toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Optional<String> longForm = longForms.apply(m.text()).map(f -> f.toLowerCase(Locale.ROOT));
    return longForm.flatMap(form -> known.keySet().stream()
        .filter(key -> !key.equals(n.key()) && (form.equals(key) || form.endsWith(" " + key)))
        .findFirst());
  }

  /** The key of the longer name {@code n} abbreviates, or its own key. */
  private static String canonicalFor(Name n, Map<String, Name> known) {
    Mention m = n.mention();
    if (known.containsKey(n.key()) || m.type().isValue()) {
      return n.key();
    }
    String[] words = n.words();
    for (Map.Entry<String, Name> candidate : known.entrySet()) {
      Mention longer = candidate.getValue().mention();
      String[] full = candidate.getValue().words();
      // a family name comes last in Spanish names and first in Chinese or Vietnamese ones ("Han Zheng")
      boolean surname = words.length == 1 && (words[0].equals(full[full.length - 1]) || words[0].equals(full[0]));
      boolean personLike = longer.type() == EntityType.PERSON && (m.type() == EntityType.PERSON || words.length > 1 || surname);
      if ((personLike || longer.type() == m.type() && longer.type() != EntityType.PERSON && words.length > 1)
          && inOrder(words, full)) {
        return candidate.getKey();
      }
    }
    return n.key();
  }

  /** A name mention with its lookup key and lowercase words, computed once. */
  private record Name(Mention mention, String key, String[] words) {

    Name(Mention m) {
      this(m, m.type().isValue() ? m.type() + ":" + m.text() : m.text().toLowerCase(Locale.ROOT),
          m.text().toLowerCase(Locale.ROOT).split("[\\s-]+"));
    }
  }

  /** True if {@code part} is a proper sub-sequence of {@code whole}, contiguous. */
  private static boolean inOrder(String[] part, String[] whole) {
    if (part.length >= whole.length) {
      return false;
    }
    for (int start = 0; start + part.length <= whole.length; start++) {
      if (Arrays.equals(part, 0, part.length, whole, start, start + part.length)) {
        return true;
      }
    }
    return false;
  }
}
