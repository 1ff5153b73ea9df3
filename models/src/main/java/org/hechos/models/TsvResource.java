package org.hechos.models;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads the tab-separated resource files under {@code /hechos/es/}: UTF-8, NFC-normalized, {@code #}
 * comments and blank lines skipped, each row checked for its column count.
 */
public final class TsvResource {

  private static final String ROOT = "/hechos/es/";

  private TsvResource() {}

  /**
   * Loads {@code name} (e.g. {@code "triggers.tsv"}); every row must have between {@code
   * minColumns} and {@code maxColumns} columns.
   */
  public static ImmutableList<TsvRow> load(String name, int minColumns, int maxColumns) {
    InputStream in = TsvResource.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new RuleFormatException(name + ": not found on the classpath under " + ROOT);
    }
    try (InputStream raw = in;
        InputStream text = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8))) {
      return read(reader, name, minColumns, maxColumns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Reads rows from {@code reader} (a file of another module's resources, say) with the same rules;
   * {@code name} names the file in error messages.
   */
  public static ImmutableList<TsvRow> read(BufferedReader reader, String name, int minColumns, int maxColumns)
      throws IOException {
    ImmutableList.Builder<TsvRow> rows = ImmutableList.builder();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String text = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      for (int i = 0; i < columns.length; i++) {
        columns[i] = Normalizer.normalize(columns[i].strip(), Normalizer.Form.NFC);
      }
      TsvRow row = new TsvRow(name, number, Arrays.asList(columns));
      if (columns.length < minColumns || columns.length > maxColumns) {
        String hint = columns.length == 1 ? " (spaces instead of tabs?)" : "";
        throw row.error(columns.length + " column(s), expected " + range(minColumns, maxColumns) + hint);
      }
      rows.add(row);
    }
    return rows.build();
  }

  private static String range(int min, int max) {
    return min == max ? String.valueOf(min) : min + " to " + max;
  }
}
