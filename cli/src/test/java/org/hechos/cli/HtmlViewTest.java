package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hechos.Extraction;
import org.hechos.text.Edit;
import org.hechos.text.Mention;
import org.junit.jupiter.api.Test;

class HtmlViewTest {

  /** The text box of one document section. */
  private static final Pattern TEXT_BOX = Pattern.compile("<div class=\"text\">(.*?)</div>", Pattern.DOTALL);
  /** Any tag. */
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  /** The data-m number of an entity name mark. */
  private static final Pattern NAME_MARK = Pattern.compile("<span class=\"ent [^\"]*\" data-m=\"(\\d+)\"");

  @Test
  void textBoxReadsExactlyTheOriginalOfEverySeed() {
    for (Path seed : Corpus.seeds()) {
      String text = Corpus.read(seed);
      Extraction x = Corpus.PIPELINE.extract(text);
      String section = HtmlDocument.section(0, seed.toString(), x);
      assertThat(unescape(strip(textBox(section)))).as(seed.toString()).isEqualTo(text);
      assertThat(nameMarks(section)).as(seed.toString()).isEqualTo(names(x));
      assertThat(count(section, "<tr class=\"fact\"")).isEqualTo(x.facts().size());
    }
  }

  @Test
  void escapesMarkupInTheTextAndInFacts() {
    String text = "El canciller Sergei Lavrov afirmó que <script>alert('x')</script> y \"Tom & Jerry\" "
        + "son <img src=x onerror=alert(1)> importantes.\n";
    String page = page(text);
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(page).contains("Tom &amp; Jerry").contains("&quot;");
    assertThat(count(page, "<script>")).isEqualTo(1); // the page's own script only
    assertThat(unescape(strip(textBox(page)))).isEqualTo(text);
  }

  @Test
  void escapesTheSourceName() {
    assertThat(HtmlDocument.section(0, "<b>&.txt", Corpus.PIPELINE.extract("Lavrov llegó a Hanoi.")))
        .contains("<h2>&lt;b&gt;&amp;.txt</h2>");
  }

  @Test
  void marksNamesAfterEmojiAtTheirOffsets() {
    String text = Corpus.EMOJI_TEXT;
    Extraction x = Corpus.PIPELINE.extract(text);
    String page = page(text);
    assertThat(unescape(strip(textBox(page)))).isEqualTo(text);
    Matcher m = Pattern.compile("data-b=\"(\\d+)\" data-end=\"(\\d+)\" data-label=\"[A-Z]+\" title=\"[^\"]*\">([^<]*)<")
        .matcher(page);
    int checked = 0;
    while (m.find()) {
      assertThat(unescape(m.group(3))).isEqualTo(text.substring(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      checked++;
    }
    assertThat(checked).isGreaterThan(3);
    assertThat(page).contains("Sergei Lavrov</span>");
  }

  @Test
  void marksRepairsAndDroppedNoise() {
    Extraction x = Corpus.PIPELINE.extract(Corpus.EMOJI_TEXT);
    String page = page(Corpus.EMOJI_TEXT);
    assertThat(x.edits()).extracting(Edit::kind).contains(Edit.Kind.NOISE, Edit.Kind.GLUED_WORDS);
    assertThat(page).contains("<span class=\"noise\" title=\"dropped as noise: not read for facts\">Compartir");
    assertThat(page).contains("title=\"glued words: «realizóuna» read as «realizó una»\">realizóuna</span>");
  }

  private static String page(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
    HtmlSink sink = new HtmlSink(out);
    sink.begin();
    sink.write("dispatch.txt", Corpus.PIPELINE.extract(text));
    sink.end();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static long names(Extraction x) {
    return x.entities().stream().flatMap(e -> e.mentions().stream()).filter(m -> m.kind() == Mention.Kind.NAME).count();
  }

  private static long nameMarks(String html) {
    Set<String> ids = new HashSet<>();
    Matcher m = NAME_MARK.matcher(textBox(html));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids.size();
  }

  private static String textBox(String html) {
    Matcher m = TEXT_BOX.matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String strip(String html) {
    return TAG.matcher(html).replaceAll("");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#13;", "\r").replace("&amp;", "&");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
