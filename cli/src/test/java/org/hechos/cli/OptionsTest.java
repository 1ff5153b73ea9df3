package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaultsToJsonlOnOneThreadWithoutProgress() throws Exception {
    Options o = Options.parse(new String[] {"a.txt", "-"}, false);
    assertThat(o.format()).isEqualTo(Format.JSONL);
    assertThat(o.threads()).isEqualTo(1);
    assertThat(o.progress()).isFalse();
    assertThat(o.sources()).containsExactly("a.txt", "-");
  }

  @Test
  void readsEveryOptionInBothSpellings() throws Exception {
    Options o = Options.parse(new String[] {"--format", "brat", "--threads=3", "--output", "out", "--progress", "d"},
        false);
    assertThat(o.format()).isEqualTo(Format.BRAT);
    assertThat(o.threads()).isEqualTo(3);
    assertThat(o.output()).contains(Path.of("out"));
    assertThat(o.progress()).isTrue();
    assertThat(Options.parse(new String[] {"--format=plover", "x"}, false).format()).isEqualTo(Format.PLOVER);
    assertThat(Options.parse(new String[] {"--pretty", "x"}, false).format()).isEqualTo(Format.PRETTY);
  }

  @Test
  void documentDateIsReadAndCheckedAsAnIsoDate() throws Exception {
    assertThat(Options.parse(new String[] {"--date", "2021-07-20", "x"}, false).documentDate())
        .contains(LocalDate.of(2021, 7, 20));
    assertThat(Options.parse(new String[] {"x"}, false).documentDate()).isEmpty();
    assertThatThrownBy(() -> Options.parse(new String[] {"--date=20/07/2021", "x"}, false))
        .isInstanceOf(UsageException.class).hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void progressFollowsTheTerminalUnlessTurnedOff() throws Exception {
    assertThat(Options.parse(new String[] {"x"}, true).progress()).isTrue();
    assertThat(Options.parse(new String[] {"--no-progress", "x"}, true).progress()).isFalse();
  }

  @Test
  void rejectsBadCommandLinesWithAReason() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--format", "xml", "x"}, false))
        .hasMessageContaining("unknown format 'xml'").hasMessageContaining("jsonl|pretty|html|brat|plover");
    assertThatThrownBy(() -> Options.parse(new String[] {"--threads", "0", "x"}, false))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Options.parse(new String[] {"--threads"}, false)).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Options.parse(new String[] {"--bogus", "x"}, false)).hasMessageContaining("--bogus");
    assertThatThrownBy(() -> Options.parse(new String[] {}, false)).hasMessageContaining("no input");
    assertThatThrownBy(() -> Options.parse(new String[] {"--format", "brat", "x"}, false))
        .hasMessageContaining("--output");
  }

  @Test
  void helpListsEveryOptionAndFormat() {
    for (String word : new String[] {"--format", "--pretty", "--output", "--threads", "--progress", "--no-progress",
        "--help", "jsonl", "pretty", "html", "brat", "plover", "UTF-16", "code points"}) {
      assertThat(Options.USAGE).contains(word);
    }
  }

  @Test
  void parserIsFastUnlessCoreNlpIsAskedForAndAnUnknownOneIsAUsageError() throws UsageException {
    assertThat(Options.parse(new String[] {"a.txt"}, false).parser()).isEqualTo(org.hechos.SyntaxParser.FAST);
    assertThat(Options.parse(new String[] {"--parser", "corenlp", "a.txt"}, false).parser())
        .isEqualTo(org.hechos.SyntaxParser.CORENLP);
    assertThatThrownBy(() -> Options.parse(new String[] {"--parser=spacy", "a.txt"}, false))
        .isInstanceOf(UsageException.class).hasMessageContaining("fast or corenlp");
  }
}
