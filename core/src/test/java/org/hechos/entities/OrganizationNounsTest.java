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

class OrganizationNounsTest {

  private static RuleFixture fixture;
  private static OrganizationNouns rules;

  @BeforeAll
  static void load() {
    fixture = new RuleFixture();
    rules = new OrganizationNouns(fixture.gazetteers);
  }

  @Test
  void companyAfterItsKindAndAnAdjectiveIsAnOrganization() {
    List<Token> t = fixture.tokens("La empresa argentina Musimundo abrirá diez tiendas en Chile.");
    List<Candidate> out = rules.apply(t, List.of(crf(t, "Musimundo", EntityType.PERSON), crf(t, "Chile", EntityType.LOCATION)));
    assertThat(typed(t, out)).containsExactly(entry("Musimundo", EntityType.ORGANIZATION), entry("Chile", EntityType.LOCATION));
  }

  @Test
  void untaggedUnionAfterItsKindBecomesAnOrganization() {
    List<Token> t = fixture.tokens("El sindicato Comisiones Obreras convocó una huelga.");
    assertThat(typed(t, rules.apply(t, List.of()))).containsExactly(entry("Comisiones Obreras", EntityType.ORGANIZATION));
  }

  @Test
  void leagueGroupLetterIsNoOrganization() {
    List<Token> t = fixture.tokens("El grupo A quedó formado por cinco selecciones.");
    assertThat(rules.apply(t, List.of())).isEmpty();
  }
}
