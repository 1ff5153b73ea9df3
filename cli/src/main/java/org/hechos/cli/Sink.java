package org.hechos.cli;

import java.io.IOException;
import org.hechos.Extraction;

/** Where the documents go, in input order: one implementation per output format. */
interface Sink {

  /** Called once before the first document. */
  default void begin() throws IOException {}

  void write(String source, Extraction x) throws IOException;

  /** Called once after the last document; flushes and closes what the sink opened. */
  default void end() throws IOException {}
}
