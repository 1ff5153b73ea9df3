package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hechos.text.Span;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlInputTest {

  /** A news page as it arrives: head, script, style, entities inside and around names, CR LF, inline markup. */
  static final String PAGE = "<!DOCTYPE html>\r\n<html><head><title>Noticias &ndash; VNA</title>"
      + "<style>p { color: red; }</style><script>var visita = 'Rusia';</script></head>\r\n"
      + "<body><nav><a href=\"/\">Inicio</a> | <a href=\"/mundo\">Mundo</a></nav>\r\n"
      + "<h1>Canciller vietnamita visita Rusia</h1>\r\n"
      + "<p>Hanoi&nbsp;(VNA) - El ministro de Relaciones Exteriores de Vietnam, <b>Bui Thanh Son</b>, realiz&oacute; "
      + "una visita oficial a Rusia del 25 al 28 de julio de 2021, por invitaci&#243;n de su hom&oacute;logo "
      + "ruso, Sergu&eacute;i Lav&shy;rov.</p>\r\n"
      + "<p>Son y Lavrov acordaron ampliar la cooperaci&oacute;n en energ&iacute;a &amp; comercio, "
      + "y el canciller peruano Javier Gonz&aacute;lez-Olaechea se reuni&oacute; con Lavrov el 28 de julio de 2021."
      + "</p><script>track('&amp;');</script>\r\n</body></html>\r\n";

  @TempDir
  Path dir;

  @Test
  void pageTextLeavesOutMarkupScriptsAndStylesAndDecodesEntities() {
    String text = HtmlText.of(PAGE).text();
    assertThat(text).contains("Bui Thanh Son, realizó una visita", "invitación de su homólogo", "energía & comercio")
        .contains("Serguéi Lavrov").doesNotContain("<", "color", "var visita", "track(", "&nbsp;", "Noticias", "Inicio");
    assertThat(text.strip()).startsWith("Canciller vietnamita visita Rusia\n\n");
  }

  @Test
  void aDecodedEntityMapsToTheWholeEntityInThePage() {
    HtmlText html = HtmlText.of(PAGE);
    int at = html.text().indexOf("realizó");
    Span span = html.toPage(new Span(at, at + "realizó".length()));
    assertThat(span.in(PAGE)).isEqualTo("realiz&oacute;");
    int invitation = html.text().indexOf("invitación");
    assertThat(html.toPage(new Span(invitation, invitation + "invitación".length())).in(PAGE))
        .isEqualTo("invitaci&#243;n");
  }

  @Test
  void everyEntityAndFactOfAnHtmlFileReadsItsTextInTheOriginalPage() throws IOException {
    Path page = dir.resolve("nota.html");
    Files.writeString(page, PAGE, StandardCharsets.UTF_8);
    JsonNode doc = new ObjectMapper().readTree(run(page.toString()));
    assertThat(doc.get("entities")).extracting(e -> e.get("text").asText())
        .contains("Bui Thanh Son", "Rusia", "Javier González-Olaechea");
    for (JsonNode entity : doc.get("entities")) {
      assertThat(visibleText(entity.get("begin").asInt(), entity.get("end").asInt()))
          .as(entity.toString()).isEqualTo(entity.get("text").asText());
    }
    assertThat(doc.get("facts")).extracting(f -> f.get("type").asText()).contains("VISIT", "MEETING");
    for (JsonNode fact : doc.get("facts")) {
      assertThat(visibleText(fact.get("triggerBegin").asInt(), fact.get("triggerEnd").asInt()))
          .isEqualTo(fact.get("trigger").asText());
    }
  }

  @Test
  void htmlFlagReadsStandardInputAsHtml() throws IOException {
    JsonNode doc = new ObjectMapper().readTree(runStdin(PAGE, "--html", "-"));
    assertThat(doc.get("repairedText").asText()).doesNotContain("<p>").contains("Bui Thanh Son");
  }

  /** What a reader sees of the page between the offsets: tags removed, entities decoded, spaces folded. */
  private static String visibleText(int begin, int end) {
    return Jsoup.parse(PAGE.substring(begin, end)).text().replace("\u00ad", "");  // as HtmlText drops &shy;
  }

  private static String run(String... args) {
    return runStdin("", args);
  }

  private static String runStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false,
        () -> Corpus.PIPELINE);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
