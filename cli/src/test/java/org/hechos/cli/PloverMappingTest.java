package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.hechos.FactType;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

  @Test
  void shippedMappingCodesEveryFactType() {
    PloverMapping mapping = PloverMapping.load();
    for (FactType type : FactType.values()) {
      assertThat(mapping.of(type)).as(type.name()).isNotNull();
    }
    PloverMapping.Code visit = mapping.of(FactType.VISIT);
    assertThat(visit.event()).contains("CONSULT");
    assertThat(visit.mode()).contains("visit");
    assertThat(visit.cameo()).contains("042");
    assertThat(mapping.of(FactType.THANKS).cameo()).contains("051");
    assertThat(mapping.of(FactType.STATEMENT).event()).isEmpty();
    assertThat(mapping.of(FactType.ROLE).event()).isEmpty();
    assertThat(mapping.of(FactType.CHAIR).event()).isEmpty();
  }

  @Test
  void rejectsBadLinesWithTheirNumber() {
    assertThatThrownBy(() -> parse("# c\nVISITS\tCONSULT\tvisit\t-\t042\twhy\n"))
        .hasMessageContaining("t.tsv:2: unknown fact type 'VISITS'");
    assertThatThrownBy(() -> parse("VISIT CONSULT visit - 042 why\n")).hasMessageContaining("spaces instead of tabs");
    assertThatThrownBy(() -> parse("VISIT\tCONSULTA\tvisit\t-\t042\twhy\n"))
        .hasMessageContaining("t.tsv:1: unknown PLOVER event 'CONSULTA'");
    assertThatThrownBy(() -> parse("VISIT\tCONSULT\tvisit\t-\t42a\twhy\n")).hasMessageContaining("CAMEO code '42a'");
    assertThatThrownBy(() -> parse("VISIT\tCONSULT\tvisit\t-\t042\twhy\nVISIT\tCONSULT\t-\t-\t040\twhy\n"))
        .hasMessageContaining("t.tsv:2: VISIT given twice");
    assertThatThrownBy(() -> parse("VISIT\tCONSULT\tvisit\t-\t042\twhy\n")).hasMessageContaining("no line for fact type");
  }

  private static PloverMapping parse(String text) throws Exception {
    return PloverMapping.parse(new BufferedReader(new StringReader(text)), "t.tsv");
  }
}
