package org.hechos.entities;

import java.util.ArrayList;
import java.util.List;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.SpanishNerModel;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;
import org.hechos.text.Sentence;
import org.hechos.text.Token;

/** Mentions from the CRF: each run of tokens with the same entity label is one mention. */
final class CrfRecognizer implements Stage {

  private final SpanishNerModel model;

  CrfRecognizer(SpanishNerModel model) {
    this.model = model;
  }

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.TOKENS, name());
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : in.sentences()) {
      List<String> labels = model.label(sentence.tokens().stream().map(Token::text).toList());
      int start = -1;
      for (int i = 0; i <= labels.size(); i++) {
        String label = i < labels.size() ? labels.get(i) : "O";
        if (start >= 0 && !label.equals(labels.get(start))) {
          EntityType type = EntityType.valueOf(labels.get(start));
          mentions.add(Mention.name(sentence.text(in.clean(), start, i), type,
              sentence.span(start, i), sentence.index(), start, i));
          start = -1;
        }
        if (start < 0 && !label.equals("O")) {
          start = i;
        }
      }
    }
    return in.withMentions(mentions);
  }
}
