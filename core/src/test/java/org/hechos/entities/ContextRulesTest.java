package org.hechos.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hechos.entities.RuleFixture.crf;
import static org.hechos.entities.RuleFixture.typed;

import java.util.List;
import org.hechos.text.EntityType;
import org.hechos.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContextRulesTest {

  private static RuleFixture fixture;
  private static ContextRules rules;
  private static ContextRules conll;

  @BeforeAll
  static void load() {
    fixture = new RuleFixture();
    rules = new ContextRules(fixture.gazetteers, Convention.NEWS);
    conll = new ContextRules(fixture.gazetteers, Convention.CONLL2002);
  }

  @Test
  void cityAfterACapitalizedArticleIsAClub() {
    List<Token> t = fixture.tokens("El Lyon, que ha terminado tercero, jugará la Liga de Campeones.");
    assertThat(typed(t, rules.context(t, List.of(crf(t, "Lyon", EntityType.LOCATION)))))
        .containsExactly(entry("Lyon", EntityType.ORGANIZATION));
  }

  @Test
  void portfolioAfterALowercaseRoleIsMiscUnderConllAndStopsBeforeAGivenName() {
    List<Token> t = fixture.tokens("La ex ministra de Asuntos Sociales Matilde Fernández presentó su candidatura.");
    List<Candidate> crf = List.of(crf(t, "Asuntos Sociales Matilde Fernández", EntityType.ORGANIZATION));
    assertThat(typed(t, conll.portfolios(t, crf))).containsExactly(entry("Asuntos Sociales", EntityType.MISC),
        entry("Matilde Fernández", EntityType.ORGANIZATION));
    assertThat(typed(t, rules.portfolios(t, crf))).containsExactly(entry("Matilde Fernández", EntityType.ORGANIZATION));
  }

  @Test
  void portfolioAfterDirectorGeneralAndDelIsFound() {
    List<Token> t = fixture.tokens("El director general de Comercio y el ministro del Interior se reunieron ayer.");
    List<Candidate> crf = List.of(crf(t, "Comercio", EntityType.ORGANIZATION), crf(t, "Interior", EntityType.ORGANIZATION));
    assertThat(typed(t, conll.portfolios(t, crf))).containsExactly(entry("Comercio", EntityType.MISC),
        entry("Interior", EntityType.MISC));
  }

  @Test
  void partyAfterASpokesmanIsNoPortfolio() {
    List<Token> t = fixture.tokens("El portavoz de Izquierda Unida criticó la reforma.");
    List<Candidate> crf = List.of(crf(t, "Izquierda Unida", EntityType.ORGANIZATION));
    assertThat(typed(t, conll.portfolios(t, crf))).containsExactly(entry("Izquierda Unida", EntityType.ORGANIZATION));
  }

  @Test
  void parkAndRegionalMinistryHeadsTypeTheirNames() {
    List<Token> t = fixture.tokens("La Consejería de Cultura organizó el concierto en el Parque de la Ciudadela.");
    List<Candidate> crf = List.of(crf(t, "Consejería", EntityType.MISC), crf(t, "Parque", EntityType.ORGANIZATION));
    assertThat(typed(t, rules.heads(t, crf))).containsExactly(entry("Consejería de Cultura", EntityType.ORGANIZATION),
        entry("Parque de la Ciudadela", EntityType.LOCATION));
  }
}
