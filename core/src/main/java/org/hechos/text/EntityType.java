package org.hechos.text;

/** The types of entities and values hechos recognizes. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC,
  DATE,
  MONEY,
  PERCENT,
  NUMBER;

  /** True for values (dates, amounts), false for named entities. */
  public boolean isValue() {
    return ordinal() >= DATE.ordinal();
  }
}
