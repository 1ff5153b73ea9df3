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
import java.util.Set;
import java.util.TreeSet;
import org.hechos.FactType;
import org.hechos.models.TsvResource;
import org.hechos.models.TsvRow;

/**
 * Which PLOVER event category and mode each hechos fact type is, read from the resource
 * {@code plover.tsv} (four tab-separated columns: hechos type, PLOVER event, mode, reason;
 * {@code -} for none). Every fact type must be there exactly once; a type with no event is no
 * PLOVER event and is not exported.
 */
final class PloverMapping {

  /** The coding of one fact type: its PLOVER event category, if it is one, and mode. */
  record Code(Optional<String> event, Optional<String> mode) {
    Code {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(mode, "mode");
    }
  }

  static final String RESOURCE = "plover.tsv";

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
    for (TsvRow row : TsvResource.read(reader, name, 4, 4)) {
      FactType type;
      try {
        type = FactType.valueOf(row.get(0));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown fact type '" + row.get(0) + "' (known: " + Arrays.toString(FactType.values()) + ")");
      }
      Optional<String> event = column(row.get(1));
      Optional<String> mode = column(row.get(2));
      if (event.isPresent() && PloverVocabulary.modes(event.get()).isEmpty()) {
        throw row.error("unknown PLOVER event '" + event.get() + "' (known: "
            + new TreeSet<>(PloverVocabulary.events()) + ")");
      }
      if (mode.isPresent()) {
        Set<String> modes = event.flatMap(PloverVocabulary::modes).orElse(Set.of());
        if (!modes.contains(mode.get())) {
          throw row.error("mode '" + mode.get() + "' is not a mode of " + event.orElse("no event")
              + " (its modes: " + new TreeSet<>(modes) + ")");
        }
      }
      if (codes.put(type, new Code(event, mode)) != null) {
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
