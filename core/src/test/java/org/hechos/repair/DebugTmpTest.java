package org.hechos.repair;
import org.hechos.Document;
import org.junit.jupiter.api.Test;
class DebugTmpTest {
  @Test void dbg() {
    for (String t : new String[]{"UEMálaga ERCJosep ECOTASAPalma MundoIT.com JPMorgan EE.UU. ONGs COVID-19 DesdeASAJA UEdenunció"}) System.out.println(Seeds.REPAIR.apply(Document.of(t)).clean());
  }
}
