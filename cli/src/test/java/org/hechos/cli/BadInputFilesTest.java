package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the command line cannot read: each gets one line on standard error naming it, the other
 * files are still read, and the exit code is 1.
 */
class BadInputFilesTest {

  private static final String NEWS = "La canciller de Chile, Ana Pérez, realizó una visita oficial a Vietnam el 3 de mayo.\n";

  @TempDir
  static Path dir;

  private static Path good;
  private static Path latin1;
  private static Path directory;
  private static Path missing;
  private static Result result;

  @BeforeAll
  static void runOnceOverBadAndGoodFiles() throws IOException {
    good = Files.writeString(dir.resolve("good.txt"), NEWS, StandardCharsets.UTF_8);
    latin1 = Files.write(dir.resolve("latin1.txt"), NEWS.getBytes(StandardCharsets.ISO_8859_1));
    directory = Files.createDirectory(dir.resolve("a-directory.txt"));
    missing = dir.resolve("missing.txt");
    result = run(latin1.toString(), directory.toString(), missing.toString(), good.toString());
  }

  @Test
  void badFilesMakeTheExitCodeOne() {
    assertThat(result.exit).isEqualTo(1);
  }

  @Test
  void eachBadFileGetsOneErrorLineNamingIt() {
    // a directory is walked for *.txt files (this one holds none), so it is no error
    assertThat(result.errLines()).hasSize(2);
    assertThat(result.errLines().get(0)).contains(latin1.toString()).contains("not valid UTF-8");
    assertThat(result.errLines().get(1)).contains(missing.toString()).contains("no such file");
    assertThat(result.errLines()).noneMatch(line -> line.contains(directory.toString()));
  }

  @Test
  void goodFileAfterBadOnesIsStillRead() {
    assertThat(result.out).contains("Ana Pérez");
  }

  @Test
  void unreadableFileGetsAnErrorLineNamingIt() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.txt"), NEWS, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reading");

    Result locked1 = run(locked.toString());

    assertThat(locked1.exit).isEqualTo(1);
    assertThat(locked1.errLines()).singleElement().asString().contains(locked.toString()).contains("permission denied");
  }

  @Test
  void invalidUtf8OnStandardInputIsReportedAsStandardInput() {
    Result stdin = run(new byte[] {'P', (byte) 0xE9, 'r', 'e', 'z'}, "-");

    assertThat(stdin.exit).isEqualTo(1);
    assertThat(stdin.errLines()).singleElement().asString().contains("-").contains("not valid UTF-8");
  }

  private static Result run(String... args) {
    return run(new byte[0], args);
  }

  private static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Result(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }
}
