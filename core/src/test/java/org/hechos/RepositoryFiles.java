package org.hechos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the repository's own files are, for tests that read the seed articles. */
public final class RepositoryFiles {

  private RepositoryFiles() {}

  /** The repository root: the nearest directory above the working directory holding seeds/articles. */
  public static Path root() {
    Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("seeds").resolve("articles"))) {
        return p;
      }
    }
    throw new IllegalStateException("no seeds/articles above " + dir);
  }
}
