package org.hechos;

/** How the text asserts a fact. */
public enum Modality {
  /** Stated as happened or happening. */
  ASSERTED,
  /** Stated as not happening: "no aceptó". */
  NEGATED,
  /** Announced for later: "va a visitar", "visitará". */
  FUTURE,
  /** Possible only: "podría visitar". */
  HYPOTHETICAL
}
