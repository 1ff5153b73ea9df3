package org.hechos.entities;

import java.util.ArrayList;
import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.entities.Candidate.Source;
import org.hechos.models.SpanishNerModel;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/**
 * Names and values of a document: CoreNLP's Spanish CRF proposes names, {@link NameRules} correct
 * them sentence by sentence, {@link DocumentConsistency} makes them agree across the document,
 * and {@link ValueRecognizer}'s dates and amounts replace any name they overlap.
 *
 * <p>Immutable and thread-safe.
 */
final class EntityRecognizer implements Stage {

  private final NameWindows crf;
  private final NameRules rules;
  private final DocumentConsistency consistency;
  private final ValueRecognizer values;

  EntityRecognizer(SpanishNerModel model, NameRules rules, DocumentConsistency consistency, ValueRecognizer values) {
    this.crf = new NameWindows(model);
    this.rules = rules;
    this.consistency = consistency;
    this.values = values;
  }

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.TOKENS, name());
    List<List<Candidate>> names = new ArrayList<>();
    for (Sentence sentence : in.sentences()) {
      List<Token> tokens = sentence.tokens();
      List<String> labels = crf.label(tokens);
      names.add(rules.apply(tokens, runs(labels)));
    }
    names = consistency.apply(in.sentences(), names);
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : in.sentences()) {
      List<Candidate> found = values.recognize(sentence.tokens());
      for (Candidate name : names.get(sentence.index())) {
        if (found.stream().noneMatch(v -> v.overlaps(name))) {
          found.add(name);
        }
      }
      found.sort(java.util.Comparator.comparingInt(Candidate::begin));
      for (Candidate c : found) {
        mentions.add(new Mention(sentence.text(in.clean(), c.begin(), c.end()), c.type(), Mention.Kind.NAME,
            sentence.span(c.begin(), c.end()), sentence.index(), c.begin(), c.end(), c.subtype(), c.normalized()));
      }
    }
    return in.withMentions(mentions);
  }

  /** Each run of tokens with the same CRF label is one candidate. */
  static List<Candidate> runs(List<String> labels) {
    List<Candidate> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "O";
      if (start >= 0 && !label.equals(labels.get(start))) {
        out.add(Candidate.of(start, i, EntityType.valueOf(labels.get(start)), Source.CRF));
        start = -1;
      }
      if (start < 0 && !label.equals("O")) {
        start = i;
      }
    }
    return out;
  }
}
