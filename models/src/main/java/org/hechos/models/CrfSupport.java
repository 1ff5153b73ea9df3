package org.hechos.models;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which CoreNLP CRFs {@link CrfTagger} reproduces exactly: those trained with the feature flags of
 * CoreNLP's Spanish model ({@code spanish.ancora.distsim.s512.prop}), with or without its distsim
 * clusters and {@code useTitle}, and any n-gram length limit (as {@code
 * models/conll2002/conll2002.es.prop}). Any other CRF keeps CoreNLP's own inference.
 */
final class CrfSupport {

  /** Flags whose features {@link CrfFeatures} computes; all must be set. */
  private static final Set<String> REQUIRED = Set.of("useNGrams", "noMidNGrams", "usePrev",
      "useNext", "useSequences", "usePrevSequences", "useTypeSeqs", "useTypeSeqs2",
      "useDisjunctive", "useWord", "useClassFeature", "useLastRealWord", "useNextRealWord",
      "useOccurrencePatterns", "useTypeySequences", "useInternal", "useExternal");

  /** Flags whose features {@link CrfFeatures} computes when they are set. */
  private static final Set<String> OPTIONAL = Set.of("useDistSim", "useTitle");

  /**
   * Flags that are set in the Spanish model (mostly by default) but change nothing at test time
   * for a first-order CRF: training options, other classifiers' options, and higher-order
   * ({@code useLongSequences}) features that need a window of three or more.
   */
  private static final Set<String> IRRELEVANT = Set.of("useLongSequences", "useViterbi", "useQN",
      "splitDocuments", "useObservedSequencesOnly", "saveFeatureIndexToDisk", "initViterbi",
      "keepOBInMemory", "restrictLabels", "useOutputLayer", "useHiddenLayer",
      "useMemoryEvaluator", "biAlignmentPriorIsPMI", "useDenero", "includeC2EViterbi",
      "initWithPosterior", "applyNERPenalty", "averagePerceptron", "useCWSFeatures",
      "separateASCIIandRange", "learnCHBasedOnEN", "useKnownLCWords", "normalize");

  private CrfSupport() {}

  /** Why {@link CrfTagger} cannot reproduce this CRF, or empty if it can. */
  static Optional<String> unsupported(CRFClassifier<?> crf) {
    SeqClassifierFlags flags = crf.flags;
    Set<String> set = new TreeSet<>();
    for (Field field : SeqClassifierFlags.class.getFields()) {
      if (field.getType() == boolean.class && !Modifier.isStatic(field.getModifiers())) {
        try {
          if (field.getBoolean(flags)) {
            set.add(field.getName());
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read public flag " + field.getName(), e);
        }
      }
    }
    Set<String> missing = new TreeSet<>(REQUIRED);
    missing.removeAll(set);
    if (!missing.isEmpty()) {
      return Optional.of("flags not set: " + missing);
    }
    set.removeAll(REQUIRED);
    set.removeAll(OPTIONAL);
    set.removeAll(IRRELEVANT);
    if (!set.isEmpty()) {
      return Optional.of("flags set that the fast path does not implement: " + set);
    }
    if (flags.wordShape <= 0) {
      return Optional.of("no word shape (wordShape " + flags.wordShape + ")");
    }
    if (flags.slashHyphenTreatment != SeqClassifierFlags.SlashHyphenEnum.NONE
        || flags.wordFunction != null || flags.splitWordRegex != null
        || flags.binnedLengths != null || !"MaxEnt".equalsIgnoreCase(flags.crfType)
        || !(flags.inferenceType == null || "Viterbi".equalsIgnoreCase(flags.inferenceType))) {
      return Optional.of("unsupported word function, slash/hyphen treatment, split regex, binned"
          + " lengths, CRF type or inference type");
    }
    if (crf.featureFactories.size() != 1
        || crf.featureFactories.get(0).getClass() != NERFeatureFactory.class) {
      return Optional.of("feature factories other than one NERFeatureFactory: "
          + crf.featureFactories);
    }
    if (crf.windowSize != 2) {
      return Optional.of("not first-order: window size " + crf.windowSize);
    }
    if (flags.maxAdditionalKnownLCWords != 0) {
      // ObjectBankWrapper would then learn lowercase words from the text it classifies, so
      // shapes (and labels) would depend on earlier calls.
      return Optional.of("maxAdditionalKnownLCWords " + flags.maxAdditionalKnownLCWords);
    }
    return Optional.empty();
  }
}
