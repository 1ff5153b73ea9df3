package org.hechos.models;

import java.util.Objects;

/**
 * One reading of a Spanish word form: its lemma and its EAGLES tag (as in AnCora and
 * spanish-pos-dict, e.g. {@code VMIS3S0} for "propuso", {@code NCFS000} for "visita").
 */
public record Analysis(String lemma, String tag) {

  public Analysis {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(tag, "tag");
  }

  public boolean isVerb() {
    return tag.startsWith("V");
  }

  /** A finite verb form: indicative, subjunctive or imperative, not infinitive/gerund/participle. */
  public boolean isFiniteVerb() {
    return isVerb() && tag.length() > 2 && "ISM".indexOf(tag.charAt(2)) >= 0;
  }

  public boolean isInfinitive() {
    return isVerb() && tag.length() > 2 && tag.charAt(2) == 'N';
  }

  public boolean isParticiple() {
    return isVerb() && tag.length() > 2 && tag.charAt(2) == 'P';
  }

  /** Third person plural finite form ("acordaron", "reafirman"). */
  public boolean isThirdPersonPlural() {
    return isFiniteVerb() && tag.length() > 5 && tag.charAt(4) == '3' && tag.charAt(5) == 'P';
  }

  public boolean isCommonNoun() {
    return tag.startsWith("NC");
  }

  public boolean isProperNoun() {
    return tag.startsWith("NP");
  }

  public boolean isAdjective() {
    return tag.startsWith("A");
  }

  public boolean isDeterminer() {
    return tag.startsWith("D");
  }

  public boolean isPreposition() {
    return tag.startsWith("SP");
  }

  public boolean isConjunction() {
    return tag.startsWith("C");
  }

  public boolean isAdverb() {
    return tag.startsWith("R");
  }

  public boolean isPronoun() {
    return tag.startsWith("P");
  }
}
