package org.hechos.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.models.Gazetteers;
import org.hechos.models.SpanishLexicon;
import org.hechos.models.SpanishNerModel;
import org.junit.jupiter.api.Test;

/**
 * CoNLL-2002 Spanish {@code esp.testb}: CoreNLP's CRF alone against hechos's recognizer, on the
 * gold tokens, scored phrase by phrase (exact span and type) as conlleval does. Skipped when the
 * data is absent ({@code -Dhechos.data=DIR} with {@code DIR/conll2002/esp.testb}). Writes the
 * disagreements of hechos (CoNLL convention) to {@code target/conll-testb-errors.txt}.
 *
 * <p>{@code esp.testb} is the test set: rules are never written from its strings. Development
 * reads {@code esp.testa}, scored the same way by {@link #hechosBeatsCoreNlpOnDevelopmentSet()}, whose
 * disagreements go to {@code target/conll-testa-errors.txt} ({@code -Dhechos.conll.dev=esp.train}
 * reads the training set instead, which rules may also learn from).
 *
 * <p>If a CRF trained on {@code esp.train} is present ({@code models/conll2002/}, see its
 * README), it is scored too, alone and under hechos's rules; the assertions do not depend on it.
 */
class ConllEvaluationTest {

  /**
   * Just under what hechos measured with CoreNLP's model (79.8): a drop below this is a
   * regression. It was 81.0 while rules were tuned on this test set; since they are developed on
   * esp.testa, where the old rules scored below the CRF alone, the honest figure is lower.
   */
  private static final double HECHOS_FLOOR = 79.5;

  private static final Path TRAINED = Path.of("..", "models", "conll2002", "conll2002.es.crf.ser.gz");

  @Test
  void hechosBeatsCoreNlpOnEspTestb() throws IOException {
    String data = System.getProperty("hechos.data", "../../shared/data");
    Path file = Path.of(data, "conll2002", "esp.testb");
    assumeTrue(Files.isReadable(file), "no CoNLL-2002 data at " + file);

    SpanishNerModel model = SpanishNerModel.load();
    SpanishLexicon lexicon = SpanishLexicon.load();
    Gazetteers gazetteers = Gazetteers.load();
    List<List<Conll2002.GoldSentence>> stories = Conll2002.stories(Conll2002.read(file));

    long start = System.nanoTime();
    Conll2002.Score crf = scoreModel(stories, model);
    List<String> errors = new ArrayList<>();
    Conll2002.Score conll = score(stories, lexicon, Entities.spanish(model, gazetteers, Convention.CONLL2002), errors);
    Conll2002.Score news = score(stories, lexicon, Entities.spanish(model, gazetteers), new ArrayList<>());
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.println(crf.table("CoNLL-2002 esp.testb, (a) CoreNLP Spanish CRF alone"));
    System.out.println(conll.table("CoNLL-2002 esp.testb, (b) hechos, Convention.CONLL2002"));
    System.out.println(news.table("CoNLL-2002 esp.testb, (b') hechos, default Convention.NEWS"));
    System.out.printf("three runs over %d stories in %.1f s%n%n", stories.size(), seconds);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "conll-testb-errors.txt"), errors, StandardCharsets.UTF_8);

    if (Files.isReadable(TRAINED)) {
      SpanishNerModel trained = SpanishNerModel.load(TRAINED);
      System.out.println(scoreModel(stories, trained).table("CoNLL-2002 esp.testb, (c) CRF trained on esp.train alone"));
      System.out.println(score(stories, lexicon, Entities.spanish(trained, gazetteers, Convention.CONLL2002),
          new ArrayList<>()).table("CoNLL-2002 esp.testb, (d) hechos over the esp.train CRF, Convention.CONLL2002"));
    }

    assertThat(conll.f1(null)).isGreaterThanOrEqualTo(HECHOS_FLOOR).isGreaterThan(crf.f1(null));
    assertThat(news.f1(null)).isGreaterThan(crf.f1(null));
  }

  /** The development set: the same runs on {@code esp.testa}, its errors written to read. */
  @Test
  void hechosBeatsCoreNlpOnDevelopmentSet() throws IOException {
    String data = System.getProperty("hechos.data", "../../shared/data");
    String name = System.getProperty("hechos.conll.dev", "esp.testa");
    Path file = Path.of(data, "conll2002", name);
    assumeTrue(Files.isReadable(file), "no CoNLL-2002 data at " + file);

    SpanishNerModel model = SpanishNerModel.load();
    SpanishLexicon lexicon = SpanishLexicon.load();
    Gazetteers gazetteers = Gazetteers.load();
    List<List<Conll2002.GoldSentence>> stories = Conll2002.stories(Conll2002.read(file));

    Conll2002.Score crf = scoreModel(stories, model);
    List<String> errors = new ArrayList<>();
    Conll2002.Score conll = score(stories, lexicon, Entities.spanish(model, gazetteers, Convention.CONLL2002), errors);
    Conll2002.Score news = score(stories, lexicon, Entities.spanish(model, gazetteers), new ArrayList<>());
    System.out.println(crf.table("CoNLL-2002 " + name + " (development), (a) CoreNLP Spanish CRF alone"));
    System.out.println(conll.table("CoNLL-2002 " + name + " (development), (b) hechos, Convention.CONLL2002"));
    System.out.println(news.table("CoNLL-2002 " + name + " (development), (b') hechos, default Convention.NEWS"));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "conll-" + name.replace("esp.", "") + "-errors.txt"), errors, StandardCharsets.UTF_8);

    assertThat(conll.f1(null)).isGreaterThan(crf.f1(null));
    assertThat(news.f1(null)).isGreaterThan(crf.f1(null));
  }

  private static Conll2002.Score scoreModel(List<List<Conll2002.GoldSentence>> stories, SpanishNerModel model) {
    Conll2002.Score score = new Conll2002.Score();
    int offset = 0;
    for (List<Conll2002.GoldSentence> story : stories) {
      List<Conll2002.Phrase> gold = new ArrayList<>();
      List<Conll2002.Phrase> predicted = new ArrayList<>();
      for (int i = 0; i < story.size(); i++) {
        gold.addAll(Conll2002.phrasesFromIob(offset + i, story.get(i).tags()));
        predicted.addAll(Conll2002.phrasesFromLabels(offset + i, model.label(story.get(i).words())));
      }
      score.add(gold, predicted);
      offset += story.size();
    }
    return score;
  }

  private static Conll2002.Score score(List<List<Conll2002.GoldSentence>> stories, SpanishLexicon lexicon,
      Stage stage, List<String> errors) {
    Conll2002.Score score = new Conll2002.Score();
    int offset = 0;
    for (List<Conll2002.GoldSentence> story : stories) {
      Document doc = stage.apply(Conll2002.document(story, lexicon));
      List<Conll2002.Phrase> predicted = Conll2002.phrasesFromMentions(offset, doc.mentions());
      List<Conll2002.Phrase> gold = new ArrayList<>();
      for (int i = 0; i < story.size(); i++) {
        gold.addAll(Conll2002.phrasesFromIob(offset + i, story.get(i).tags()));
      }
      score.add(gold, predicted);
      describeErrors(story, offset, gold, predicted, errors);
      offset += story.size();
    }
    return score;
  }

  private static void describeErrors(List<Conll2002.GoldSentence> story, int offset,
      List<Conll2002.Phrase> gold, List<Conll2002.Phrase> predicted, List<String> out) {
    Set<Conll2002.Phrase> g = new HashSet<>(gold);
    Set<Conll2002.Phrase> p = new HashSet<>(predicted);
    for (Conll2002.Phrase x : predicted) {
      if (!g.contains(x)) {
        out.add("FP\t" + x.type() + "\t" + words(story, offset, x) + "\t|" + context(story, offset, x) + "\t" + where(x));
      }
    }
    for (Conll2002.Phrase x : gold) {
      if (!p.contains(x)) {
        out.add("FN\t" + x.type() + "\t" + words(story, offset, x) + "\t|" + context(story, offset, x) + "\t" + where(x));
      }
    }
  }

  /** Sentence index in the file and token range, to find the error in the data. */
  private static String where(Conll2002.Phrase x) {
    return x.sentence() + ":" + x.begin() + "-" + x.end();
  }

  private static String words(List<Conll2002.GoldSentence> story, int offset, Conll2002.Phrase x) {
    return String.join(" ", story.get(x.sentence() - offset).words().subList(x.begin(), x.end()));
  }

  private static String context(List<Conll2002.GoldSentence> story, int offset, Conll2002.Phrase x) {
    List<String> w = story.get(x.sentence() - offset).words();
    return String.join(" ", w.subList(Math.max(0, x.begin() - 4), Math.min(w.size(), x.end() + 4)));
  }
}
