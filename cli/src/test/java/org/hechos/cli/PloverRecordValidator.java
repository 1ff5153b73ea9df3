package org.hechos.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks PLOVER event records against the "Data Fields" chapter of the PLOVER manual (draft 2.0):
 * only the fields of its JSON table; the required {@code id} (unique in the set), {@code date}
 * (YYYY-MM-DD), {@code actor} (a list of entity objects) and {@code event} (a list of PLOVER
 * categories); {@code enddate} as a date not before {@code date}; {@code recipient} a list of
 * entity objects; {@code mode} a list of modes of the record's events; {@code context} a list of
 * the general contexts or auxiliary modes; {@code event_text} a list of texts; {@code text_info}
 * and {@code cite_info} objects with their table's fields. Beyond the manual, what hechos
 * promises: every event text is in the original text within the {@code text_info} offsets.
 */
final class PloverRecordValidator {

  private static final Set<String> RECORD_FIELDS = Set.of("id", "has_event", "date", "time", "enddate", "endtime",
      "actor", "recipient", "event", "event_loc", "event_text", "quad_code", "event_scale", "mode", "context",
      "link", "text", "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment");
  private static final Set<String> ENTITY_FIELDS = Set.of("code", "sector", "entity_text", "identifier_id",
      "identifier_text", "religion", "ethnicity", "office", "gender", "age");
  private static final Set<String> TEXT_INFO_FIELDS = Set.of("sequence", "start", "end", "text_story");
  private static final Set<String> CITE_INFO_FIELDS = Set.of("corpus", "citation", "url", "title", "language",
      "publication", "license", "copyright", "coder", "codebook", "version");
  /** The general contexts and the four auxiliary modes, which go into {@code context}. */
  private static final Set<String> CONTEXTS = Set.of("military", "intelligence", "executive", "legislative",
      "election", "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal", "reparations",
      "human_rights", "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
      "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration", "disasters",
      "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
      "corruption", "illegal_drugs", "trafficking", "historical", "future", "hypothetical", "negation");

  private final Set<String> ids = new HashSet<>();

  /** The problems of one record of a document whose original text is {@code original}; empty if none. */
  List<String> problems(JsonNode r, String original) {
    List<String> problems = new ArrayList<>();
    Consumer<String> problem = p -> problems.add(r.path("id").asText("?") + ": " + p);
    fieldsIn(r, RECORD_FIELDS, "record", problem);
    if (!r.path("id").isTextual() || r.get("id").asText().isEmpty()) {
      problem.accept("id must be a non-empty string");
    } else if (!ids.add(r.get("id").asText())) {
      problem.accept("id is not unique");
    }
    boolean dated = checkDate(r, "date", true, problem);
    boolean ended = checkDate(r, "enddate", false, problem);
    if (dated && ended && LocalDate.parse(r.get("enddate").asText()).isBefore(LocalDate.parse(r.get("date").asText()))) {
      problem.accept("enddate is before date");
    }
    entities(r, "actor", true, problem);
    entities(r, "recipient", false, problem);
    List<String> events = strings(r, "event", true, problem);
    events.stream().filter(e -> PloverVocabulary.modes(e).isEmpty())
        .forEach(e -> problem.accept("unknown event category " + e));
    for (String mode : strings(r, "mode", false, problem)) {
      if (events.stream().noneMatch(e -> PloverVocabulary.modes(e).orElse(Set.of()).contains(mode))) {
        problem.accept("mode " + mode + " is no mode of " + events);
      }
    }
    strings(r, "context", false, problem).stream().filter(c -> !CONTEXTS.contains(c))
        .forEach(c -> problem.accept("unknown context " + c));
    List<String> eventTexts = strings(r, "event_text", false, problem);
    textInfo(r, eventTexts, original, problem);
    if (r.has("cite_info")) {
      fieldsIn(r.get("cite_info"), CITE_INFO_FIELDS, "cite_info", problem);
    }
    return problems;
  }

  private static void fieldsIn(JsonNode node, Set<String> allowed, String what, Consumer<String> problem) {
    if (!node.isObject()) {
      problem.accept(what + " must be an object");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!allowed.contains(field.getKey())) {
        problem.accept(what + " has field " + field.getKey() + ", which PLOVER does not define");
      } else if (field.getValue().isNull()) {
        problem.accept(what + "." + field.getKey() + " is null: leave it out");
      }
    }
  }

  /** Whether {@code field} is present and a valid YYYY-MM-DD date; a problem if it is required and absent. */
  private static boolean checkDate(JsonNode r, String field, boolean required, Consumer<String> problem) {
    if (!r.has(field)) {
      if (required) {
        problem.accept(field + " is required");
      }
      return false;
    }
    String value = r.get(field).asText();
    try {
      if (r.get(field).isTextual() && value.length() == 10) {
        LocalDate.parse(value);
        return true;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problem.accept(field + " '" + value + "' is not a date as YYYY-MM-DD");
    return false;
  }

  private static void entities(JsonNode r, String field, boolean required, Consumer<String> problem) {
    JsonNode list = list(r, field, required, problem);
    for (JsonNode entity : list) {
      fieldsIn(entity, ENTITY_FIELDS, field + " entity", problem);
      if (entity.isEmpty()) {
        problem.accept(field + " has an empty entity");
      }
    }
  }

  private static List<String> strings(JsonNode r, String field, boolean required, Consumer<String> problem) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : list(r, field, required, problem)) {
      if (value.isTextual() && !value.asText().isBlank()) {
        values.add(value.asText());
      } else {
        problem.accept(field + " holds " + value + ", not a text");
      }
    }
    return values;
  }

  /** The field as a list; an empty one (with a problem) if it is absent but required, or not a non-empty list. */
  private static JsonNode list(JsonNode r, String field, boolean required, Consumer<String> problem) {
    JsonNode value = r.path(field);
    if (value.isMissingNode()) {
      if (required) {
        problem.accept(field + " is required");
      }
    } else if (!value.isArray() || value.isEmpty()) {
      problem.accept(field + " must be a non-empty list, not " + value);
    } else {
      return value;
    }
    return JsonNodeFactory.instance.arrayNode();
  }

  private static void textInfo(JsonNode r, List<String> eventTexts, String original, Consumer<String> problem) {
    JsonNode info = r.path("text_info");
    if (info.isMissingNode()) {
      return;
    }
    fieldsIn(info, TEXT_INFO_FIELDS, "text_info", problem);
    int start = info.path("start").asInt(-1);
    int end = info.path("end").asInt(-1);
    if (!info.path("start").isInt() || !info.path("end").isInt() || start < 0 || end < start || end > original.length()) {
      problem.accept("text_info start/end " + start + ".." + end + " are not offsets into the text");
      return;
    }
    String text = original.substring(start, end);
    eventTexts.stream().filter(t -> !text.contains(t))
        .forEach(t -> problem.accept("event text '" + t + "' is not in the text at " + start + ".." + end));
  }
}
