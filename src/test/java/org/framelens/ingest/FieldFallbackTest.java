package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records as exports write them (black-box hunt 4): an empty or null first candidate field
 * passes to the next one, for text and metadata; MongoDB dates; objects without a name; NewsAPI
 * excerpts; spreadsheet empty rows; Markdown front matter.
 */
class FieldFallbackTest {

  private final OneFile file;

  FieldFallbackTest(@TempDir Path tmp) {
    file = new OneFile(tmp);
  }

  private List<String> texts() {
    return file.articles.stream().map(Article::text).toList();
  }

  @Test
  void anEmptyOrNullTextFieldPassesToTheNextCandidate() throws IOException {
    InputReport r = file.read("t.jsonl", """
        {"id":"a","content_original":"","content":"The talks resumed on Monday."}
        {"id":"b","content_original":null,"text":"The talks resumed on Tuesday."}
        {"id":"c","text":"   ","body":"Body text here."}
        {"id":"d","content":"","text":null}
        """);
    assertEquals(List.of("The talks resumed on Monday.", "The talks resumed on Tuesday.",
        "Body text here."), texts());
    assertEquals(1, r.recordsFailed());
    assertTrue(r.reason().contains("line 4: the text fields \"content\", \"text\" are all "
        + "empty or null"), r.reason());
  }

  @Test
  void aCsvWithAnEmptyFirstTextColumnTakesTheNextOne() throws IOException {
    InputReport r = file.read("c.csv", "id,content,text,title\nr1,,The talks resumed.,T1\n"
        + "r2,Content here.,,T2\n");
    assertEquals(List.of("The talks resumed.", "Content here."), texts());
    assertEquals(0, r.recordsFailed());
  }

  @Test
  void nullOrEmptyMetadataFieldsPassToTheNextCandidate() throws IOException {
    file.read("s.jsonl", """
        {"id":"s1","source":null,"source_domain":"bbc.co.uk","title":null,"headline":"HL","text":"T."}
        {"id":"s2","source":"","publisher":"Pub","text":"T."}
        """);
    assertEquals("bbc.co.uk", file.articles.get(0).metadata().source());
    assertEquals("HL", file.articles.get(0).metadata().title());
    assertEquals("Pub", file.articles.get(1).metadata().source());
  }

  @Test
  void mongoDatesAreUnwrappedAndObjectsWithoutANameAreUnknown() throws IOException {
    file.read("m.jsonl", """
        {"id":"m1","source":{"domain":"bbc.co.uk"},"text":"T."}
        {"id":"m2","source":"X","date":{"$date":"2022-02-10T00:00:00Z"},"text":"T."}
        {"id":"m3","source":"X","date":{"$date":{"$numberLong":"1644451200000"}},"text":"T."}
        {"id":"m4","source":{"id":"r","name":"Reuters"},"date":"2022-02-10T25:00:00Z","text":"T."}
        """);
    assertEquals("", file.articles.get(0).metadata().source());
    assertEquals("2022-02-10", file.articles.get(1).metadata().date());
    assertEquals("2022-02-10", file.articles.get(2).metadata().date());
    assertEquals("Reuters", file.articles.get(3).metadata().source());
    assertEquals("2022-02-10T25:00:00Z", file.articles.get(3).metadata().date());
  }

  @Test
  void newsApiTruncationMarkerIsTakenOffAndReported() throws IOException {
    InputReport r = file.read("n.json", """
        {"status":"ok","totalResults":1,"articles":[{"source":{"id":null,"name":"Reuters"},
        "title":"A1","content":"Troops massed, officials said. The Kremlin denied it\u2026 [+2000 chars]"}]}
        """);
    assertEquals(List.of("Troops massed, officials said. The Kremlin denied it\u2026"), texts());
    assertTrue(r.reason().contains("1 record(s) cut short by NewsAPI"), r.reason());
    assertEquals(0, r.recordsFailed());
  }

  @Test
  void aSpreadsheetRowOfEmptyCellsIsNoRecord() throws IOException {
    InputReport r = file.read("x.csv", "\uFEFFid;title;text;source\r\n"
        + "1;\"A; b\";Troops massed.;El País\r\n;;;\r\n");
    assertEquals(List.of("Troops massed."), texts());
    assertEquals(0, r.recordsFailed());
    assertEquals("", r.reason());
  }

  @Test
  void markdownFrontMatterIsMetadataNotText() throws IOException {
    String md = """
        ---
        title: "Troops mass"
        source: Hugo Outlet
        date: 2022-02-10
        tags: [russia]
        ---

        # Troops mass at the border

        Russian troops massed near the border, officials said.
        """;
    file.read("fm.md", md);
    Article a = file.articles.get(0);
    assertEquals("Troops mass", a.metadata().title());
    assertEquals("Hugo Outlet", a.metadata().source());
    assertEquals("2022-02-10", a.metadata().date());
    assertEquals("Russian troops massed near the border, officials said.",
        a.text().substring(a.bodyStart()).strip());
  }

  @Test
  void aMarkdownFileOpeningWithARuleButNoClosingFenceIsReadAsBefore() throws IOException {
    file.read("r.md", "---\n\nRussian troops massed near the border, officials said.\n");
    assertEquals(0, file.articles.get(0).bodyStart()); // a line of dashes is no title
    assertEquals("", file.articles.get(0).metadata().title());
  }

  @Test
  void aOneSentenceFirstParagraphTakenAsTitleIsNamedInTheManifest() throws IOException {
    InputReport r = file.read("q.txt", "\"We will not back down,\" Senator Smith said.\n\n"
        + "The vote is now set for March, the majority leader told reporters.\n");
    assertEquals("\"We will not back down,\" Senator Smith said.",
        file.articles.get(0).metadata().title());
    assertTrue(r.reason().contains("was taken as the title and is not analysed"), r.reason());
    InputReport plain = file.read("h.txt", "Troops mass at border\n\nTroops massed, officials "
        + "said.\n");
    assertEquals("", plain.reason());
  }
}
