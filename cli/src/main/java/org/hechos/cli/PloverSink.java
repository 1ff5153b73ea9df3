package org.hechos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import org.hechos.Extraction;

/**
 * PLOVER event records, one JSON object per line ({@link PloverView}). At the end, one line on
 * standard error says how many events were left out for want of a full date, if any were.
 */
final class PloverSink implements Sink {

  private final ObjectMapper mapper = new ObjectMapper();
  private final PloverView view;
  private final PrintStream out;
  private final PrintStream err;
  private int undated;

  PloverSink(Optional<LocalDate> documentDate, PrintStream out, PrintStream err) {
    this.view = new PloverView(mapper, PloverMapping.load(), documentDate);
    this.out = out;
    this.err = err;
  }

  @Override
  public void write(String source, Extraction x) throws IOException {
    PloverView.Records records = view.of(source, x);
    for (ObjectNode record : records.records()) {
      out.println(mapper.writeValueAsString(record));
    }
    undated += records.undated();
  }

  @Override
  public void end() {
    if (undated > 0) {
      err.println("hechos: plover: " + undated + (undated == 1 ? " event" : " events")
          + " left out for want of a full date (PLOVER needs one; --date YYYY-MM-DD gives the documents' date)");
    }
  }
}
