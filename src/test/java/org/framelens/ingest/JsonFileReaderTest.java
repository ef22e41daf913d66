package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .json} files: one object per file (BASIL, news-please) or an array of objects. */
class JsonFileReaderTest {

  private final OneFile file;

  JsonFileReaderTest(@TempDir Path tmp) {
    file = new OneFile(tmp);
  }


  @Test
  void aBasilArticleIsOneArticleWithItsParagraphsAndMetadata() throws IOException {
    InputReport r = file.read("steele_1.json", "{\n  \"title\": \"Steele Criticized\",\n"
        + "  \"date\": \"2010-07-02\",\n  \"uuid\": \"d2e1\",\n  \"source\": \"nyt\",\n"
        + "  \"word-count\": 12,\n  \"main-entities\": [\"Michael Steele\"],\n"
        + "  \"body-paragraphs\": [[\"WASHINGTON — Steele drew criticism.\", \"He spoke.\"],"
        + " [\"Critics argue he erred.\"]]\n}\n");
    assertEquals(InputReport.Status.OK, r.status(), r.reason());
    assertEquals("json", r.format());
    Article a = file.articles.get(0);
    assertEquals("steele_1", a.id(), "a lone object without an id field is named by its file");
    assertEquals(1, a.line());
    assertEquals("WASHINGTON — Steele drew criticism. He spoke.\n\nCritics argue he erred.",
        a.text());
    assertEquals("nyt", a.metadata().source());
    assertEquals("2010-07-02", a.metadata().date());
    assertEquals("Steele Criticized", a.metadata().title());
  }

  @Test
  void aNewsPleaseArticleIsReadByItsOwnFieldNames() throws IOException {
    file.read("np.json", "{\"title\": \"Drills\", \"maintext\": \"The drills began.\", "
        + "\"source_domain\": \"www.reuters.com\", \"date_publish\": \"2022-02-10 08:30:00\"}");
    Metadata m = file.articles.get(0).metadata();
    assertEquals("The drills began.", file.articles.get(0).text());
    assertEquals("www.reuters.com", m.source());
    assertEquals("2022-02-10", m.date());
  }

  @Test
  void anArrayGivesOneArticlePerObjectAndNamesTheBadElementsByLine() throws IOException {
    InputReport r = file.read("many.json", "[\n"
        + "  {\"text\": \"The bridge closed.\"},\n"
        + "  42,\n"
        + "  {\"title\": \"No text\"},\n"
        + "  {\"id\": \"own-id\", \"text\": \"Snow fell.\"}\n"
        + "]\n");
    assertEquals(InputReport.Status.OK, r.status());
    assertEquals(List.of("many:1 2", "own-id 5"),
        file.articles.stream().map(a -> a.id() + " " + a.line()).toList());
    assertEquals(2, r.recordsFailed());
    assertEquals(List.of("3: expected a JSON object, found number",
        "4: no text field (looked for content_original, content, text, body, article, maintext, "
            + "body-paragraphs)"),
        r.problems().stream().map(p -> p.line() + ": " + p.message()).toList());
  }

  @Test
  void malformedJsonKeepsTheObjectsBeforeItAndNamesItsLine() throws IOException {
    InputReport r = file.read("broken.json", "[\n{\"text\": \"The bridge closed.\"},\n"
        + "{\"text\": \"never closed\n");
    assertEquals(InputReport.Status.OK, r.status(), "the first object was read");
    assertEquals(1, file.articles.size());
    assertEquals(1, r.problems().size());
    Problem p = r.problems().get(0);
    assertEquals(3, p.line(), p.message());
    assertEquals(true, p.message().startsWith("malformed JSON: "), p.message());
    assertEquals(true, p.message().endsWith("; the rest of the file is not read"), p.message());
  }

  @Test
  void aFileThatHoldsNoObjectFails() throws IOException {
    InputReport r = file.read("s.json", "\n\"just a string\"\n");
    assertEquals(InputReport.Status.FAILED, r.status());
    assertEquals("line 2: expected a JSON object or an array of objects, found string",
        r.reason());
  }

  @Test
  void jsonLinesInADotJsonFileAreReadUpToTheFirstObjectWithAHint() throws IOException {
    InputReport r = file.read("lines.json", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
    assertEquals(1, file.articles.size());
    assertEquals("1 record(s) could not be read; first at line 2: more than one JSON value in "
        + "the file (a .json file holds one object or one array of objects; for one object per line, name it .jsonl); the rest of the "
        + "file is not read", r.reason());
  }

  @Test
  void nullsAreUnknownMetadataAndATextThatIsNullOrANumberIsABadRecord() throws IOException {
    // before 2026-11-22: an article whose text was "null", one whose source and date were "null"
    InputReport r = file.read("nulls.json", "[\n"
        + "  {\"text\": null, \"source\": \"Daily A\"},\n"
        + "  {\"text\": \"Snow fell.\", \"source\": null, \"date\": null},\n"
        + "  {\"text\": 3.25}\n"
        + "]\n");
    assertEquals(InputReport.Status.OK, r.status());
    assertEquals(1, file.articles.size());
    assertEquals(Metadata.empty(), file.articles.get(0).metadata());
    assertEquals(List.of("2: the text field \"text\" is null",
        "4: the text field \"text\" holds a number (3.25), not text"),
        r.problems().stream().map(p -> p.line() + ": " + p.message()).toList());
  }

  @Test
  void aSavedNewsApiResponseIsReadAsItsArticlesWithAWarning() throws IOException {
    // before 2026-11-22: failed, "no text field"
    InputReport r = file.read("newsapi.json", """
        {
          "status": "ok",
          "totalResults": 3,
          "articles": [
            {
              "source": {"id": "reuters", "name": "Reuters"},
              "author": null,
              "title": "Drills begin",
              "url": "https://example.org/a",
              "publishedAt": "2022-02-10T08:30:00Z",
              "content": "The drills began on Thursday."
            },
            {"source": {"id": null, "name": "BBC News"}, "title": "Troops move",
             "publishedAt": "2022-02-11T09:00:00Z", "content": "Troops moved north."},
            {"source": {"id": null, "name": null}, "title": "Removed", "content": null}
          ]
        }
        """);
    assertEquals(InputReport.Status.OK, r.status(), r.reason());
    assertEquals(List.of("newsapi:1 5 Reuters 2022-02-10 Drills begin",
        "newsapi:2 13 BBC News 2022-02-11 Troops move"),
        file.articles.stream().map(a -> a.id() + " " + a.line() + " " + a.metadata().source()
            + " " + a.metadata().date() + " " + a.metadata().title()).toList());
    assertEquals("The drills began on Thursday.", file.articles.get(0).text());
    assertEquals("no text field in the file's object, but one array of objects, \"articles\": "
        + "its 3 element(s) were read as the articles (as in a saved NewsAPI response); "
        + "1 record(s) could not be read; first at line 15: the text field \"content\" is null",
        r.reason());
  }

  @Test
  void anObjectWithoutTextAndWithTwoArraysOfObjectsIsStillNoArticle() throws IOException {
    InputReport r = file.read("two.json", "{\"articles\": [{\"text\": \"A.\"}], "
        + "\"related\": [{\"text\": \"B.\"}]}");
    assertEquals(InputReport.Status.FAILED, r.status());
    assertEquals(true, r.reason().contains("no text field"), r.reason());
    InputReport one = file.read("one.json", "{\"title\": \"T\", \"tags\": [\"a\"], "
        + "\"text\": null, \"items\": [{\"text\": \"B.\"}]}");
    assertEquals("1 record(s) could not be read; first at line 1: the text field \"text\" is "
        + "null", one.reason(), "an object with a text field is an article, even a bad one");
  }
}
