package org.hechos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One document to read: a file, or standard input when {@code path} is empty; {@code html} when it
 * is read as HTML ({@code --html}, or a file named {@code *.html} or {@code *.htm}).
 */
record Input(String name, Optional<Path> path, boolean html) {

  Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }

  static Input stdin(boolean html) {
    return new Input("-", Optional.empty(), html);
  }

  /** {@code html}: read as HTML whatever its name; else by the name's extension. */
  static Input file(Path path, boolean html) {
    return new Input(path.toString(), Optional.of(path), html || isHtmlName(path));
  }

  static boolean isHtmlName(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  /** The text, decoded as strict UTF-8. */
  String read(InputStream stdin) throws IOException {
    return utf8(path.isPresent() ? Files.readAllBytes(path.get()) : stdin.readAllBytes());
  }

  /** {@code bytes} decoded as strict UTF-8: malformed input is an error, never replaced. */
  static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** A short reason for a failed read, for the one line on standard error. */
  static String describe(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
