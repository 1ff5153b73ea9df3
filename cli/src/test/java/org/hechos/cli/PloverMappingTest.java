package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.hechos.FactType;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

  @Test
  void shippedMappingCodesEveryFactTypeAndLeavesNonEventsOut() {
    PloverMapping mapping = PloverMapping.load();
    for (FactType type : FactType.values()) {
      assertThat(mapping.of(type)).as(type.name()).isNotNull();
    }
    assertThat(mapping.of(FactType.VISIT)).isEqualTo(code("CONSULT", "visit"));
    assertThat(mapping.of(FactType.MEETING)).isEqualTo(code("CONSULT", null));
    assertThat(mapping.of(FactType.REQUEST)).isEqualTo(code("REQUEST", null));
    assertThat(mapping.of(FactType.THANKS)).isEqualTo(code("SUPPORT", null));
    for (FactType notAnEvent : new FactType[] {FactType.STATEMENT, FactType.ROLE, FactType.CHAIR, FactType.MEASURE}) {
      assertThat(mapping.of(notAnEvent).event()).as(notAnEvent.name()).isEmpty();
    }
  }

  @Test
  void rejectsBadLinesWithTheirNumber() {
    assertThatThrownBy(() -> parse("# c\nVISITS\tCONSULT\tvisit\twhy\n"))
        .hasMessageContaining("t.tsv:2: unknown fact type 'VISITS'");
    assertThatThrownBy(() -> parse("VISIT CONSULT visit why\n")).hasMessageContaining("spaces instead of tabs");
    assertThatThrownBy(() -> parse("VISIT\tCONSULTA\tvisit\twhy\n"))
        .hasMessageContaining("t.tsv:1: unknown PLOVER event 'CONSULTA'");
    assertThatThrownBy(() -> parse("VISIT\tCONSULT\thost\twhy\n"))
        .hasMessageContaining("t.tsv:1: mode 'host' is not a mode of CONSULT");
    assertThatThrownBy(() -> parse("VISIT\t-\tvisit\twhy\n")).hasMessageContaining("mode 'visit' is not a mode of no event");
    assertThatThrownBy(() -> parse("VISIT\tCONSULT\tvisit\twhy\nVISIT\tCONSULT\t-\twhy\n"))
        .hasMessageContaining("t.tsv:2: VISIT given twice");
    assertThatThrownBy(() -> parse("VISIT\tCONSULT\tvisit\twhy\n")).hasMessageContaining("no line for fact type");
  }

  private static PloverMapping.Code code(String event, String mode) {
    return new PloverMapping.Code(java.util.Optional.of(event), java.util.Optional.ofNullable(mode));
  }

  private static PloverMapping parse(String text) throws Exception {
    return PloverMapping.parse(new BufferedReader(new StringReader(text)), "t.tsv");
  }
}
