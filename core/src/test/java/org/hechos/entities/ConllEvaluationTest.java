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
 * disagreements to {@code target/conll-testb-errors.txt}.
 */
class ConllEvaluationTest {

  /** Just under what hechos measured: a drop below this is a regression. */
  private static final double HECHOS_FLOOR = 80.5;

  @Test
  void hechosBeatsCoreNlpOnEspTestb() throws IOException {
    String data = System.getProperty("hechos.data", "../../shared/data");
    Path file = Path.of(data, "conll2002", "esp.testb");
    assumeTrue(Files.isReadable(file), "no CoNLL-2002 data at " + file);

    SpanishNerModel model = SpanishNerModel.load();
    SpanishLexicon lexicon = SpanishLexicon.load();
    Gazetteers gazetteers = Gazetteers.load();
    Stage hechos = Entities.spanish(model, gazetteers, Convention.CONLL2002);
    Stage news = Entities.spanish(model, gazetteers);
    Conll2002.Score newsScore = new Conll2002.Score();
    List<Conll2002.GoldSentence> all = Conll2002.read(file);

    long start = System.nanoTime();
    Conll2002.Score crf = new Conll2002.Score();
    Conll2002.Score ours = new Conll2002.Score();
    List<String> errors = new ArrayList<>();
    int offset = 0;
    for (List<Conll2002.GoldSentence> story : Conll2002.stories(all)) {
      Document doc = hechos.apply(Conll2002.document(story, lexicon));
      List<Conll2002.Phrase> predicted = Conll2002.phrasesFromMentions(offset, doc.mentions());
      List<Conll2002.Phrase> gold = new ArrayList<>();
      List<Conll2002.Phrase> crfPhrases = new ArrayList<>();
      for (int i = 0; i < story.size(); i++) {
        Conll2002.GoldSentence s = story.get(i);
        gold.addAll(Conll2002.phrasesFromIob(offset + i, s.tags()));
        crfPhrases.addAll(Conll2002.phrasesFromLabels(offset + i, model.label(s.words())));
      }
      crf.add(gold, crfPhrases);
      ours.add(gold, predicted);
      newsScore.add(gold, Conll2002.phrasesFromMentions(offset, news.apply(Conll2002.document(story, lexicon)).mentions()));
      describeErrors(story, offset, gold, predicted, errors);
      offset += story.size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.println(crf.table("CoNLL-2002 esp.testb, CoreNLP Spanish CRF alone"));
    System.out.println(ours.table("CoNLL-2002 esp.testb, hechos (Convention.CONLL2002)"));
    System.out.println(newsScore.table("CoNLL-2002 esp.testb, hechos (default Convention.NEWS)"));
    System.out.printf("three runs over %d sentences in %.1f s%n", all.size(), seconds);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "conll-testb-errors.txt"), errors, StandardCharsets.UTF_8);

    assertThat(ours.f1(null)).isGreaterThanOrEqualTo(HECHOS_FLOOR).isGreaterThan(crf.f1(null));
  }

  private static void describeErrors(List<Conll2002.GoldSentence> story, int offset,
      List<Conll2002.Phrase> gold, List<Conll2002.Phrase> predicted, List<String> out) {
    Set<Conll2002.Phrase> g = new HashSet<>(gold);
    Set<Conll2002.Phrase> p = new HashSet<>(predicted);
    for (Conll2002.Phrase x : predicted) {
      if (!g.contains(x)) {
        out.add("FP\t" + x.type() + "\t" + words(story, offset, x) + "\t|" + context(story, offset, x));
      }
    }
    for (Conll2002.Phrase x : gold) {
      if (!p.contains(x)) {
        out.add("FN\t" + x.type() + "\t" + words(story, offset, x) + "\t|" + context(story, offset, x));
      }
    }
  }

  private static String words(List<Conll2002.GoldSentence> story, int offset, Conll2002.Phrase x) {
    return String.join(" ", story.get(x.sentence() - offset).words().subList(x.begin(), x.end()));
  }

  private static String context(List<Conll2002.GoldSentence> story, int offset, Conll2002.Phrase x) {
    List<String> w = story.get(x.sentence() - offset).words();
    return String.join(" ", w.subList(Math.max(0, x.begin() - 4), Math.min(w.size(), x.end() + 4)));
  }
}
