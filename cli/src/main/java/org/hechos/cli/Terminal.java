package org.hechos.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so that a progress line there is read by someone. */
final class Terminal {

  private Terminal() {}

  /**
   * True if the JVM has a console (standard input and output are a terminal) or, on Linux, if file
   * descriptor 2 is a terminal device: {@code ./hechos DIR > out.jsonl} still shows progress.
   */
  static boolean stderrIsTerminal() {
    if (System.console() != null) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // not Linux, or not allowed to look: no progress unless --progress
    }
  }
}
