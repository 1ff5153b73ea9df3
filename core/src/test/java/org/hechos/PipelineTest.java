package org.hechos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static final String TEXT = "Hanoi, (VNA)- La canciller de Chile, Ana Pérez, realizóuna visita oficial a Vietnam "
      + "el 3 de mayo. Pérez se reunió con el presidente vietnamita, Nguyen Van Hai.\nCompartir\n"
      + "Ambas partes acordaron ampliar el comercio, que sumó 2,6 mil millones de dólares en 2024.";

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = SpanishPipeline.get();
  }

  @Test
  void nullTextIsRejectedNamingTheArgument() {
    assertThatThrownBy(() -> pipeline.extract(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void blankTextGivesAnEmptyExtraction() {
    Extraction x = pipeline.extract(" \n\t ");

    assertThat(x.facts()).isEmpty();
    assertThat(x.entities()).isEmpty();
  }

  @Test
  void everyMentionSpanReadsItsTextInTheOriginal() {
    Extraction x = pipeline.extract(TEXT);

    assertThat(x.entities()).isNotEmpty();
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(m.span().in(TEXT).replace(" ", "")).isEqualTo(m.text().replace(" ", ""));
      }
    }
  }

  @Test
  void gluedWordsAreRepairedBeforeExtraction() {
    Extraction x = pipeline.extract(TEXT);

    assertThat(x.repairedText()).contains("realizó una visita").doesNotContain("Compartir");
    assertThat(x.facts(Visit.class)).singleElement().satisfies(v -> {
      assertThat(v.visitor().canonical()).isEqualTo("Ana Pérez");
      assertThat(v.destination()).hasValueSatisfying(d -> assertThat(d.canonical()).isEqualTo("Vietnam"));
    });
  }

  @Test
  void sharedPipelineGivesTheSameFactsOnEveryThread() throws Exception {
    List<String> expected = describe(pipeline.extract(TEXT));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(threads.submit(() -> describe(pipeline.extract(TEXT))));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static List<String> describe(Extraction x) {
    return x.facts().stream().map(f -> f.type() + " " + f.agent().map(Entity::canonical) + " "
        + f.target().map(Entity::canonical) + " " + f.trigger().span()).toList();
  }
}
