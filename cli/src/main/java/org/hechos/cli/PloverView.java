package org.hechos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hechos.Agreement;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.Meeting;
import org.hechos.text.Entity;
import org.hechos.text.Sentence;
import org.hechos.text.Span;

/**
 * The PLOVER event records of one document, as the PLOVER manual's "Data Fields" chapter gives
 * them (draft 2.0), one per fact whose type is a PLOVER event:
 *
 * <pre>
 * {"id": "article.txt:2", "date": "2021-07-25", "enddate": "2021-07-28",
 *  "actor": [{"entity_text": "Bui Thanh Son"}], "recipient": [{"entity_text": "Rusia"}],
 *  "event": ["CONSULT"], "event_text": ["visita"], "mode": ["visit"],
 *  "text_info": {"sequence": 1, "start": 0, "end": 211},
 *  "cite_info": {"citation": "article.txt", "language": "es", "coder": "hechos"}}
 * </pre>
 *
 * {@code id} is {@code SOURCE:N} for the N-th fact of the document (as in the jsonl output), so
 * numbers skip facts that are no events. The parties of a meeting or an agreement are all actors,
 * with no recipient; a group ("ambas partes") is its members. {@code event_text} is the trigger as
 * the original text writes it; {@code text_info} locates the evidence sentence (its number from 1,
 * and {@code start}/{@code end} in the original text in UTF-16 code units). Optional fields with no
 * value are left out. A fact with no actor is not coded (as the manual says of events without an
 * actor), and one with no date ({@link PloverDate}) is counted in {@link Records#undated}.
 */
final class PloverView {

  /** The records of a document, and how many of its events were left out for want of a date. */
  record Records(List<ObjectNode> records, int undated) {
    Records {
      records = List.copyOf(records);
    }
  }

  private static final String CODER = "hechos";
  private static final String LANGUAGE = "es";

  private final ObjectMapper mapper;
  private final PloverMapping mapping;
  private final Optional<LocalDate> documentDate;

  PloverView(ObjectMapper mapper, PloverMapping mapping, Optional<LocalDate> documentDate) {
    this.mapper = mapper;
    this.mapping = mapping;
    this.documentDate = documentDate;
  }

  Records of(String source, Extraction x) {
    Map<Integer, Entity> byId = x.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    List<ObjectNode> records = new ArrayList<>();
    int undated = 0;
    int n = 0;
    for (Fact f : x.facts()) {
      n++;
      Optional<PloverCoding> coding = PloverCoding.of(mapping.of(f.type()), f.modality());
      Set<Entity> actors = members(actors(f), byId);
      if (coding.isEmpty() || actors.isEmpty()) {
        continue;
      }
      Optional<PloverDate> date = PloverDate.of(f, documentDate);
      if (date.isEmpty()) {
        undated++;
        continue;
      }
      Set<Entity> recipients = members(recipients(f), byId);
      recipients.removeAll(actors);
      records.add(record(source, n, f, coding.get(), date.get(), actors, recipients, x));
    }
    return new Records(records, undated);
  }

  private ObjectNode record(String source, int n, Fact f, PloverCoding coding, PloverDate date, Set<Entity> actors,
      Set<Entity> recipients, Extraction x) {
    ObjectNode r = mapper.createObjectNode();
    r.put("id", source + ":" + n);
    r.put("date", date.begin().toString());
    date.end().ifPresent(end -> r.put("enddate", end.toString()));
    entities(r.putArray("actor"), actors);
    if (!recipients.isEmpty()) {
      entities(r.putArray("recipient"), recipients);
    }
    r.putArray("event").add(coding.event());
    r.putArray("event_text").add(f.trigger().span().in(x.original()));
    coding.mode().ifPresent(mode -> r.putArray("mode").add(mode));
    if (!coding.context().isEmpty()) {
      coding.context().forEach(r.putArray("context")::add);
    }
    ObjectNode textInfo = r.putObject("text_info");
    textInfo.put("sequence", sentenceNumber(f.evidence(), x.sentences()));
    textInfo.put("start", f.evidence().begin());
    textInfo.put("end", f.evidence().end());
    ObjectNode cite = r.putObject("cite_info");
    cite.put("citation", source);
    cite.put("language", LANGUAGE);
    cite.put("coder", CODER);
    return r;
  }

  /** Who acts: every party of a meeting or an agreement, else the agent. */
  private static List<Entity> actors(Fact f) {
    if (f instanceof Meeting m) {
      return m.participants();
    }
    if (f instanceof Agreement a) {
      return a.parties();
    }
    return f.agent().stream().toList();
  }

  /** To whom: none for a meeting or an agreement (its parties are all actors), else the target. */
  private static List<Entity> recipients(Fact f) {
    return f instanceof Meeting || f instanceof Agreement ? List.of() : f.target().stream().toList();
  }

  /** The entities, a group replaced by its members, each once, in order. */
  private static Set<Entity> members(Collection<Entity> entities, Map<Integer, Entity> byId) {
    Set<Entity> members = new LinkedHashSet<>();
    for (Entity e : entities) {
      if (e.isGroup()) {
        e.members().stream().map(byId::get).forEach(members::add);
      } else {
        members.add(e);
      }
    }
    return members;
  }

  private static void entities(ArrayNode list, Set<Entity> entities) {
    entities.forEach(e -> list.addObject().put("entity_text", e.canonical()));
  }

  /** The number, from 1, of the sentence the evidence starts in: the last one starting at or before it. */
  private static int sentenceNumber(Span evidence, List<Sentence> sentences) {
    int number = 0;
    for (Sentence s : sentences) {
      if (s.span().begin() > evidence.begin()) {
        break;
      }
      number = s.index() + 1;
    }
    return number;
  }
}
