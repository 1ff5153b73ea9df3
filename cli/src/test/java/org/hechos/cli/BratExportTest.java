package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hechos.Extraction;
import org.hechos.text.Entity;
import org.hechos.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratExportTest {

  @TempDir
  Path dir;

  /** One T line read back: type, code point fragments, text. */
  private record TextBound(String type, List<int[]> fragments, String text) {}

  @Test
  void seedsRoundTripThroughTxtAndAnn() throws IOException {
    BratSink sink = new BratSink(dir);
    sink.begin();
    for (Path seed : Corpus.seeds()) {
      Extraction x = Corpus.PIPELINE.extract(Corpus.read(seed));
      sink.write(seed.toString(), x);
      String name = seed.getFileName().toString().replace(".txt", "");
      assertThat(Files.readString(dir.resolve(name + ".txt"))).isEqualTo(x.original());
      checkRoundTrip(name, x);
    }
    sink.end();
    assertThat(Files.readString(dir.resolve("annotation.conf"))).contains("[entities]\nPERSON\n", "VISIT\tAgent?:",
        "Modality\tArg:<EVENT>");
  }

  @Test
  void emojiTextRoundTripsInCodePoints() throws IOException {
    Extraction x = Corpus.PIPELINE.extract(Corpus.EMOJI_TEXT);
    BratSink sink = new BratSink(dir);
    sink.begin();
    sink.write("dispatch.txt", x);
    Map<String, TextBound> t = checkRoundTrip("dispatch", x);
    // "Sergei Lavrov" comes after the flag and the handshake: UTF-16 and code points differ by 3
    Mention lavrov = x.entities().stream().filter(e -> e.canonical().equals("Sergei Lavrov"))
        .flatMap(e -> e.mentions().stream()).filter(m -> m.text().equals("Sergei Lavrov")).findFirst().orElseThrow();
    TextBound tb = t.values().stream().filter(b -> b.text().equals("Sergei Lavrov")).findFirst().orElseThrow();
    assertThat(tb.fragments().get(0)[0]).isEqualTo(lavrov.span().begin() - 3);
  }

  @Test
  void namesOfInputsWithTheSameFileNameDoNotCollide() throws IOException {
    BratSink sink = new BratSink(dir);
    sink.begin();
    Extraction x = Corpus.PIPELINE.extract("Lavrov llegó a Hanoi.");
    sink.write("a/nota.txt", x);
    sink.write("b/nota.txt", x);
    sink.write("-", x);
    assertThat(dir.resolve("nota.ann")).exists();
    assertThat(dir.resolve("nota-2.ann")).exists();
    assertThat(dir.resolve("stdin.txt")).exists();
  }

  /** Parses {@code name.ann} and checks it against {@code name.txt} read as code points and against {@code x}. */
  private Map<String, TextBound> checkRoundTrip(String name, Extraction x) throws IOException {
    int[] codePoints = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8).codePoints().toArray();
    Map<String, TextBound> textBounds = new HashMap<>();
    int events = 0;
    for (String line : Files.readAllLines(dir.resolve(name + ".ann"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t", -1);
      switch (line.charAt(0)) {
        case 'T' -> {
          assertThat(cols).as(line).hasSize(3);
          String[] typeAndOffsets = cols[1].split(" ", 2);
          List<int[]> fragments = new ArrayList<>();
          List<String> texts = new ArrayList<>();
          for (String fragment : typeAndOffsets[1].split(";")) {
            String[] be = fragment.split(" ");
            int b = Integer.parseInt(be[0]);
            int e = Integer.parseInt(be[1]);
            fragments.add(new int[] {b, e});
            texts.add(new String(codePoints, b, e - b));
          }
          assertThat(String.join(" ", texts)).as(line).isEqualTo(cols[2]);
          textBounds.put(cols[0], new TextBound(typeAndOffsets[0], fragments, cols[2]));
        }
        case 'E' -> {
          events++;
          String[] args = cols[1].split(" ");
          String[] trigger = args[0].split(":");
          assertThat(textBounds.get(trigger[1]).type()).as(line).isEqualTo(trigger[0]);
          for (String arg : args) {
            assertThat(textBounds).as(line).containsKey(arg.split(":")[1]);
          }
        }
        case 'A' -> assertThat(cols[1]).matches("Modality E\\d+ (negated|future|hypothetical)");
        default -> throw new AssertionError("unexpected line " + line);
      }
    }
    assertThat(events).isEqualTo(x.facts().size());
    // every entity name of the JSON output is a T line of its type
    CodePoints cp = new CodePoints(x.original());
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        if (m.kind() == Mention.Kind.NAME) {
          assertThat(textBounds.values()).as(m.toString()).anySatisfy(tb -> {
            assertThat(tb.type()).isEqualTo(m.type().name());
            assertThat(tb.fragments().get(0)[0]).isEqualTo(cp.of(m.span().begin()));
          });
        }
      }
    }
    return textBounds;
  }
}
