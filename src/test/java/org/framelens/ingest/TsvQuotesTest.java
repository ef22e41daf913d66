package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab-separated files with and without quoting: many tools (database dumps, {@code cut}) write
 * TSV without it, so a field may start with a quotation mark that encloses nothing.
 */
class TsvQuotesTest {

  private final OneFile file;

  TsvQuotesTest(@TempDir Path tmp) {
    file = new OneFile(tmp);
  }


  @Test
  void anUnquotedTsvWithStrayQuotationMarksIsReadWhole() throws IOException {
    InputReport r = file.read("t.tsv", "id\ttext\tsource\n"
        + "a1\tHe said \"we will win and left.\tX\n"
        + "a2\tThe drills began.\tY\n"
        + "a3\t\"Quoted start\" then more text.\tZ\n"
        + "a4\tHe is 5'11\" tall, officials said.\tW\n");
    assertEquals(List.of("He said \"we will win and left.", "The drills began.",
        "\"Quoted start\" then more text.", "He is 5'11\" tall, officials said."),
        file.articles.stream().map(Article::text).toList());
    assertEquals(InputReport.Status.OK, r.status());
    assertEquals(0, r.recordsFailed());
    assertEquals("read without quotation-mark handling, as tab-separated files often are "
        + "written: with it, line 4 was a CSV syntax error (a field that starts with a quotation "
        + "mark that does not enclose it) and the rest of the file would be lost", r.reason());
  }

  @Test
  void aQuotedTsvKeepsItsQuoting() throws IOException {
    InputReport r = file.read("t.tsv", "id\ttext\n"
        + "a1\t\"A field with a tab\there and \"\"quotes\"\".\"\n"
        + "a2\t\"Two\nlines.\"\n");
    assertEquals(List.of("A field with a tab\there and \"quotes\".", "Two\nlines."),
        file.articles.stream().map(Article::text).toList());
    assertEquals("", r.reason());
  }

  @Test
  void aBrokenQuotedTsvThatIsRaggedWithoutQuotingEndsAtItsSyntaxError() throws IOException {
    InputReport r = file.read("t.tsv", "id\ttext\n"
        + "a1\t\"A field with a tab\there.\"\n"
        + "a2\t\"Broken\" quote.\n"
        + "a3\tLost.\n");
    assertEquals(List.of("A field with a tab\there."),
        file.articles.stream().map(Article::text).toList());
    assertTrue(r.reason().contains("line 3: CSV syntax error, the rest of the file is not read"),
        r.reason());
  }
}
