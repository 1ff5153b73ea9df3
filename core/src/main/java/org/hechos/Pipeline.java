package org.hechos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Objects;
import org.hechos.coref.Coreference;
import org.hechos.coref.TitleLexicon;
import org.hechos.coref.TitlePhrases;
import org.hechos.entities.Entities;
import org.hechos.models.Gazetteers;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.SpanishNerModel;
import org.hechos.models.syntax.DependencyParser;
import org.hechos.relations.Relations;
import org.hechos.repair.Repair;
import org.hechos.syntax.Syntax;
import org.hechos.tokens.Tokens;

/**
 * Reads Spanish news text and returns typed facts.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.spanish();          // loads models and rules once (about 2 s)
 * Extraction x = pipeline.extract(text);
 * for (Fact f : x.facts()) { if (f instanceof Visit v) { ... } }
 * }</pre>
 *
 * <p>Thread-safe: all models and rule files are loaded when the pipeline is built; after that the
 * pipeline and its stages are immutable, so one instance can serve any number of threads.
 *
 * <p>Bounded: {@link Limits} caps the input length (default 1,000,000 chars; longer input is
 * rejected with an {@link IllegalArgumentException} naming the limit, never truncated) and the
 * sentence length (default 500 tokens; longer sentences are cut into chunks that later stages read
 * as sentences). Use {@link #spanish(Limits)} to change them.
 *
 * <p>Any other input, including binary junk, markup, control characters, unpaired surrogates and
 * text in other languages, gives an {@link Extraction} (often empty) whose spans all lie inside the
 * input.
 */
public final class Pipeline {

  private final List<Stage> stages;
  private final Limits limits;

  private Pipeline(List<Stage> stages, Limits limits) {
    this.stages = List.copyOf(stages);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The Spanish pipeline with the {@link Limits#DEFAULT default limits}. */
  public static Pipeline spanish() {
    return spanish(Limits.DEFAULT);
  }

  /**
   * The Spanish pipeline: repair, tokens, syntax ({@link SyntaxParser#FAST}), entities,
   * coreference, relations, within {@code limits}.
   */
  public static Pipeline spanish(Limits limits) {
    return spanish(limits, SyntaxParser.FAST);
  }

  /** The Spanish pipeline within {@code limits}, reading arguments off the trees {@code parser} gives. */
  public static Pipeline spanish(Limits limits, SyntaxParser parser) {
    return spanish(limits, parser, ParsedSentences.TRIGGERS);
  }

  /**
   * The Spanish pipeline within {@code limits}, with {@code parser} parsing the sentences {@code
   * parsed} names. Facts are the same either way: relation extraction reads only the trees of
   * trigger sentences.
   */
  public static Pipeline spanish(Limits limits, SyntaxParser parser, ParsedSentences parsed) {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(parsed, "parsed");
    SpanishLexicon lexicon = SpanishLexicon.load();
    TitleLexicon titles = TitleLexicon.load();
    Gazetteers gazetteers = Gazetteers.load();
    Function<String, Optional<String>> demonyms = gazetteers.demonyms()::countryOf;
    List<Stage> stages = new ArrayList<>();
    stages.add(Repair.spanish(lexicon, gazetteers));
    stages.add(Tokens.spanish(lexicon, limits.maxSentenceTokens()));
    Relations relations = Relations.spanish();
    DependencyParser syntaxParser = parser.load(lexicon);
    stages.add(parsed == ParsedSentences.ALL ? Syntax.of(syntaxParser)
        : Syntax.of(syntaxParser, relations.triggerSentences()));
    stages.add(Entities.spanish(SpanishNerModel.load(), gazetteers));
    stages.add(Entities.dateAnchoring());
    stages.addAll(Coreference.spanish(titles, demonyms,
        acronym -> gazetteers.lookup(acronym).flatMap(Gazetteers.Entry::longForm)));
    stages.add(relations.stage(new TitlePhrases(titles, demonyms)));
    return of(stages, limits);
  }

  /**
   * A pipeline of the given stages, run in order, with the default input limit (the sentence
   * limit is the tokenizer stage's business).
   */
  public static Pipeline of(List<Stage> stages) {
    return of(stages, Limits.DEFAULT);
  }

  /** A pipeline of the given stages whose input is checked against {@code limits}. */
  public static Pipeline of(List<Stage> stages, Limits limits) {
    return new Pipeline(stages, limits);
  }

  public List<Stage> stages() {
    return stages;
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Extracts facts from {@code text}. Blank text gives an empty extraction.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than {@link Limits#maxInputChars()}
   * @throws PipelineException if a stage fails; the message names the stage
   */
  public Extraction extract(String text) {
    Objects.requireNonNull(text, "text");
    return Extraction.of(run(Document.of(text)));
  }

  /**
   * Extracts facts from {@code text} published on {@code documentDate}: dates without a year or
   * month ("el 28 del presente mes") are normalized in that date's month and year.
   */
  public Extraction extract(String text, java.time.LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    return Extraction.of(run(Document.of(text, documentDate)));
  }

  /**
   * Runs the stages over {@code doc} and returns the final document state.
   *
   * @throws IllegalArgumentException if the original text is longer than {@link
   *     Limits#maxInputChars()}
   */
  public Document run(Document doc) {
    Document current = Objects.requireNonNull(doc, "doc");
    int length = current.original().length();
    if (length > limits.maxInputChars()) {
      throw new IllegalArgumentException("text has " + length + " chars, more than maxInputChars "
          + limits.maxInputChars() + " (see Limits)");
    }
    if (current.original().isBlank()) {
      return current;
    }
    for (Stage stage : stages) {
      try {
        current = stage.apply(current);
      } catch (RuntimeException e) {
        throw new PipelineException(stage.name(), e);
      }
    }
    return current;
  }
}
