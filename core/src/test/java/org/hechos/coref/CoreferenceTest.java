package org.hechos.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.hechos.Extraction;
import org.hechos.Pipeline;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Aliases, descriptions and groups on short news texts. */
class CoreferenceTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = org.hechos.SpanishPipeline.get();
  }

  private static Entity entityOf(Extraction x, String mentionText) {
    return x.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mentionText)))
        .findFirst().orElseThrow(() -> new AssertionError("no entity mentioned as " + mentionText));
  }

  @Test
  void surnameJoinsTheFullName() {
    Extraction x = pipeline.extract("El ministro de Exteriores de Rusia, Sergei Lavrov, llegó a Hanoi. "
        + "Lavrov se reunió con su homólogo vietnamita.");

    assertThat(entityOf(x, "Lavrov").canonical()).isEqualTo("Sergei Lavrov");
  }

  @Test
  void acronymJoinsTheNameItStandsFor() {
    Extraction x = pipeline.extract("Naciones Unidas pidió ayuda para Somalia. "
        + "Kenia agradeció a la ONU su apoyo humanitario.");

    assertThat(entityOf(x, "ONU").canonical()).isEqualTo("Naciones Unidas");
  }

  @Test
  void aShortNameInBracketsAfterALongOneIsItsAliasWhateverItsLetters() {
    Extraction x = pipeline.extract("La Comunidad Andina de Fomento (Cafom) aprobó un plan. "
        + "El presidente de la Cafom viajó a Quito.");

    assertThat(entityOf(x, "Cafom").canonical()).isEqualTo("Comunidad Andina de Fomento");
  }

  @Test
  void aDescriptionAgreesInGenderAndASynonymNamesTheSameOffice() {
    Extraction x = pipeline.extract("El presidente de Chile, Gabriel Soto, recibió a la ministra de Economía de Perú, Ana Ruiz, "
        + "y al vicepresidente del banco, Luis Mora. El mandatario destacó el acuerdo. La funcionaria pidió más inversión.");

    assertThat(entityOf(x, "El mandatario").canonical()).isEqualTo("Gabriel Soto");
    assertThat(entityOf(x, "La funcionaria").canonical()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aTitleAfterAPersonsCommaMustAgreeInGenderAndCountry() {
    Extraction x = pipeline.extract("El presidente de Angola, Manuel Kiala, recibió al canciller de Cuba. En el acto, al que "
        + "asistió la embajadora cubana, Marta Iglesias, el mandatario angoleño destacó la amistad.");

    assertThat(entityOf(x, "el mandatario angoleño").canonical()).isEqualTo("Manuel Kiala");
  }

  @Test
  void theVisitorIsThePersonTheArticleIsAbout() {
    Extraction x = pipeline.extract("La canciller de Chile, Ana Beltrán, llegó a Hanoi. Beltrán se reunió con el primer "
        + "ministro Tran Van Hoa. Beltrán firmó dos acuerdos con el ministro Pham Long. Mañana la visitante viajará a Hue.");

    assertThat(entityOf(x, "la visitante").canonical()).isEqualTo("Ana Beltrán");
  }

  @Test
  void aDescriptionOfTheArticlesPlaceIsTheDatelineCity() {
    Extraction x = pipeline.extract("Lima, (EFE) - La canciller de Chile, Ana Beltrán, llegó hoy a esta capital.");

    assertThat(entityOf(x, "esta capital").canonical()).isEqualTo("Lima");
  }

  @Test
  void descriptionWithDemonymJoinsThePersonOfThatCountry() {
    Extraction x = pipeline.extract("El canciller de Vietnam, Bui Thanh Son, viajó a Moscú invitado por su "
        + "homólogo ruso, Sergei Lavrov. El ministro ruso destacó la cooperación.");

    assertThat(entityOf(x, "El ministro ruso").canonical()).isEqualTo("Sergei Lavrov");
  }

  @Test
  void bothSidesStandForTheTwoMostMentionedPeople() {
    Extraction x = pipeline.extract("La presidenta Ana Ruiz recibió al primer ministro Kenji Sato. "
        + "Ruiz y Sato conversaron. Ambas partes firmaron un acuerdo.");

    Entity group = entityOf(x, "Ambas partes");
    assertThat(group.isGroup()).isTrue();
    assertThat(group.members()).extracting(id -> x.entities().get(id).canonical())
        .containsExactly("Ana Ruiz", "Kenji Sato");
    assertThat(group.mentions()).extracting(Mention::kind).containsOnly(Mention.Kind.GROUP);
  }

  @Test
  void nameInAppositionToATitleIsAPerson() {
    Extraction x = pipeline.extract("El primer ministro Pham Minh Chinh se reunió con el director general de la "
        + "Organización Mundial de la Salud (OMS), Tedros Adhanom Ghebreyesus.");

    Entity tedros = entityOf(x, "Tedros Adhanom Ghebreyesus");
    assertThat(tedros.type()).isEqualTo(org.hechos.text.EntityType.PERSON);
    assertThat(tedros.mentions()).extracting(Mention::text).contains("el director general");
  }
}
