package org.hechos.models;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The particles of {@code name-particles.tsv} that join the parts of a person's name ("von der",
 * "da", "bin"), in lowercase. Immutable and thread-safe.
 */
public final class NameParticles {

  /** The shipped resource under {@code /hechos/es/}. */
  public static final String RESOURCE = "name-particles.tsv";

  private final Set<String> particles;

  private NameParticles(Set<String> particles) {
    this.particles = Set.copyOf(particles);
  }

  public static NameParticles load() {
    return load(RESOURCE);
  }

  /** Loads {@code name} from {@code /hechos/es/}; malformed rows raise {@link RuleFormatException}. */
  public static NameParticles load(String name) {
    Set<String> particles = new HashSet<>();
    for (TsvRow row : TsvResource.load(name, 2, 2)) {
      String particle = row.get(0);
      if (particle.isEmpty() || !particle.chars().allMatch(Character::isLowerCase)) {
        throw row.error("particle '" + particle + "' must be lowercase letters");
      }
      for (String language : row.get(1).split(" ")) {
        if (!language.matches("[a-z]{2}")) {
          throw row.error("language '" + language + "' is no ISO 639-1 code (two lowercase letters)");
        }
      }
      if (!particles.add(particle)) {
        throw row.error("duplicate particle '" + particle + "'");
      }
    }
    return new NameParticles(particles);
  }

  /** True if {@code word}, in any case, is a name particle. */
  public boolean contains(String word) {
    return particles.contains(word.toLowerCase(Locale.ROOT));
  }
}
