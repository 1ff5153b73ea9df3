package org.hechos.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class DocumentExtractorTest {

  @Test
  void closureCarriesNoPipeline() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new DocumentExtractor(1_000));
    }
    // The class name and one int: a pipeline (hundreds of MB) would show here.
    assertThat(bytes.size()).isLessThan(200);
  }

  @Test
  void optionsRejectUnknownOptionsAndMissingPaths() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "in"))
        .hasMessage("--input and --output are required");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--format", "x"))
        .hasMessage("unknown option '--format'");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--max-chars", "0"))
        .hasMessageContaining("--max-chars must be positive");
    assertThat(JobOptions.parse("--input", "in", "--output", "out", "--input-format", "parquet")
        .inputFormat()).isEqualTo(JobOptions.InputFormat.PARQUET);
  }
}
