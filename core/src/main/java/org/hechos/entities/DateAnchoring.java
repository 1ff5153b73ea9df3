package org.hechos.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hechos.Document;
import org.hechos.Stage;
import org.hechos.text.EntityType;
import org.hechos.text.Mention;

/**
 * Reads dates that leave out the year or the month in the document's own date, when the caller
 * gives one ({@link Document#of(String, LocalDate)}): "el 28 del presente mes" ({@code XXXX-XX-28})
 * becomes {@code 2021-07-28} in a document of July 2021, "el 14 de julio" ({@code --07-14})
 * becomes {@code 2021-07-14}. Without a document date, mentions are left as they are.
 */
final class DateAnchoring implements Stage {

  /** A day with unknown year and month, in a date or either end of a range: {@code XXXX-XX-28}. */
  private static final Pattern DAY_OF_UNKNOWN_MONTH = Pattern.compile("XXXX-XX-(\\d{2})");
  /** A month and day with unknown year, at the start or after the "/" of a range: {@code --07-14}. */
  private static final Pattern DAY_OF_UNKNOWN_YEAR = Pattern.compile("(^|/)--(\\d{2})-(\\d{2})");

  @Override
  public Document apply(Document in) {
    in.require(Document.Layer.MENTIONS, name());
    if (in.documentDate().isEmpty()) {
      return in;
    }
    LocalDate date = in.documentDate().get();
    List<Mention> mentions = new ArrayList<>(in.mentions().size());
    for (Mention m : in.mentions()) {
      mentions.add(m.type() == EntityType.DATE && m.normalized().isPresent()
          ? m.withNormalized(anchor(m.normalized().get(), date)) : m);
    }
    return in.withMentions(mentions);
  }

  static String anchor(String value, LocalDate date) {
    Matcher day = DAY_OF_UNKNOWN_MONTH.matcher(value);
    String anchored = day.replaceAll(String.format("%04d-%02d-$1", date.getYear(), date.getMonthValue()));
    return DAY_OF_UNKNOWN_YEAR.matcher(anchored).replaceAll(String.format("$1%04d-$2-$3", date.getYear()));
  }
}
