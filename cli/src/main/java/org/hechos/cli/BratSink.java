package org.hechos.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.hechos.Extraction;
import org.hechos.FactType;
import org.hechos.text.EntityType;

/**
 * Writes a brat collection into a directory: {@code NAME.txt} (the original text, UTF-8) and
 * {@code NAME.ann} (see {@link BratAnnotations}) per document, and {@code annotation.conf} naming
 * the types. NAME is the input's file name without {@code .txt}, {@code .html} or {@code .htm}
 * ({@code stdin} for standard input),
 * with {@code -2}, {@code -3}, ... added when two inputs share a name.
 */
final class BratSink implements Sink {

  private final Path dir;
  private final Set<String> used = new HashSet<>();

  BratSink(Path dir) {
    this.dir = dir;
  }

  @Override
  public void begin() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("annotation.conf"), annotationConf(), StandardCharsets.UTF_8);
  }

  @Override
  public void write(String source, Extraction x) throws IOException {
    String name = uniqueName(source);
    Files.writeString(dir.resolve(name + ".txt"), x.original(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".ann"), BratAnnotations.of(x), StandardCharsets.UTF_8);
  }

  private String uniqueName(String source) {
    String base = source.equals("-") ? "stdin" : Path.of(source).getFileName().toString();
    int dot = base.lastIndexOf('.');
    if (dot > 0 && (base.endsWith(".txt") || Input.isHtmlName(Path.of(base)))) {
      base = base.substring(0, dot);
    }
    String name = base;
    for (int n = 2; !used.add(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  /** brat's type configuration for everything {@link BratAnnotations} writes. */
  static String annotationConf() {
    StringBuilder conf = new StringBuilder("# brat types of hechos (written by hechos --format brat)\n[entities]\n");
    for (EntityType type : EntityType.values()) {
      conf.append(type).append('\n');
    }
    conf.append(BratAnnotations.CONTENT).append('\n');
    conf.append("\n[relations]\n# names, triggers and contents overlap\n"
        + "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n\n[events]\n");
    for (FactType type : FactType.values()) {
      conf.append(type).append("\tAgent?:<ENTITY>, Target?:<ENTITY>, Content?:Content, Time?:DATE, "
          + "Value?:<ENTITY>\n");
    }
    conf.append("\n[attributes]\nModality\tArg:<EVENT>, Value:negated|future|hypothetical\n");
    return conf.toString();
  }
}
