package org.hechos.models;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CoreNLP's Spanish CRF named-entity model ({@code spanish.ancora.distsim.s512}, trained on
 * AnCora; labels PERS, ORG, LUG, OTROS mapped to PERSON, ORGANIZATION, LOCATION, MISC).
 *
 * <p>Labels come from {@link CrfTagger}, which reproduces {@code CRFClassifier.classifySentence}
 * (its features and its best label sequence) several times faster, for this model and any CRF
 * trained with the same feature flags; other CRFs keep {@code classifySentence}.
 *
 * <p>Thread-safe: classification reads the loaded weights only (plus a concurrent cache of word
 * features); CoreNLP itself shares one classifier across its annotator threads.
 */
public final class SpanishNerModel {

  private static final String MODEL = "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz";

  /**
   * Longer words reach the CRF cut to this many chars and are labelled {@code O}. The CRF's
   * character n-gram features grow quadratically with word length: a 10,000-char word takes
   * seconds, a 50,000-char one exhausts a 3 GB heap. No name is a 100-char word.
   */
  public static final int MAX_WORD_CHARS = 100;

  private final CRFClassifier<CoreLabel> classifier;
  private final Optional<CrfTagger> tagger;
  private final Optional<String> noTaggerReason;

  private SpanishNerModel(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
    this.noTaggerReason = CrfSupport.unsupported(classifier);
    this.tagger = noTaggerReason.isEmpty()
        ? Optional.of(CrfTagger.of(classifier)) : Optional.empty();
  }

  /** Loads the model from the CoreNLP Spanish models jar on the classpath. */
  public static SpanishNerModel load() {
    try {
      return new SpanishNerModel(CRFClassifier.getClassifier(MODEL));
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot load " + MODEL + ": add edu.stanford.nlp:stanford-corenlp:models-spanish", e);
    }
  }

  /**
   * Loads another serialized CoreNLP CRF (for instance one trained on CoNLL-2002, see {@code
   * models/conll2002/README.md}); its labels are mapped as this model's are.
   */
  public static SpanishNerModel load(java.nio.file.Path serialized) {
    try {
      return new SpanishNerModel(CRFClassifier.getClassifier(serialized.toFile()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the CRF " + serialized, e);
    }
  }

  /**
   * Labels each word with PERSON, ORGANIZATION, LOCATION, MISC or {@code O}, as {@link
   * #labelWithCoreNlp} does. Words longer than {@link #MAX_WORD_CHARS} are labelled {@code O}.
   */
  public List<String> label(List<String> words) {
    Objects.requireNonNull(words, "words");
    if (tagger.isEmpty()) {
      return labelWithCoreNlp(words);
    }
    if (words.isEmpty()) {
      return List.of();
    }
    int[] classes = tagger.get().bestClasses(shown(words));
    List<String> labels = new ArrayList<>(classes.length);
    for (int i = 0; i < classes.length; i++) {
      boolean tooLong = words.get(i).length() > MAX_WORD_CHARS;
      labels.add(tooLong ? "O" : map(classifier.classIndex.get(classes[i])));
    }
    return labels;
  }

  /**
   * Labels as {@link #label} with CoreNLP's own {@code classifySentence}, which runs the CRF's
   * preprocessing (plain {@code classify} skips it and loses most entities) and its
   * forward-backward inference. Kept to compare the fast path with.
   */
  public List<String> labelWithCoreNlp(List<String> words) {
    Objects.requireNonNull(words, "words");
    if (words.isEmpty()) {
      return List.of();
    }
    List<CoreLabel> sentence = new ArrayList<>(words.size());
    for (String shown : shown(words)) {
      CoreLabel label = new CoreLabel();
      label.setWord(shown);
      label.setValue(shown);
      label.setOriginalText(shown);
      sentence.add(label);
    }
    List<CoreLabel> labeled = classifier.classifySentence(sentence);
    List<String> labels = new ArrayList<>(labeled.size());
    for (int i = 0; i < labeled.size(); i++) {
      boolean tooLong = words.get(i).length() > MAX_WORD_CHARS;
      labels.add(tooLong ? "O" : map(labeled.get(i).get(CoreAnnotations.AnswerAnnotation.class)));
    }
    return labels;
  }

  /** Why {@link #label} uses CoreNLP's own inference for this CRF, or empty if it does not. */
  public Optional<String> fastInferenceUnavailable() {
    return noTaggerReason;
  }

  /** The fast tagger, for tests that compare its features with CoreNLP's. */
  Optional<CrfTagger> tagger() {
    return tagger;
  }

  CRFClassifier<CoreLabel> classifier() {
    return classifier;
  }

  private static List<String> shown(List<String> words) {
    List<String> shown = new ArrayList<>(words.size());
    for (String word : words) {
      shown.add(word.length() > MAX_WORD_CHARS ? word.substring(0, MAX_WORD_CHARS) : word);
    }
    return shown;
  }

  private static String map(String answer) {
    if (answer == null) {
      return "O";
    }
    return switch (answer) {
      case "PERS", "PERSON" -> "PERSON";
      case "ORG", "ORGANIZATION" -> "ORGANIZATION";
      case "LUG", "LOC", "LOCATION" -> "LOCATION";
      case "OTROS", "MISC" -> "MISC";
      default -> "O";
    };
  }
}
