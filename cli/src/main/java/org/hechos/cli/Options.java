package org.hechos.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hechos.SyntaxParser;

/** What the command line asked for. Immutable; {@link #parse} validates. */
record Options(Format format, int threads, boolean progress, Optional<Path> output,
    Optional<LocalDate> documentDate, boolean html, SyntaxParser parser, List<String> sources, boolean help) {

  static final String USAGE = """
      usage: hechos [OPTIONS] FILE|DIR...      (- reads standard input)
             hechos serve [--port N] [--host H]   (HTTP service; see hechos serve --help)

      Extracts typed facts from Spanish news text. Directories are walked recursively
      for *.txt, *.html and *.htm files, in sorted order; documents are written in input
      order. Files named *.html or *.htm are read as HTML.

        --format FORMAT   jsonl (default): one JSON object per document, one per line
                          pretty: a readable table of facts per document
                          html: one self-contained page with highlighted entities and facts
                          brat: brat standoff .txt + .ann per document (needs --output)
                          plover: one PLOVER event record (JSON) per event (needs full
                          dates: give --date)
                          conllu: CoNLL-U, the dependency parse of every sentence
                          (offsets of each token as TokenRange=begin:end in MISC)
        --pretty          the same as --format pretty
        --output DIR      write files into DIR (brat: NAME.txt, NAME.ann, annotation.conf;
                          jsonl: hechos.jsonl, pretty: hechos.txt, html: hechos.html,
                          plover: plover.jsonl, conllu: hechos.conllu) instead of
                          standard output
        --threads N       extract N documents at a time on one shared pipeline (default 1)
        --date YYYY-MM-DD the documents' publication date: dates without year or month
                          ("el 28 del presente mes") are normalized in it
        --html            read every input as HTML (markup, scripts, styles and entities
                          removed; offsets still count in the HTML as given)
        --parser NAME     the dependency parser arguments are read off: fast (default, ours)
                          or corenlp (CoreNLP's, slower to load and to run; for comparison)
        --progress        print progress (documents done, documents/s, time left) on
                          standard error; on by default when standard error is a terminal
        --no-progress     never print progress
        -h, --help        print this help

      Offsets: jsonl, html, plover and conllu count UTF-16 code units (as Java and JavaScript do);
      brat counts Unicode code points (as Python does).
      Exit code: 0 if every input was read and extracted, 1 if any failed (each failure is one
      line on standard error naming the input; the others are still processed), 2 for a bad
      command line or no documents to read (an empty directory).
      """;

  Options {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(parser, "parser");
    sources = List.copyOf(sources);
  }

  /** {@code progressDefault} is whether progress is shown unless asked otherwise (stderr is a terminal). */
  static Options parse(String[] args, boolean progressDefault) throws UsageException {
    Format format = Format.JSONL;
    int threads = 1;
    boolean progress = progressDefault;
    Optional<Path> output = Optional.empty();
    Optional<LocalDate> documentDate = Optional.empty();
    List<String> sources = new ArrayList<>();
    boolean html = false;
    SyntaxParser parser = SyntaxParser.FAST;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      Optional<String> inline = Optional.empty();
      if (arg.startsWith("--") && arg.contains("=")) {
        name = arg.substring(0, arg.indexOf('='));
        inline = Optional.of(arg.substring(arg.indexOf('=') + 1));
      }
      switch (name) {
        case "--format" -> {
          String value = inline.isPresent() ? inline.get() : value(args, ++i, name);
          format = Format.of(value);
        }
        case "--pretty" -> format = Format.PRETTY;
        case "--threads" -> threads = threads(inline.isPresent() ? inline.get() : value(args, ++i, name));
        case "--output" -> output = Optional.of(Path.of(inline.isPresent() ? inline.get() : value(args, ++i, name)));
        case "--date" -> documentDate = Optional.of(date(inline.isPresent() ? inline.get() : value(args, ++i, name)));
        case "--html" -> html = true;
        case "--parser" -> parser = parser(inline.isPresent() ? inline.get() : value(args, ++i, name));
        case "--progress" -> progress = true;
        case "--no-progress" -> progress = false;
        case "--help", "-h" -> help = true;
        default -> {
          if (arg.startsWith("-") && !arg.equals("-")) {
            throw new UsageException("unknown option '" + arg + "' (see --help)");
          }
          sources.add(arg);
        }
      }
    }
    if (!help && sources.isEmpty()) {
      throw new UsageException("no input (see --help)");
    }
    if (!help && format == Format.BRAT && output.isEmpty()) {
      throw new UsageException("--format brat writes files: give --output DIR");
    }
    return new Options(format, threads, progress, output, documentDate, html, parser, sources, help);
  }

  private static SyntaxParser parser(String value) throws UsageException {
    return switch (value) {
      case "fast" -> SyntaxParser.FAST;
      case "corenlp" -> SyntaxParser.CORENLP;
      default -> throw new UsageException("--parser is fast or corenlp, not '" + value + "'");
    };
  }

  static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static LocalDate date(String value) throws UsageException {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageException("--date needs a date as YYYY-MM-DD, not '" + value + "'");
    }
  }

  private static int threads(String value) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--threads needs a positive whole number, not '" + value + "'");
    }
  }
}
