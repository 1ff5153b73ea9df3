package org.hechos.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hechos.Fact;
import org.hechos.FactType;
import org.hechos.Pipeline;
import org.hechos.text.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arguments read off the dependency tree, on sentences of our own. */
class TreeArgumentsTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = org.hechos.SpanishPipeline.get();
  }

  private static List<String> facts(String text, FactType type) {
    return pipeline.extract(text).facts().stream().filter(f -> f.type() == type).map(TreeArgumentsTest::describe).toList();
  }

  private static String describe(Fact f) {
    return f.type() + "(" + f.agent().map(Entity::canonical).orElse("-") + ", "
        + f.target().map(Entity::canonical).orElse("-") + ", " + f.content().map(c -> c.text()).orElse("-") + ")";
  }

  @Test
  void aPlaceInARelativeClauseIsNoParticipantOfTheMeetingHeldThere() {
    assertThat(facts("La canciller Inés Soto viajó a Quito, donde se entrevistó con el presidente Daniel Noboa.",
        FactType.MEETING)).containsExactly("MEETING(Inés Soto, Daniel Noboa, -)");
  }

  @Test
  void anAdverbBetweenVisitAndPlaceKeepsTheVisit() {
    assertThat(facts("El canciller Pablo Ferreira visitó ayer Buenos Aires.", FactType.VISIT))
        .containsExactly("VISIT(Pablo Ferreira, Buenos Aires, -)");
  }

  @Test
  void theAgencyOfADatelineIsNoSubject() {
    assertThat(facts("Lima, (EFE) - La ministra de Comercio, Rosa Quispe, se reunió hoy con el embajador de Corea, "
        + "Kim Min-jun.", FactType.MEETING)).containsExactly("MEETING(Rosa Quispe, Kim Min-jun, -)");
  }

  @Test
  void aNameInAppositionSaysWhoTheDescribedSubjectIs() {
    assertThat(facts("A invitación de su homóloga, el presidente de la República de Paraguay, señor Tomás Ruiz, "
        + "efectuó una visita oficial a Uruguay.", FactType.VISIT)).containsExactly("VISIT(Tomás Ruiz, Uruguay, -)");
  }

  @Test
  void aVisitWhoseSentenceNamesNoDestinationIsNoFact() {
    assertThat(facts("El canciller Pablo Ferreira habló de economía durante su visita.", FactType.VISIT)).isEmpty();
  }

  @Test
  void takingPartWithoutAnEventIsNoAttendance() {
    assertThat(facts("Participaron también los asesores Luis Vega y Ana Mora.", FactType.PARTICIPATION))
        .isEmpty();
  }

  @Test
  void aMeetingBetweenTwoNamesHasThemBothAsParties() {
    assertThat(facts("Se celebró la conversación telefónica entre el canciller de Chile, Pablo Ferreira, y la "
        + "presidenta de Perú, Rosa Quispe.", FactType.MEETING)).containsExactly("MEETING(Pablo Ferreira, Rosa Quispe, -)");
  }

  @Test
  void whoSpeaksDuringAMeetingTakesPartInIt() {
    assertThat(facts("El canciller Pablo Ferreira habló durante una reunión con la ministra de Perú, Rosa Quispe.",
        FactType.MEETING)).containsExactly("MEETING(Pablo Ferreira, Rosa Quispe, -)");
  }

  @Test
  void theGovernmentOfACountryStandsForTheCountry() {
    assertThat(facts("La embajadora Ana Mora agradeció al Gobierno de Chile por su apoyo.", FactType.THANKS))
        .containsExactly("THANKS(Ana Mora, Chile, su apoyo)");
  }

  @Test
  void aSourceAfterSegunStatesTheClauseItStandsIn() {
    assertThat(facts("Según el embajador de Chile en Perú, Pablo Ferreira, el comercio bilateral es un motor de la "
        + "relación.", FactType.STATEMENT))
        .containsExactly("STATEMENT(Pablo Ferreira, -, el comercio bilateral es un motor de la relación.)");
    assertThat(facts("Según datos oficiales, el comercio bilateral creció.", FactType.STATEMENT)).isEmpty();
  }
}
