package org.hechos.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hechos.models.ValueWords;
import org.hechos.models.ValueWords.Kind;
import org.hechos.text.EntityType;
import org.hechos.text.Token;

/**
 * Dates, amounts of money, percentages and other numbers in one sentence, with normalized values.
 * The words (months, currencies, scale words ...) come from {@code values.tsv}; the few shapes of
 * Spanish date and amount phrases are the methods below, longest first:
 *
 * <pre>
 *   del 25 al 28 del presente mes    DATE     XXXX-XX-25/XXXX-XX-28
 *   el 14 de julio                   DATE     --07-14
 *   el pasado 3 de marzo de 2021     DATE     2021-03-03
 *   el primer semestre del 2021      DATE     2021-H1
 *   diciembre de 2025 / julio        DATE     2025-12 / --07
 *   el lunes / este jueves           DATE     XXXX-WXX-1 / XXXX-WXX-4
 *   1982                             DATE     1982
 *   el año pasado                    DATE     REF-P1Y
 *   2,6 mil millones de dólares      MONEY    2600000000 USD
 *   12,5 por ciento / 12,5 %         PERCENT  12.5
 *   40 millones                      NUMBER   40000000
 * </pre>
 *
 * Immutable and thread-safe.
 */
final class ValueRecognizer {

  /** A number as written in Spanish: "2,6", "5.200", "1.000.000", "12". */
  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)*");

  /** Thousands groups with dots: "5.200", "1.000.000". */
  private static final Pattern DOT_THOUSANDS = Pattern.compile("\\p{Nd}{1,3}(?:\\.\\p{Nd}{3})+");

  /** A day of the month as written: one or two digits. */
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");

  private final ValueWords words;

  ValueRecognizer(ValueWords words) {
    this.words = words;
  }

  /** The value candidates of a sentence, not overlapping, left to right. */
  List<Candidate> recognize(List<Token> tokens) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Candidate c = at(tokens, i);
      if (c == null) {
        i++;
      } else {
        found.add(c);
        i = c.end();
      }
    }
    return found;
  }

  private Candidate at(List<Token> t, int i) {
    Candidate c = relative(t, i);
    if (c == null) {
      c = date(t, i);
    }
    if (c == null) {
      c = amount(t, i);
    }
    return c;
  }

  // ---- dates ----------------------------------------------------------------------------------

  private Candidate relative(List<Token> t, int i) {
    int end = phraseEnd(Kind.RELATIVE, t, i, words.longestPhrase());
    if (end == i) {
      return null;
    }
    return value(i, end, EntityType.DATE, words.get(Kind.RELATIVE, phrase(t, i, end)).orElseThrow());
  }

  /** The end of the longest {@code kind} entry of at most {@code maxWords} words at {@code i}, else {@code i}. */
  private int phraseEnd(Kind kind, List<Token> t, int i, int maxWords) {
    if (i >= t.size() || !words.startsEntry(kind, t.get(i).lower())) {
      return i;
    }
    for (int end = Math.min(i + maxWords, t.size()); end > i; end--) {
      if (words.is(kind, phrase(t, i, end))) {
        return end;
      }
    }
    return i;
  }

  private static String phrase(List<Token> t, int begin, int end) {
    StringBuilder phrase = new StringBuilder(t.get(begin).lower());
    for (int k = begin + 1; k < end; k++) {
      phrase.append(' ').append(t.get(k).lower());
    }
    return phrase.toString();
  }

  private Candidate date(List<Token> t, int i) {
    int j = i;
    String first = t.get(i).lower();
    boolean article = first.equals("el") || first.equals("del") || first.equals("este") || first.equals("al");
    if (article) {
      j++;
      if (j < t.size() && (is(t, j, "pasado") || is(t, j, "próximo"))) {
        j++;
      }
    }
    Candidate c = dateCore(t, j, first.equals("del"));
    if (c != null && c.begin() == j && article && j > i) {
      return c.withSpan(i, c.end());
    }
    if (c != null) {
      return c;
    }
    return article ? null : bareDate(t, i);
  }

  /** A date that may follow "el", "del" or "este": a day, a weekday, a period of a year. */
  private Candidate dateCore(List<Token> t, int i, boolean afterDel) {
    if (i >= t.size()) {
      return null;
    }
    Optional<String> weekday = words.get(Kind.WEEKDAY, t.get(i).text());
    if (weekday.isPresent() && t.get(i).text().equals(t.get(i).lower())) {
      Candidate day = dayDate(t, i + 1, false);
      if (day != null && day.begin() == i + 1) {
        return day.withSpan(i, day.end());
      }
      return value(i, i + 1, EntityType.DATE, "XXXX-WXX-" + weekday.get());
    }
    Optional<String> ordinal = words.get(Kind.ORDINAL, t.get(i).text());
    if (ordinal.isPresent() && i + 1 < t.size()) {
      Optional<String> period = words.get(Kind.PERIOD, t.get(i + 1).text());
      if (period.isPresent()) {
        int y = i + 2;
        if (y + 1 < t.size() && (is(t, y, "de") || is(t, y, "del")) && year(t.get(y + 1)).isPresent()) {
          return value(i, y + 2, EntityType.DATE, year(t.get(y + 1)).get() + "-" + period.get() + ordinal.get());
        }
        return value(i, i + 2, EntityType.DATE, "XXXX-" + period.get() + ordinal.get());
      }
    }
    if (is(t, i, "año") && i + 2 < t.size() && is(t, i + 1, "fiscal") && year(t.get(i + 2)).isPresent()) {
      String from = year(t.get(i + 2)).get();
      if (i + 4 < t.size() && (is(t, i + 3, "-") || is(t, i + 3, "/")) && year(t.get(i + 4)).isPresent()) {
        return value(i, i + 5, EntityType.DATE, from + "/" + year(t.get(i + 4)).get());
      }
      return value(i, i + 3, EntityType.DATE, from);
    }
    return dayDate(t, i, afterDel);
  }

  /** "25 al 28 del presente mes", "4 al 6 de junio", "9 y 10 de septiembre", "14 de julio", "3 de marzo de 2021", "12 mar". */
  private Candidate dayDate(List<Token> t, int i, boolean range) {
    Optional<Integer> d1 = day(t, i);
    if (d1.isEmpty()) {
      return null;
    }
    int j = i + 1;
    Optional<Integer> d2 = Optional.empty();
    if (j + 1 < t.size() && (is(t, j, "al") || is(t, j, "a") || is(t, j, "y")) && day(t, j + 1).isPresent()) {
      d2 = day(t, j + 1);
      j += 2;
    }
    // "del presente mes", "de este mes", "del mes en curso", "del mes corriente"
    int m = currentMonth(t, j);
    String month;
    String year = "XXXX";
    if (m > j) {
      month = "XX";
      j = m;
    } else if (j + 1 < t.size() && is(t, j, "de") && words.get(Kind.MONTH, t.get(j + 1).text()).isPresent()) {
      month = words.get(Kind.MONTH, t.get(j + 1).text()).get();
      j += 2;
      if (j + 1 < t.size() && (is(t, j, "de") || is(t, j, "del")) && year(t.get(j + 1)).isPresent()) {
        year = year(t.get(j + 1)).get();
        j += 2;
      }
    } else if (j < t.size() && words.get(Kind.MONTH_ABBREVIATION, t.get(j).text()).isPresent() && d2.isEmpty()) {
      month = words.get(Kind.MONTH_ABBREVIATION, t.get(j).text()).get(); // "12 mar" in a dateline
      j++;
    } else {
      return null;
    }
    String prefix = month.equals("XX") ? "XXXX-XX-" : (year.equals("XXXX") ? "--" + month + "-" : year + "-" + month + "-");
    String value = prefix + two(d1.get());
    if (d2.isPresent()) {
      value += "/" + prefix + two(d2.get());
    }
    return value(i, j, EntityType.DATE, value);
  }

  private int currentMonth(List<Token> t, int j) {
    if (j + 2 < t.size() && is(t, j, "del") && is(t, j + 1, "presente") && is(t, j + 2, "mes")) {
      return j + 3;
    }
    if (j + 2 < t.size() && is(t, j, "de") && is(t, j + 1, "este") && is(t, j + 2, "mes")) {
      return j + 3;
    }
    if (j + 3 < t.size() && is(t, j, "del") && is(t, j + 1, "mes") && is(t, j + 2, "en") && is(t, j + 3, "curso")) {
      return j + 4;
    }
    if (j + 2 < t.size() && is(t, j, "del") && is(t, j + 1, "mes") && is(t, j + 2, "corriente")) {
      return j + 3;
    }
    return j;
  }

  /** A month ("julio", "diciembre de 2025") or a year ("1982") with no article before it. */
  private Candidate bareDate(List<Token> t, int i) {
    Token token = t.get(i);
    Optional<String> month = words.get(Kind.MONTH, token.text());
    if (month.isPresent()) {
      if (i + 2 < t.size() && (is(t, i + 1, "de") || is(t, i + 1, "del")) && year(t.get(i + 2)).isPresent()) {
        return value(i, i + 3, EntityType.DATE, year(t.get(i + 2)).get() + "-" + month.get());
      }
      if (token.text().equals(token.lower())) {
        return value(i, i + 1, EntityType.DATE, "--" + month.get());
      }
      return null;
    }
    Optional<String> year = year(token);
    if (year.isPresent() && !amountWordAt(t, i + 1)) {
      return value(i, i + 1, EntityType.DATE, year.get());
    }
    return null;
  }

  // ---- amounts --------------------------------------------------------------------------------

  /** Money ("2,6 mil millones de dólares", "US$ 40 millones"), percent, or a plain number. */
  private Candidate amount(List<Token> t, int i) {
    int j = i;
    String currency = null;
    if (words.get(Kind.CURRENCY, t.get(j).text()).isPresent() && !Character.isLetter(t.get(j).text().charAt(0))
        || t.get(j).text().equals("USD") || t.get(j).text().equals("EUR")) {
      currency = words.get(Kind.CURRENCY, t.get(j).text()).get();
      j++;
    }
    if (j >= t.size()) {
      return null;
    }
    BigDecimal number = number(t.get(j));
    boolean digits = NUMBER.matcher(t.get(j).text()).matches();
    if (number != null) {
      j++;
    } else if (is(t, j, "mil")) {
      number = BigDecimal.ONE; // "mil millones", "mil 800 millones": the scale word stands for itself
    } else {
      return null;
    }
    while (j < t.size()) {
      Optional<String> scale = words.get(Kind.SCALE, t.get(j).text());
      if (scale.isPresent()) {
        number = number.multiply(new BigDecimal(scale.get()));
      } else if (isHundredsAfterMil(t, j)) {
        number = number.add(number(t.get(j))); // "14 mil 500 millones" is 14,500 millions
      } else {
        break;
      }
      j++;
    }
    boolean scaled = j > (currency == null ? i + 1 : i + 2);
    if (!digits && !scaled) {
      return null; // "dos" alone is not a value; "dos millones" is
    }
    if (currency != null) {
      return value(i, j, EntityType.MONEY, plain(number) + " " + currency);
    }
    int p = percentEnd(t, j);
    if (p > j) {
      return value(i, p, EntityType.PERCENT, plain(number));
    }
    int c = j;
    if (c < t.size() && (is(t, c, "de") || is(t, c, "del")) && c + 1 < t.size()) {
      c++;
    }
    if (c < t.size() && words.get(Kind.CURRENCY, t.get(c).text()).isPresent()
        && Character.isLetter(t.get(c).text().charAt(0))) {
      return value(i, c + 1, EntityType.MONEY, plain(number) + " " + words.get(Kind.CURRENCY, t.get(c).text()).get());
    }
    if (c < t.size() && !Character.isLetter(t.get(c).text().charAt(0)) && c == j
        && words.get(Kind.CURRENCY, t.get(c).text()).isPresent()) {
      return value(i, c + 1, EntityType.MONEY, plain(number) + " " + words.get(Kind.CURRENCY, t.get(c).text()).get());
    }
    return value(i, j, EntityType.NUMBER, plain(number));
  }

  /** "500" in "14 mil 500 millones" or "2 mil 300": a number under a thousand written in digits after "mil". */
  private boolean isHundredsAfterMil(List<Token> t, int j) {
    if (j < 1 || !is(t, j - 1, "mil") || !NUMBER.matcher(t.get(j).text()).matches()) {
      return false;
    }
    BigDecimal hundreds = number(t.get(j));
    return hundreds != null && hundreds.compareTo(BigDecimal.valueOf(1000)) < 0;
  }

  private int percentEnd(List<Token> t, int j) {
    return phraseEnd(Kind.PERCENT, t, j, 2);
  }

  private boolean amountWordAt(List<Token> t, int i) {
    if (i >= t.size()) {
      return false;
    }
    String w = t.get(i).text();
    return words.is(Kind.SCALE, w) || words.is(Kind.CURRENCY, w) || percentEnd(t, i) > i;
  }

  // ---- pieces ---------------------------------------------------------------------------------

  /** A number written with digits (Spanish separators) or a number word; null if neither. */
  BigDecimal number(Token token) {
    String s = token.text();
    if (NUMBER.matcher(s).matches()) {
      return parseSpanish(s);
    }
    return words.get(Kind.NUMBER, s).map(BigDecimal::new).orElse(null);
  }

  /**
   * "2,6" = 2.6; "5.200" = 5200; "1.234,5" = 1234.5; "2.6" = 2.6 (dots not in groups of three
   * are decimal points, as in agency copy written the English way); null if that leaves more than
   * one decimal point ("3.4.5").
   */
  static BigDecimal parseSpanish(String s) {
    String plain;
    if (s.indexOf(',') >= 0) {
      plain = s.replace(".", "").replace(',', '.');
    } else if (DOT_THOUSANDS.matcher(s).matches()) {
      plain = s.replace(".", "");
    } else {
      plain = s;
    }
    // "3.4.5" or "2,6,7" (versions, list glue, junk) is no number: more than one decimal point
    // would make BigDecimal throw.
    return plain.indexOf('.') == plain.lastIndexOf('.') ? new BigDecimal(plain) : null;
  }

  private static String plain(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static Optional<Integer> day(List<Token> t, int i) {
    if (i >= t.size() || !DAY.matcher(t.get(i).text()).matches()) {
      return Optional.empty();
    }
    int d = Integer.parseInt(t.get(i).text());
    return d >= 1 && d <= 31 ? Optional.of(d) : Optional.empty();
  }

  private static Optional<String> year(Token token) {
    String s = token.text();
    if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(s);
      if (y >= 1900 && y <= 2099) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static boolean is(List<Token> t, int i, String lower) {
    return i < t.size() && t.get(i).text().toLowerCase(Locale.ROOT).equals(lower);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static Candidate value(int begin, int end, EntityType type, String normalized) {
    return new Candidate(begin, end, type, Candidate.Source.VALUE, Optional.empty(), Optional.of(normalized));
  }
}
