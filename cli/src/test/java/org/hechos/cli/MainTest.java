package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new ByteArrayInputStream("El canciller ruso, Sergei Lavrov, realizó una visita oficial a Vietnam el 28 de julio.".getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false,
        () -> Corpus.PIPELINE);
  }

  private List<String> outLines() {
    return Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
  }

  @Test
  void jsonlIsTheJsonViewOfEachDocumentOnePerLine() throws Exception {
    Path seed = Corpus.seeds().get(0);
    assertThat(run(seed.toString())).isZero();
    ObjectMapper mapper = new ObjectMapper();
    String expected = mapper.writeValueAsString(
        new JsonView(mapper).of(seed.toString(), Corpus.PIPELINE.extract(Corpus.read(seed))));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected + System.lineSeparator());
  }

  @Test
  void badInputsAreReportedOneLineEachAndTheOthersStillRun() throws IOException {
    Path bad = dir.resolve("latin1.txt");
    Files.write(bad, new byte[] {'L', 'a', ' ', 'n', 'a', 'c', 'i', (byte) 0xF3, 'n'});
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Sergei Lavrov visitó Hanoi el 28 de julio.");
    assertThat(run(dir.resolve("missing.txt").toString(), bad.toString(), good.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "hechos: " + dir.resolve("missing.txt") + ": no such file",
        "hechos: " + bad + ": not valid UTF-8");
    assertThat(outLines()).singleElement().asString().contains("\"source\":\"" + good + "\"");
  }

  @Test
  void directoriesAreWalkedRecursivelyForTxtInSortedOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.txt"), "Lavrov llegó a Hanoi.");
    Files.writeString(dir.resolve("b/a.txt"), "Thanh Son llegó a Moscú.");
    Files.writeString(dir.resolve("a.txt"), "Lavrov llegó a Hanoi.");
    Files.writeString(dir.resolve("notes.md"), "no");
    assertThat(run(dir.toString())).isZero();
    assertThat(outLines()).extracting(l -> l.substring(0, l.indexOf("\",\"repairedText")))
        .containsExactly("{\"source\":\"" + dir.resolve("a.txt"), "{\"source\":\"" + dir.resolve("b/a.txt"),
            "{\"source\":\"" + dir.resolve("b/c/z.txt"));
  }

  @Test
  void anEmptyDirectoryIsAnErrorWithOneLine() throws IOException {
    Files.writeString(dir.resolve("notes.md"), "no");
    assertThat(run(dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly("hechos: no documents to read: " + dir + " holds no *.txt, *.html or *.htm file");
    assertThat(out.size()).isZero();
  }

  @Test
  void ploverSaysHowManyEventsHadNoFullDate() {
    assertThat(run("--format", "plover", "-")).isZero();
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("hechos: plover: 1 event left out "
        + "for want of a full date (PLOVER needs one; --date YYYY-MM-DD gives the documents' date)");
  }

  @Test
  void threadsKeepInputOrderAndTheSameOutput() {
    List<String> args = Corpus.seeds().stream().map(Path::toString).toList();
    String[] twice = java.util.stream.Stream.concat(args.stream(), args.stream()).toArray(String[]::new);
    assertThat(run(twice)).isZero();
    String oneThread = out.toString(StandardCharsets.UTF_8);
    out.reset();
    String[] threaded = java.util.stream.Stream.concat(java.util.stream.Stream.of("--threads", "3"),
        Arrays.stream(twice)).toArray(String[]::new);
    assertThat(run(threaded)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(oneThread);
  }

  @Test
  void progressLineCountsDocuments() {
    assertThat(run("--progress", "-")).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("hechos: 1/1 documents, ").contains(" left");
  }

  @Test
  void progressLineGivesRateAndTimeLeft() {
    long[] now = {0};
    Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), 10, () -> now[0]);
    now[0] = 2_000_000_000L;
    p.done();
    p.done();
    assertThat(p.line(now[0])).startsWith("hechos: 2/10 documents, 1.0 documents/s, 0:08 left");
  }

  @Test
  void helpAndUsageErrors() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--format", "--threads", "--output", "--progress");
    assertThat(run("--format", "brat", "x.txt")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--output");
  }

  @Test
  void outputDirectoryGetsTheFormatsFile() throws IOException {
    assertThat(run("--format", "plover", "--date", "2021-07-20", "--output", dir.toString(), "-")).isZero();
    assertThat(Files.readString(dir.resolve("plover.jsonl"))).contains("\"actor\":");
    assertThat(out.size()).isZero();
  }

  @Test
  void everyFormatRunsOnTheSeeds() throws IOException {
    String[] seeds = Corpus.seeds().stream().map(Path::toString).toArray(String[]::new);
    for (String format : new String[] {"pretty", "html", "plover"}) {
      out.reset();
      String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--format", format, "--date", "2021-07-20"),
          Arrays.stream(seeds)).toArray(String[]::new);
      assertThat(run(args)).as(format).isZero();
      assertThat(out.size()).as(format).isPositive();
    }
    String[] brat = java.util.stream.Stream.concat(java.util.stream.Stream.of("--format", "brat", "--output",
        dir.toString()), Arrays.stream(seeds)).toArray(String[]::new);
    assertThat(run(brat)).isZero();
    assertThat(dir.resolve("annotation.conf")).exists();
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".ann")).count()).isEqualTo(seeds.length);
    }
  }
}
