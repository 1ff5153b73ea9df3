package org.hechos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hechos.Content;
import org.hechos.Extraction;
import org.hechos.Fact;
import org.hechos.Modality;
import org.hechos.text.Entity;
import org.hechos.text.Mention;

/**
 * The PLOVER event records of one document, one per fact, in the PLOVER JSON field names:
 *
 * <pre>
 * {"id": "article.txt:2", "date": "XXXX-XX-25/XXXX-XX-28", "actor": "Bui Thanh Son", "recipient": "Rusia",
 *  "event": "CONSULT", "mode": "visit", "context": null, "cameo": "042",
 *  "event_text": "the evidence sentence", "source": "article.txt", "begin": 0, "end": 211,
 *  "extension": {"hechos_type": "VISIT", ...}}
 * </pre>
 *
 * {@code date} is the normalized value of the fact's date (TIMEX-like; {@code X} for what the text
 * does not say) or null. {@code begin}/{@code end} locate {@code event_text} in the original text in
 * UTF-16 code units, as in the jsonl format. Facts PLOVER has no category for have
 * {@code "event": null}; every record keeps its hechos type in {@code extension.hechos_type}.
 */
final class PloverView {

  private final ObjectMapper mapper;
  private final PloverMapping mapping;

  PloverView(ObjectMapper mapper, PloverMapping mapping) {
    this.mapper = mapper;
    this.mapping = mapping;
  }

  List<ObjectNode> of(String source, Extraction x) {
    List<ObjectNode> records = new ArrayList<>();
    int n = 0;
    for (Fact f : x.facts()) {
      PloverMapping.Code code = mapping.of(f.type());
      ObjectNode r = mapper.createObjectNode();
      r.put("id", source + ":" + ++n);
      r.put("date", f.date().flatMap(Mention::normalized).orElse(null));
      r.put("actor", f.agent().map(Entity::canonical).orElse(null));
      r.put("recipient", f.target().map(Entity::canonical).orElse(null));
      r.put("event", code.event().orElse(null));
      r.put("mode", code.mode().orElse(null));
      r.put("context", code.context().orElse(null));
      r.put("cameo", code.cameo().orElse(null));
      r.put("event_text", f.evidence().in(x.original()));
      r.put("source", source);
      r.put("begin", f.evidence().begin());
      r.put("end", f.evidence().end());
      ObjectNode ext = r.putObject("extension");
      ext.put("hechos_type", f.type().name());
      ext.put("trigger", f.trigger().text());
      ext.put("lemma", f.trigger().lemma());
      ext.put("content", f.content().map(Content::text).orElse(null));
      ext.put("date_text", f.date().map(Mention::text).orElse(null));
      ext.put("modality", f.modality() == Modality.ASSERTED ? null : f.modality().name().toLowerCase(Locale.ROOT));
      records.add(r);
    }
    return records;
  }
}
