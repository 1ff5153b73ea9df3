package org.hechos.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hechos.entities.RuleFixture.crf;
import static org.hechos.entities.RuleFixture.known;
import static org.hechos.entities.RuleFixture.typed;

import java.util.List;
import org.hechos.text.EntityType;
import org.hechos.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BracketRulesTest {

  private static RuleFixture fixture;
  private static BracketRules rules;

  @BeforeAll
  static void load() {
    fixture = new RuleFixture();
    rules = new BracketRules(fixture.gazetteers);
  }

  @Test
  void cityInBracketsAfterAPlayerIsHisClub() {
    List<Token> t = fixture.tokens("El árbitro amonestó a Puyol (Barcelona) por protestar.");
    List<Candidate> out = rules.apply(t, List.of(crf(t, "Puyol", EntityType.PERSON), crf(t, "Barcelona", EntityType.LOCATION)));
    assertThat(typed(t, out)).containsExactly(entry("Puyol", EntityType.PERSON), entry("Barcelona", EntityType.ORGANIZATION));
  }

  @Test
  void untaggedPartyInBracketsAfterAPoliticianIsAnOrganization() {
    List<Token> t = fixture.tokens("Lo anunció el diputado Matías González (PSOE) en Córdoba.");
    List<Candidate> out = rules.apply(t, List.of(crf(t, "Matías González", EntityType.PERSON)));
    assertThat(typed(t, out)).contains(entry("PSOE", EntityType.ORGANIZATION));
  }

  @Test
  void countryWrittenInFullAfterAPlayerStaysAPlace() {
    List<Token> t = fixture.tokens("Ganó Marcelo Ríos (Chile) por 6-4 y 6-3.");
    List<Candidate> out = rules.apply(t, List.of(crf(t, "Marcelo Ríos", EntityType.PERSON), crf(t, "Chile", EntityType.LOCATION)));
    assertThat(typed(t, out)).contains(entry("Chile", EntityType.LOCATION));
  }

  @Test
  void codeAfterAPlaceIsItsCountryButTheAgencyStaysAnOrganization() {
    List<Token> t = fixture.tokens("La feria de Fráncfort (RFA) abrió hoy, informó la agencia desde Mérida (EFE).");
    List<Candidate> out = rules.apply(t, List.of(crf(t, "Fráncfort", EntityType.LOCATION), crf(t, "Mérida", EntityType.LOCATION),
        crf(t, "EFE", EntityType.ORGANIZATION)));
    assertThat(typed(t, out)).contains(entry("RFA", EntityType.LOCATION), entry("EFE", EntityType.ORGANIZATION));
  }

  @Test
  void nameBeforeAKnownPlaceInBracketsIsAPlace() {
    List<Token> t = fixture.tokens("El incendio de Ecija (Sevilla) quemó cien hectáreas.");
    List<Candidate> out = rules.apply(t, List.of(crf(t, "Ecija", EntityType.ORGANIZATION), known(t, "Sevilla", EntityType.LOCATION)));
    assertThat(typed(t, out)).containsExactly(entry("Ecija", EntityType.LOCATION), entry("Sevilla", EntityType.LOCATION));
  }
}
