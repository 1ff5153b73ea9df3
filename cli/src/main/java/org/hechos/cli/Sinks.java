package org.hechos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hechos.Extraction;

/** Makes the sink of a format, writing to standard output or to a file under {@code --output}. */
final class Sinks {

  private Sinks() {}

  static Sink open(Options options, PrintStream stdout, PrintStream stderr) throws IOException {
    Format format = options.format();
    Optional<Path> outputDir = options.output();
    if (format == Format.BRAT) {
      return new BratSink(outputDir.orElseThrow(() -> new IllegalArgumentException("brat needs --output DIR")));
    }
    boolean ownsOut = outputDir.isPresent();
    PrintStream out = ownsOut ? file(outputDir.get().resolve(format.fileName)) : stdout;
    Sink sink = switch (format) {
      case JSONL -> jsonl(out);
      case PRETTY -> (source, x) -> PrettyView.print(source, x, out);
      case HTML -> new HtmlSink(out);
      case PLOVER -> new PloverSink(options.documentDate(), out, stderr);
      case CONLLU -> new ConlluSink(out);
      case BRAT -> throw new AssertionError("handled above");
    };
    return ownsOut ? closing(sink, out) : flushing(sink, out);
  }

  private static PrintStream file(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    OutputStream file = Files.newOutputStream(path);
    return new PrintStream(new BufferedOutputStream(file, 1 << 16), false, StandardCharsets.UTF_8);
  }

  /** DESIGN.md's contract: one JSON object per document, one per line. */
  private static Sink jsonl(PrintStream out) {
    ObjectMapper mapper = new ObjectMapper();
    JsonView json = new JsonView(mapper);
    return (source, x) -> out.println(mapper.writeValueAsString(json.of(source, x)));
  }

  /** What to do with the output stream once the sink has ended. */
  private interface Finish {
    void run() throws IOException;
  }

  /** {@code sink}, then flushing standard output: the stream is not ours to close. */
  private static Sink flushing(Sink sink, PrintStream out) {
    return finishing(sink, out::flush);
  }

  /** {@code sink}, then closing the output file we opened, reporting a failed write. */
  private static Sink closing(Sink sink, PrintStream out) {
    return finishing(sink, () -> {
      out.close();
      if (out.checkError()) {
        throw new IOException("cannot write the output file");
      }
    });
  }

  private static Sink finishing(Sink sink, Finish finish) {
    return new Sink() {
      @Override
      public void begin() throws IOException {
        sink.begin();
      }

      @Override
      public void write(String source, Extraction x) throws IOException {
        sink.write(source, x);
      }

      @Override
      public void end() throws IOException {
        sink.end();
        finish.run();
      }
    };
  }
}
