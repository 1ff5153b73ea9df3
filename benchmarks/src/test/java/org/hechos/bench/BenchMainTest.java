package org.hechos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchMainTest {

  @Test
  void runsWhenTheBenchmarksModuleIsSelected() {
    assertThat(BenchMain.wanted("false", "[benchmarks]")).isTrue();
    assertThat(BenchMain.wanted("false", "[:hechos-benchmarks]")).isTrue();
    assertThat(BenchMain.wanted("false", "[core, benchmarks]")).isTrue();
  }

  @Test
  void runsWhenForcedWithTheBenchProperty() {
    assertThat(BenchMain.wanted("", "[]")).isTrue();
    assertThat(BenchMain.wanted("long", "[]")).isTrue();
  }

  @Test
  void staysQuietInAWholeReactorBuild() {
    assertThat(BenchMain.wanted("false", "[]")).isFalse();
    assertThat(BenchMain.wanted("false", "[core]")).isFalse();
  }
}
