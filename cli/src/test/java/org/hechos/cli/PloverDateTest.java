package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PloverDateTest {

  @Test
  void aDayIsADateWithoutEnd() {
    assertThat(PloverDate.parse("2021-07-28")).contains(new PloverDate(LocalDate.of(2021, 7, 28), Optional.empty()));
  }

  @Test
  void aRangeOfDaysGivesDateAndEnddate() {
    assertThat(PloverDate.parse("2021-07-25/2021-07-28"))
        .contains(new PloverDate(LocalDate.of(2021, 7, 25), Optional.of(LocalDate.of(2021, 7, 28))));
  }

  @Test
  void aMonthOrAYearIsItsFirstAndLastDay() {
    assertThat(PloverDate.parse("2024-02"))
        .contains(new PloverDate(LocalDate.of(2024, 2, 1), Optional.of(LocalDate.of(2024, 2, 29))));
    assertThat(PloverDate.parse("1982"))
        .contains(new PloverDate(LocalDate.of(1982, 1, 1), Optional.of(LocalDate.of(1982, 12, 31))));
  }

  @Test
  void partialAndRelativeDatesGiveNoDate() {
    for (String value : new String[] {"XXXX-XX-28", "--07-14", "XXXX-XX-25/XXXX-XX-28", "2021-H1", "XXXX-WXX-1",
        "REF-P1Y", "2021-07-28/2021-07-25"}) {
      assertThat(PloverDate.parse(value)).as(value).isEmpty();
    }
  }
}
