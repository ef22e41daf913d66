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
 * compact dates.
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
  void otherContainersStayJson() throws IOException {
    List<Article> a = read("{\"text\": \"A.\", \"source\": {\"id\": \"x\"}, "
        + "\"topic\": [\"war\", {\"k\": 1}]}\n");
    assertEquals("{\"id\":\"x\"}", a.get(0).metadata().source());
    assertEquals("[\"war\",{\"k\":1}]", a.get(0).metadata().topic());
  }
}
