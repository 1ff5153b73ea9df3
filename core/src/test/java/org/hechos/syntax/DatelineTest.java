package org.hechos.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hechos.text.Span;
import org.hechos.text.Token;
import org.junit.jupiter.api.Test;

class DatelineTest {

  private static List<Token> tokens(String... texts) {
    List<Token> tokens = new ArrayList<>();
    for (String t : texts) {
      tokens.add(new Token(t, 0, t.length(), new Span(0, t.length()), List.of()));
    }
    return tokens;
  }

  @Test
  void aPlaceAndAnAgencyBeforeADashAreADateline() {
    assertThat(Dateline.length(tokens("Quito", ",", "(", "EFE", ")", "-", "La", "ministra", "habló"))).isEqualTo(6);
    assertThat(Dateline.length(tokens("Hanoi", "(", "VNA", ")", "–", "El", "presidente"))).isEqualTo(5);
  }

  @Test
  void aDashInsideASentenceEndsNoDateline() {
    assertThat(Dateline.length(tokens("El", "acuerdo", "-", "firmado", "ayer", "-", "entra"))).isZero();
  }
}
