package org.hechos.relations;

/** Where a rule looks for the content clause; see {@code triggers.tsv} for each. */
enum ContentFinder {
  QUE, INF, NP, A, EN, POR, DE, EVENT, BEFORE, PURPOSE, CLAUSE
}
