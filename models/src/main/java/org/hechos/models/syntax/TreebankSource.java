package org.hechos.models.syntax;

/**
 * Where a training tree comes from. Features conjoined with it (Daumé 2007, "frustratingly easy
 * domain adaptation") let each source keep conventions of its own, such as the teacher's "obj" for
 * reflexive "se" where AnCora has "expl:pv", while all share the rest; parsing always asks for
 * AnCora's.
 */
enum TreebankSource {
  ANCORA,
  OTHER_GOLD,
  TEACHER
}
