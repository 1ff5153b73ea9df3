package org.hechos;

/** The kinds of facts hechos extracts; each has one record implementing {@link Fact}. */
public enum FactType {
  MEETING, VISIT, PROPOSAL, STATEMENT, AGREEMENT, REQUEST, ATTENDANCE, INVITATION, THANKS, ROLE,
  CHAIR, PARTICIPATION, MEASURE
}
