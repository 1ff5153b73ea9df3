package org.hechos.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import org.hechos.ParsedSentences;
import org.hechos.Pipeline;
import org.hechos.SyntaxParser;

/**
 * {@code hechos [OPTIONS] FILE|DIR...}: extracts facts from each document ({@code -} for standard
 * input) and writes them in the chosen format, in input order. See {@link Options#USAGE}.
 * {@code hechos serve ...} runs the HTTP service instead ({@link ServeCommand}).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err, Terminal.stderrIsTerminal());
    out.flush();
    System.exit(code);
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    return run(args, stdin, out, err, false);
  }

  /** {@code terminal}: standard error is a terminal, so progress is shown unless {@code --no-progress}. */
  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, boolean terminal) {
    return run(args, stdin, out, err, terminal, Pipeline::spanish);
  }

  /** As above, with the pipeline made by {@code pipelines} (tests share one). */
  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, boolean terminal,
      Supplier<Pipeline> pipelines) {
    if (args.length > 0 && args[0].equals("serve")) {
      return ServeCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err, pipelines);
    }
    Options options;
    try {
      options = Options.parse(args, terminal);
    } catch (UsageException e) {
      err.println("hechos: " + e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.print(Options.USAGE);
      out.flush();
      return 0;
    }
    Inputs.Expanded expanded = Inputs.expand(options.sources(), options.html());
    expanded.errors().forEach(e -> err.println("hechos: " + e));
    if (expanded.inputs().isEmpty()) {
      if (!expanded.errors().isEmpty()) {
        return 1;
      }
      err.println("hechos: no documents to read: " + String.join(", ", options.sources()) + " holds no "
          + Inputs.DOCUMENT_FILES + " file");
      return 2;
    }
    Sink sink;
    try {
      sink = Sinks.open(options, out, err);
      sink.begin();
    } catch (IOException e) {
      err.println("hechos: cannot write output: " + e.getMessage());
      return 1;
    }
    // the default pipeline may be shared (tests); another parser, or CoNLL-U's parse of every
    // sentence, is asked for rarely
    ParsedSentences parsed = options.format() == Format.CONLLU ? ParsedSentences.ALL : ParsedSentences.TRIGGERS;
    Pipeline pipeline = options.parser() == SyntaxParser.FAST && parsed == ParsedSentences.TRIGGERS ? pipelines.get()
        : Pipeline.spanish(org.hechos.Limits.DEFAULT, options.parser(), parsed);
    Progress progress = options.progress()
        ? new Progress(err, expanded.inputs().size(), System::nanoTime) : Progress.silent();
    int failed = new Batch(pipeline, options.threads(), options.documentDate()).run(expanded.inputs(), stdin, sink, err, progress);
    progress.finish();
    try {
      sink.end();
    } catch (IOException e) {
      err.println("hechos: cannot write output: " + e.getMessage());
      failed++;
    }
    out.flush();
    return failed + expanded.errors().size() == 0 ? 0 : 1;
  }
}
