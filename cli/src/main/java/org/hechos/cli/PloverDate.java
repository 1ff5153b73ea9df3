package org.hechos.cli;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.hechos.Fact;
import org.hechos.text.Mention;

/**
 * The {@code date} and {@code enddate} of a PLOVER record: days, as the manual writes them
 * (YYYY-MM-DD). A fact's own date is used where its normalized value names whole days: a day
 * ({@code 2021-07-28}), a range of days ({@code 2021-07-25/2021-07-28}), a month or a year (its
 * first and last day). A fact with no date of its own takes the document's date, as event data
 * date events by their story. Anything else ({@code XXXX-XX-28}, {@code --07-14} without
 * {@code --date}, "el lunes") gives no date.
 */
record PloverDate(LocalDate begin, Optional<LocalDate> end) {

  PloverDate {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    if (end.isPresent() && !end.get().isAfter(begin)) {
      throw new IllegalArgumentException("end " + end.get() + " is not after " + begin);
    }
  }

  static Optional<PloverDate> of(Fact fact, Optional<LocalDate> documentDate) {
    Optional<Mention> date = fact.date();
    if (date.isEmpty()) {
      return documentDate.map(d -> new PloverDate(d, Optional.empty()));
    }
    return date.get().normalized().flatMap(PloverDate::parse);
  }

  /** {@code 2021-07-28}, {@code 2021-07}, {@code 2021}, or {@code begin/end} of two of them. */
  static Optional<PloverDate> parse(String normalized) {
    int slash = normalized.indexOf('/');
    if (slash < 0) {
      return period(normalized);
    }
    Optional<PloverDate> first = period(normalized.substring(0, slash));
    Optional<PloverDate> last = period(normalized.substring(slash + 1));
    if (first.isEmpty() || last.isEmpty() || last.get().last().isBefore(first.get().begin())) {
      return Optional.empty();
    }
    return Optional.of(between(first.get().begin(), last.get().last()));
  }

  /** The last day of the period. */
  LocalDate last() {
    return end.orElse(begin);
  }

  private static Optional<PloverDate> period(String value) {
    try {
      if (value.length() == 10) {
        return Optional.of(between(LocalDate.parse(value), LocalDate.parse(value)));
      }
      if (value.length() == 7) {
        YearMonth month = YearMonth.parse(value);
        return Optional.of(between(month.atDay(1), month.atEndOfMonth()));
      }
      if (value.length() == 4) {
        Year year = Year.parse(value);
        return Optional.of(between(year.atDay(1), year.atMonth(12).atEndOfMonth()));
      }
    } catch (DateTimeParseException e) {
      // "XXXX-XX-28", "--07-14", "2021-H1": not whole days
    }
    return Optional.empty();
  }

  private static PloverDate between(LocalDate begin, LocalDate last) {
    return new PloverDate(begin, last.equals(begin) ? Optional.empty() : Optional.of(last));
  }
}
