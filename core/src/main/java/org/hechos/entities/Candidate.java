package org.hechos.entities;

import java.util.Optional;
import org.hechos.text.EntityType;

/**
 * A mention being decided: tokens {@code [begin, end)} of one sentence, a type and where the
 * decision came from. Immutable; the recognizers replace candidates rather than edit them.
 */
record Candidate(int begin, int end, EntityType type, Source source, Optional<String> subtype,
    Optional<String> normalized) {

  /** Who proposed the candidate; later sources are more specific and win over earlier ones. */
  enum Source {
    CRF, LEXICON, CONSISTENCY, SHAPE, HEAD, GAZETTEER, ACRONYM, VALUE
  }

  Candidate {
    if (end <= begin) {
      throw new IllegalArgumentException("empty candidate " + begin + ".." + end);
    }
  }

  static Candidate of(int begin, int end, EntityType type, Source source) {
    return new Candidate(begin, end, type, source, Optional.empty(), Optional.empty());
  }

  Candidate withType(EntityType newType, Source newSource) {
    return new Candidate(begin, end, newType, newSource, subtype, normalized);
  }

  Candidate withSpan(int newBegin, int newEnd) {
    return new Candidate(newBegin, newEnd, type, source, subtype, normalized);
  }

  boolean overlaps(Candidate o) {
    return begin < o.end && o.begin < end;
  }

  boolean contains(Candidate o) {
    return begin <= o.begin && o.end <= end;
  }

  int length() {
    return end - begin;
  }
}
