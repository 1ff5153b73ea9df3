package org.hechos;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.hechos.text.RepairedText;
import org.hechos.text.Sentence;

/**
 * The state of one document as it passes through the stages. Immutable: each stage returns a new
 * document with one more layer. A stage that needs a layer not yet built fails with {@link
 * IllegalStateException}.
 */
public record Document(
    RepairedText text,
    Optional<LocalDate> documentDate,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<Entity> entities,
    List<Fact> facts,
    Set<Layer> layers) {

  /** The annotation layers, in the order the stages add them. */
  public enum Layer {
    REPAIR, TOKENS, SYNTAX, MENTIONS, ENTITIES, FACTS
  }

  public Document {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(documentDate, "documentDate");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
    layers = Set.copyOf(layers);
  }

  /** A new document over {@code original}, nothing annotated yet. */
  public static Document of(String original) {
    return new Document(RepairedText.unchanged(original), Optional.empty(), List.of(), List.of(), List.of(),
        List.of(), Set.of());
  }

  /**
   * A new document over {@code original} published on {@code documentDate}: dates that leave out
   * the year or month ("el 28 del presente mes", "el 14 de julio") are read in it.
   */
  public static Document of(String original, LocalDate documentDate) {
    Objects.requireNonNull(documentDate, "documentDate");
    return new Document(RepairedText.unchanged(original), Optional.of(documentDate), List.of(), List.of(),
        List.of(), List.of(), Set.of());
  }

  public String original() {
    return text.original();
  }

  public String clean() {
    return text.clean();
  }

  /** Throws unless {@code layer} was built; {@code stage} names who needs it. */
  public Document require(Layer layer, String stage) {
    if (!layers.contains(layer)) {
      throw new IllegalStateException(stage + " needs " + layer + "; run its stage first");
    }
    return this;
  }

  public Document withText(RepairedText repaired) {
    return new Document(repaired, documentDate, sentences, mentions, entities, facts, plus(Layer.REPAIR));
  }

  public Document withSentences(List<Sentence> newSentences) {
    return new Document(text, documentDate, newSentences, mentions, entities, facts, plus(Layer.TOKENS));
  }

  /** The same sentences with their dependency trees. */
  public Document withSyntax(List<Sentence> parsedSentences) {
    return new Document(text, documentDate, parsedSentences, mentions, entities, facts, plus(Layer.SYNTAX));
  }

  public Document withMentions(List<Mention> newMentions) {
    return new Document(text, documentDate, sentences, newMentions, entities, facts, plus(Layer.MENTIONS));
  }

  public Document withEntities(List<Entity> newEntities) {
    return new Document(text, documentDate, sentences, mentions, newEntities, facts, plus(Layer.ENTITIES));
  }

  public Document withFacts(List<Fact> newFacts) {
    return new Document(text, documentDate, sentences, mentions, entities, newFacts, plus(Layer.FACTS));
  }

  private Set<Layer> plus(Layer layer) {
    EnumSet<Layer> all = EnumSet.of(layer);
    all.addAll(layers);
    return all;
  }
}
