package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files FrameLens wrote are told from a user's files of the same name by their content. */
class OwnFilesTest {

  @TempDir
  Path tmp;

  private static final Path REPORTS = Path.of(System.getProperty("framelens.home", "."),
      "reports");

  @Test
  void everyCommittedReportAndWorksheetIsRecognised() {
    for (String name : CsvReportWriter.FILES) {
      assertTrue(OwnFiles.own(REPORTS.resolve(name)), name);
    }
    for (String name : List.of("exercise.csv", "worksheet.html", "answers.html")) {
      assertTrue(OwnFiles.own(REPORTS.resolve("exercise").resolve(name)), name);
    }
  }

  @Test
  void evalTablesAreRecognisedByTheirWholeHeaderOnly() throws IOException {
    for (String header : List.of(
        "measure,technique,precision,recall,f1,gold_spans,predicted_spans",
        "span,precision,recall,f1,gold,predicted", "measure,value", "measure,value,n")) {
      Path f = Files.writeString(tmp.resolve("table.csv"), header + "\nx,1\n");
      assertTrue(OwnFiles.own(f), header);
    }
    for (String header : List.of("measure,value,unit", "measure", "span,precision,recall,f1")) {
      Path f = Files.writeString(tmp.resolve("table.csv"), header + "\nx,1\n");
      assertFalse(OwnFiles.own(f), header);
    }
  }

  @Test
  void usersFilesOfTheSameNamesAreNot() throws IOException {
    Path sources = Files.writeString(tmp.resolve("sources.csv"), "file,source,date\na.txt,X,\n");
    Path articles = Files.writeString(tmp.resolve("articles.csv"),
        "article_id,text,source\n1,Some text.,X\n");
    Path html = Files.writeString(tmp.resolve("report.html"), "<html><body>Mine</body></html>");
    Path npy = Files.writeString(tmp.resolve("vectors.npy"), "not numpy");
    for (Path p : List.of(sources, articles, html, npy)) {
      assertFalse(OwnFiles.own(p), p.toString());
    }
    assertTrue(OwnFiles.own(Files.write(tmp.resolve("v.npy"), new byte[] {(byte) 0x93, 'N',
        'U', 'M', 'P', 'Y', 1, 0})));
    assertTrue(OwnFiles.own(Files.writeString(tmp.resolve("empty.csv"), "")), "empty");
    assertTrue(OwnFiles.own(Files.writeString(tmp.resolve("v.index.csv"),
        "row,article_id,sentence_index,start,end\n")));
    Optional<String> why = OwnFiles.foreign(List.of(tmp.resolve("missing.csv"), sources), "--out");
    assertEquals(Optional.of(sources + " exists and is not a file FrameLens wrote (it starts "
        + "\"file,source,date\"): this run would replace it; move it away or choose another "
        + "--out"), why);
    assertEquals(Optional.empty(), OwnFiles.foreign(List.of(tmp.resolve("missing.csv")), "--out"));
  }
}
