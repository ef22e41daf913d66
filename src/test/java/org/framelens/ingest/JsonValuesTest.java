package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSONL values that are not plain strings, as news APIs and scrapers write them: a text stored as
 * an array of paragraphs, NewsAPI's source object and {@code publishedAt}, Unix time stamps and
 * compact dates, and {@code null}s, numbers and booleans (pandas writes a missing value as
 * {@code null}).
 */
class JsonValuesTest {

  @TempDir
  Path tmp;

  private List<Article> read(String jsonl) throws IOException {
    OneFile file = new OneFile(tmp);
    InputReport r = file.read("c.jsonl", jsonl);
    assertEquals(InputReport.Status.OK, r.status(), r.reason());
    return file.articles;
  }

  private static List<String> problems(InputReport r) {
    return r.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
  }

  @Test
  void nullMetadataIsUnknownNotTheWordNull() throws IOException {
    // before 2026-11-22: source "null", date "null", title "null" (and sources.csv pooled an
    // outlet named "null")
    List<Article> a = read("{\"text\": \"Troops moved.\", \"source\": null, \"date\": null, "
        + "\"title\": null, \"url\": null, \"topic\": null, \"id\": null}\n"
        + "{\"text\": \"Talks began.\", \"source\": {\"id\": null, \"name\": null}, "
        + "\"publishedAt\": null, \"topic\": []}\n");
    assertEquals(2, a.size());
    for (Article x : a) {
      assertEquals(Metadata.empty(), x.metadata(), x.toString());
    }
    assertEquals(List.of("c:1", "c:2"), a.stream().map(Article::id).toList(),
        "a null id is no id: the record is named by its line");
  }

  @Test
  void idsAndMetadataThatAreNumbersOrBooleansKeepTheirText() throws IOException {
    List<Article> a = read("{\"text\": \"A.\", \"id\": 42, \"topic\": true}\n"
        + "{\"text\": \"B.\", \"id\": 12345678901234567890, \"source\": 7}\n");
    assertEquals(List.of("42", "12345678901234567890"), a.stream().map(Article::id).toList());
    assertEquals("true", a.get(0).metadata().topic());
    assertEquals("7", a.get(1).metadata().source());
  }

  @Test
  void aTextFieldThatIsNullANumberOrABooleanIsABadRecordNamedByItsLine() throws IOException {
    // before 2026-11-22: articles whose text was "null", "42" and "true"
    OneFile file = new OneFile(tmp);
    InputReport r = file.read("t.jsonl", "{\"text\": null, \"source\": \"Daily A\"}\n"
        + "{\"text\": 42}\n"
        + "{\"text\": true}\n"
        + "{\"text\": \"The one readable record.\", \"source\": \"Daily A\"}\n"
        + "{\"Content_Original\": 1.5e300}\n");
    assertEquals(InputReport.Status.OK, r.status());
    assertEquals(List.of("The one readable record."),
        file.articles.stream().map(Article::text).toList());
    assertEquals(List.of("1: the text field \"text\" is null",
        "2: the text field \"text\" holds a number (42), not text",
        "3: the text field \"text\" holds a boolean (true), not text",
        "5: the text field \"Content_Original\" holds a number (1.5E300), not text"),
        problems(r));
  }

  @Test
  void aNullTextFieldIsABadRecordInAStreamedFileToo() throws Exception {
    // the fast reader of streamed files reads null, numbers and booleans as Jackson does
    JsonlStreamTest.Recorder r = new JsonlStreamTest.Recorder();
    JsonlReader.stream(new java.io.ByteArrayInputStream(("{\"text\": null, \"id\": 7}\n"
        + "{\"text\": false}\n{\"text\": -3}\n"
        + "{\"text\": \"Read.\", \"source\": null, \"id\": 8}\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "s.jsonl", "s",
        FieldMapping.defaults(), r);
    assertEquals(List.of("bad 1: the text field \"text\" is null",
        "bad 2: the text field \"text\" holds a boolean (false), not text",
        "bad 3: the text field \"text\" holds a number (-3), not text",
        "article 8 line 4 : Read."), r.events);
  }

  @Test
  void aTextStoredAsAnArrayOfParagraphsIsJoinedWithBlankLines() throws IOException {
    List<Article> a = read("{\"id\": \"p\", \"text\": [\"Para one is here.\", \"Para two.\"]}\n");
    assertEquals("Para one is here.\n\nPara two.", a.get(0).text());
  }

  @Test
  void aNewsApiRecordGivesItsSourceNameAndDate() throws IOException {
    List<Article> a = read("{\"source\": {\"id\": \"reuters\", \"name\": \"Reuters\"}, "
        + "\"author\": null, \"title\": \"Drills begin\", \"url\": \"https://example.org/a\", "
        + "\"publishedAt\": \"2022-02-10T08:30:00Z\", \"content\": \"The drills began.\"}\n");
    Metadata m = a.get(0).metadata();
    assertEquals("Reuters", m.source());
    assertEquals("2022-02-10", m.date());
    assertEquals("Drills begin", m.title());
  }

  @Test
  void unixTimeStampsAndCompactDatesBecomeIsoDates() throws IOException {
    List<Article> a = read("{\"text\": \"A.\", \"date\": 1644481800}\n"
        + "{\"text\": \"B.\", \"date\": \"1644481800123\"}\n"
        + "{\"text\": \"C.\", \"date\": \"20220210\"}\n"
        + "{\"text\": \"D.\", \"date\": \"10/02/2022\"}\n"
        + "{\"text\": \"E.\", \"date_publish\": \"2022-02-10 08:30:00\"}\n");
    assertEquals(List.of("2022-02-10", "2022-02-10", "2022-02-10", "10/02/2022", "2022-02-10"),
        a.stream().map(x -> x.metadata().date()).toList(),
        "an ambiguous day/month date is kept as given");
  }

  @Test
  void floatUnixTimeStampsBecomeIsoDates() throws IOException {
    // before 2026-11-22: "1.6444512005E9" (Jackson's text for the number), kept as given
    List<Article> a = read("{\"text\": \"A.\", \"date\": 1644451200.5}\n"
        + "{\"text\": \"B.\", \"date\": 1644451200123.25}\n"
        + "{\"text\": \"C.\", \"date\": \"1644451199.75\"}\n"
        + "{\"text\": \"D.\", \"date\": 1.6444512E9}\n");
    assertEquals(List.of("2022-02-10", "2022-02-10", "2022-02-09", "2022-02-10"),
        a.stream().map(x -> x.metadata().date()).toList());
  }

  @Test
  void otherContainersStayJson() throws IOException {
    List<Article> a = read("{\"text\": \"A.\", \"source\": {\"id\": \"x\"}, "
        + "\"topic\": [\"war\", {\"k\": 1}]}\n");
    // an object without a name is no label: unknown, not its JSON (hunt 4)
    assertEquals("", a.get(0).metadata().source());
    assertEquals("[\"war\",{\"k\":1}]", a.get(0).metadata().topic());
  }
}
