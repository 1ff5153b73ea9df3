package org.hechos;

import java.util.List;
import java.util.Objects;
import org.hechos.text.Edit;
import org.hechos.text.Entity;
import org.hechos.text.Sentence;

/**
 * What {@link Pipeline#extract} read from one text: facts, entities, sentences and the repaired
 * text. Every span is in the original text. Immutable.
 */
public record Extraction(String original, String repairedText, List<Edit> edits,
    List<Sentence> sentences, List<Entity> entities, List<Fact> facts) {

  public Extraction {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(repairedText, "repairedText");
    edits = List.copyOf(edits);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
  }

  static Extraction of(Document doc) {
    return new Extraction(doc.original(), doc.clean(), doc.text().edits(), doc.sentences(),
        doc.entities(), doc.facts());
  }

  /** Facts of one record type, in document order. */
  public <F extends Fact> List<F> facts(Class<F> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
