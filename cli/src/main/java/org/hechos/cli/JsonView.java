package org.hechos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.hechos.Content;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.text.Entity;
import org.hechos.text.Mention;

/** The JSON object of one document, as DESIGN.md's command-line contract gives it. */
final class JsonView {

  private final ObjectMapper mapper;

  JsonView(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode of(String source, Extraction x) {
    ObjectNode doc = mapper.createObjectNode();
    doc.put("source", source);
    doc.put("repairedText", x.repairedText());
    ArrayNode entities = doc.putArray("entities");
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        if (m.kind() != Mention.Kind.NAME) {
          continue;
        }
        ObjectNode n = entities.addObject();
        n.put("text", m.text());
        n.put("type", m.type().name());
        n.put("begin", m.span().begin());
        n.put("end", m.span().end());
        n.put("canonical", e.canonical());
        m.subtype().ifPresent(s -> n.put("subtype", s));
        m.normalized().ifPresent(v -> n.put("normalized", v));
      }
    }
    ArrayNode facts = doc.putArray("facts");
    for (Fact f : x.facts()) {
      ObjectNode n = facts.addObject();
      n.put("type", f.type().name());
      n.put("agent", f.agent().map(Entity::canonical).orElse(null));
      n.put("target", f.target().map(Entity::canonical).orElse(null));
      n.put("content", f.content().map(Content::text).orElse(null));
      n.put("trigger", f.trigger().text());
      n.put("lemma", f.trigger().lemma());
      n.put("date", f.date().map(Mention::text).orElse(null));
      n.put("dateValue", f.date().flatMap(Mention::normalized).orElse(null));
      n.put("modality", modality(f));
      n.put("begin", f.evidence().begin());
      n.put("end", f.evidence().end());
      n.put("triggerBegin", f.trigger().span().begin());
      n.put("triggerEnd", f.trigger().span().end());
    }
    return doc;
  }

  private static String modality(Fact f) {
    return switch (f.modality()) {
      case ASSERTED -> null;
      default -> f.modality().name().toLowerCase(Locale.ROOT);
    };
  }

}
