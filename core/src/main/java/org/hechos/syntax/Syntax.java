package org.hechos.syntax;

import org.hechos.Stage;
import org.hechos.models.syntax.DependencyParser;

/** The syntax stage: universal parts of speech and a dependency tree for every sentence. */
public final class Syntax {

  private Syntax() {}

  /** The stage that parses every sentence with {@code parser}. */
  public static Stage of(DependencyParser parser) {
    return new SyntaxStage(parser);
  }
}
