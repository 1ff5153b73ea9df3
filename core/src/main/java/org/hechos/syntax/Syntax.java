package org.hechos.syntax;

import java.util.function.Predicate;
import org.hechos.Stage;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.text.Sentence;

/** The syntax stage: universal parts of speech and a dependency tree for the sentences that need one. */
public final class Syntax {

  private Syntax() {}

  /** The stage that parses every sentence with {@code parser}. */
  public static Stage of(DependencyParser parser) {
    return of(parser, sentence -> true);
  }

  /**
   * The stage that parses, with {@code parser}, only the sentences that {@code needsTree} accepts
   * (parsing is most of the pipeline's cost); the others keep {@link
   * org.hechos.text.DependencyTree#NONE}.
   */
  public static Stage of(DependencyParser parser, Predicate<Sentence> needsTree) {
    return new SyntaxStage(parser, needsTree);
  }
}
