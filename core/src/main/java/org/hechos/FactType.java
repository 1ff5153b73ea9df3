package org.hechos;

/** The kinds of facts hechos extracts; each has one record implementing {@link Fact}. */
public enum FactType {
  MEETING, VISIT, PROPOSAL, STATEMENT, AGREEMENT, REQUEST, ATTENDANCE, INVITATION, THANKS, ROLE,
  CHAIR, PARTICIPATION, MEASURE;

  /**
   * True for the facts that are nothing without their content: a statement says something, a
   * request asks for something, attending or taking part is in an event ("participaron también X"
   * beside a meeting attends nothing).
   */
  public boolean needsContent() {
    return this == STATEMENT || this == REQUEST || this == ATTENDANCE || this == PARTICIPATION;
  }
}
