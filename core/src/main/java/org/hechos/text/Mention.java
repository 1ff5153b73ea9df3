package org.hechos.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A mention of an entity or value in one sentence: tokens {@code [tokenBegin, tokenEnd)} of sentence
 * {@code sentence}. {@code text} is what the clean text reads; {@code span} is in the original.
 *
 * @param subtype a finer class where known ({@code COUNTRY}, {@code CITY}), else empty
 * @param normalized the normalized value of a DATE, MONEY, PERCENT or NUMBER, else empty
 */
public record Mention(
    String text,
    EntityType type,
    Kind kind,
    Span span,
    int sentence,
    int tokenBegin,
    int tokenEnd,
    Optional<String> subtype,
    Optional<String> normalized) {

  /** How the mention names its entity. */
  public enum Kind {
    /** A proper name or a value: "Bui Thanh Son", "el 14 de julio". */
    NAME,
    /** A description: "el ministro ruso", "su homólogo". */
    NOMINAL,
    /** Several entities at once: "ambas partes", "los dos países". */
    GROUP,
    /** The omitted subject of a verb ("Sugirió ..."): its span is the verb's. */
    ZERO
  }

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(normalized, "normalized");
    if (tokenEnd <= tokenBegin) {
      throw new IllegalArgumentException("empty mention " + tokenBegin + ".." + tokenEnd);
    }
  }

  public static Mention name(String text, EntityType type, Span span, int sentence, int tokenBegin, int tokenEnd) {
    return new Mention(text, type, Kind.NAME, span, sentence, tokenBegin, tokenEnd, Optional.empty(), Optional.empty());
  }

  public Mention withType(EntityType newType) {
    return new Mention(text, newType, kind, span, sentence, tokenBegin, tokenEnd, subtype, normalized);
  }

  public Mention withSubtype(String newSubtype) {
    return new Mention(text, type, kind, span, sentence, tokenBegin, tokenEnd, Optional.of(newSubtype), normalized);
  }

  public Mention withKind(Kind newKind) {
    return new Mention(text, type, newKind, span, sentence, tokenBegin, tokenEnd, subtype, normalized);
  }

  public Mention withNormalized(String value) {
    return new Mention(text, type, kind, span, sentence, tokenBegin, tokenEnd, subtype, Optional.of(value));
  }

  /** True if token {@code token} of sentence {@code sentenceIndex} lies inside this mention. */
  public boolean covers(int sentenceIndex, int token) {
    return sentence == sentenceIndex && tokenBegin <= token && token < tokenEnd;
  }
}
