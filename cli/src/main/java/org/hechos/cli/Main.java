package org.hechos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hechos.Extraction;
import org.hechos.Pipeline;

/**
 * {@code hechos [--pretty] FILE...}: extracts facts from each file ({@code -} for standard input)
 * and prints one JSON object per document, one per line, in input order. An unreadable file gives
 * one line on standard error naming it; the exit code is 1 if any input failed.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    boolean pretty = false;
    List<String> sources = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--pretty" -> pretty = true;
        case "--help", "-h" -> {
          out.println("usage: hechos [--pretty] FILE...   (- reads standard input)");
          out.println("Prints one JSON object per document (JSON Lines); --pretty prints a table.");
          return 0;
        }
        default -> sources.add(arg);
      }
    }
    if (sources.isEmpty()) {
      err.println("hechos: no input; usage: hechos [--pretty] FILE...  (- for standard input)");
      return 2;
    }
    Pipeline pipeline = Pipeline.spanish();
    ObjectMapper mapper = new ObjectMapper();
    JsonView json = new JsonView(mapper);
    int failed = 0;
    for (String source : sources) {
      String text;
      try {
        text = read(source, stdin);
      } catch (IOException e) {
        err.println("hechos: " + source + ": " + describe(e));
        failed++;
        continue;
      }
      try {
        Extraction x = pipeline.extract(text);
        if (pretty) {
          PrettyView.print(source, x, out);
        } else {
          out.println(mapper.writeValueAsString(json.of(source, x)));
        }
      } catch (IOException | RuntimeException e) {
        err.println("hechos: " + source + ": extraction failed: " + e.getMessage());
        failed++;
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static String read(String source, InputStream stdin) throws IOException {
    byte[] bytes = source.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static String describe(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
