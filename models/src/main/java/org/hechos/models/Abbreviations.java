package org.hechos.models;

import com.google.common.collect.ImmutableSet;

/** The abbreviations of {@code abbreviations.tsv}: words whose period does not end a sentence. */
public final class Abbreviations {

  /** The shipped resource under {@code /hechos/es/}. */
  public static final String RESOURCE = "abbreviations.tsv";

  private Abbreviations() {}

  /** The shipped abbreviations, lowercase and without their final period ("sr", "ee.uu"). */
  public static ImmutableSet<String> load() {
    return TsvResource.load(RESOURCE, 1, 1).stream().map(row -> row.get(0))
        .collect(ImmutableSet.toImmutableSet());
  }
}
