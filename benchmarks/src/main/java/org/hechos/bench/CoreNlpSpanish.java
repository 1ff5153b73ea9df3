package org.hechos.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Builds the CoreNLP Spanish baseline pipeline. */
final class CoreNlpSpanish {

  static final String PROPERTIES = "StanfordCoreNLP-spanish.properties";
  static final String ANNOTATORS = "tokenize,ssplit,mwt,pos,lemma,ner";
  /** The baseline with CoreNLP's dependency parser added, as a pipeline that reads trees needs it. */
  static final String WITH_DEPPARSE = ANNOTATORS + ",depparse";

  private CoreNlpSpanish() {}

  /**
   * {@code full}: the Spanish defaults minus SUTime; {@code depparse}: the same with {@code depparse};
   * {@code lean}: also no fine-grained NER etc.
   */
  static StanfordCoreNLP pipeline(String config) {
    return new StanfordCoreNLP(properties(config));
  }

  static Properties properties(String config) {
    Properties props = new Properties();
    try (InputStream in = CoreNlpSpanish.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(PROPERTIES + " not on the classpath: add stanford-corenlp:models-spanish");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    props.setProperty("annotators", annotators(config));
    // The Spanish properties turn SUTime on; it needs the English models jar and fails at start.
    props.setProperty("ner.useSUTime", "false");
    switch (config) {
      case "full", "depparse" -> { }
      case "lean" -> {
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
      }
      default -> throw new IllegalArgumentException("unknown CoreNLP config '" + config + "' (known: full, depparse, lean)");
    }
    return props;
  }

  /** The annotators of {@code config}. */
  static String annotators(String config) {
    return config.equals("depparse") ? WITH_DEPPARSE : ANNOTATORS;
  }
}
