package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record text fields as scraped corpora and CMS exports hold them: HTML markup in the text is
 * read as HTML (its text extracted, with a warning); header names with spaces around them match.
 */
class HtmlFieldTest {

  private final OneFile file;

  HtmlFieldTest(@TempDir Path tmp) {
    file = new OneFile(tmp);
  }


  @Test
  void htmlInAJsonlTextFieldIsReadAsHtml() throws IOException {
    InputReport r = file.read("c.jsonl", "{\"text\": \"Plain text, nothing to extract.\"}\n"
        + "{\"text\": \"<p>The so-called <b>drills</b> began.</p><script>alert(1)</script>"
        + "<p>Troops left &amp; returned.<br>Later.</p>\"}\n");
    assertEquals(List.of("Plain text, nothing to extract.",
        "The so-called drills began.\n\nTroops left & returned.\nLater."), // <br>: a line break
        file.articles.stream().map(Article::text).toList());
    assertEquals("the text field holds HTML (first at line 2): the text was extracted from it, "
        + "so offsets point into the extracted text", r.reason());
    assertEquals(InputReport.Status.OK, r.status());
  }

  @Test
  void textWithAnglesOrOneTagStaysAsItIs() throws IOException {
    String text = "If x < y and y > z, then x < z. The <b> tag is bold.";
    InputReport r = file.read("c.jsonl", "{\"text\": \"" + text + "\"}\n");
    assertEquals(List.of(text), file.articles.stream().map(Article::text).toList());
    assertEquals("", r.reason());
  }

  @Test
  void htmlInACsvTextColumnAndHeaderNamesWithSpaces() throws IOException {
    InputReport r = file.read("c.csv", "id, Text , Source \n"
        + "c1,\"<div><p>First paragraph.</p><p>Second one.</p></div>\",Daily\n");
    assertEquals(List.of("First paragraph.\n\nSecond one."),
        file.articles.stream().map(Article::text).toList());
    assertEquals("Daily", file.articles.get(0).metadata().source());
    assertEquals("the text field holds HTML (first at line 2): the text was extracted from it, "
        + "so offsets point into the extracted text", r.reason());
  }
}
