package org.hechos.relations;

/** Where a rule looks for an agent or target; see {@code triggers.tsv} for each. */
enum ArgumentFinder {
  SUBJECT, MAIN, BY, OF, A, CON, EN, POR, ENTRE, MARKED, OBJECT, COUNTERPART, LIST
}
