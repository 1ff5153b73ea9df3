package org.hechos.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hechos.FactType;
import org.hechos.models.TsvResource;
import org.hechos.models.TsvRow;

/**
 * How each hechos fact type is coded in PLOVER and CAMEO, read from the resource {@code plover.tsv}
 * (six tab-separated columns: hechos type, PLOVER event, mode, context, CAMEO code, reason;
 * {@code -} for none). Every fact type must be there exactly once.
 */
final class PloverMapping {

  /** The coding of one fact type. */
  record Code(Optional<String> event, Optional<String> mode, Optional<String> context, Optional<String> cameo) {
    Code {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(cameo, "cameo");
    }
  }

  static final String RESOURCE = "plover.tsv";

  /** A CAMEO event code: two to four digits ("02", "042", "0311"). */
  private static final Pattern CAMEO_CODE = Pattern.compile("\\d{2,4}");

  /** The PLOVER event categories (2021 ontology). */
  private static final java.util.Set<String> EVENTS = java.util.Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST",
      "CRIME", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT");

  private final Map<FactType, Code> codes;

  private PloverMapping(Map<FactType, Code> codes) {
    this.codes = codes;
  }

  static PloverMapping load() {
    try (InputStream in = PloverMapping.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/hechos/cli/" + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PloverMapping parse(BufferedReader reader, String name) throws IOException {
    Map<FactType, Code> codes = new EnumMap<>(FactType.class);
    for (TsvRow row : TsvResource.read(reader, name, 6, 6)) {
      FactType type;
      try {
        type = FactType.valueOf(row.get(0));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown fact type '" + row.get(0) + "' (known: " + Arrays.toString(FactType.values()) + ")");
      }
      Optional<String> event = column(row.get(1));
      if (event.isPresent() && !EVENTS.contains(event.get())) {
        throw row.error("unknown PLOVER event '" + event.get() + "' (known: " + new java.util.TreeSet<>(EVENTS) + ")");
      }
      Optional<String> cameo = column(row.get(4));
      if (cameo.isPresent() && !CAMEO_CODE.matcher(cameo.get()).matches()) {
        throw row.error("CAMEO code '" + cameo.get() + "' is not 2-4 digits");
      }
      if (codes.put(type, new Code(event, column(row.get(2)), column(row.get(3)), cameo)) != null) {
        throw row.error(type + " given twice");
      }
    }
    for (FactType type : FactType.values()) {
      if (!codes.containsKey(type)) {
        throw new IllegalArgumentException(name + ": no line for fact type " + type);
      }
    }
    return new PloverMapping(codes);
  }

  Code of(FactType type) {
    return codes.get(type);
  }

  private static Optional<String> column(String value) {
    String v = value.strip();
    return v.isEmpty() || v.equals("-") ? Optional.empty() : Optional.of(v);
  }
}
