package org.framelens.cli;

import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run never reads its own reports as articles and never replaces an input with a report: the
 * output directory as an input is a usage error before anything is written; inside an input
 * directory it is skipped and listed in the manifest.
 */
class OutputOverlapCliTest {

  @TempDir
  Path tmp;

  private static final String ARTICLE = "id,text,source\n"
      + "c1,\"The so-called exercise began on Thursday. Critics argue it is a pretext.\",Daily\n";

  /** A corpus folder whose one input is named like a report, {@code articles.csv}. */
  private Path corpus() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(in.resolve("articles.csv"), ARTICLE);
    return in;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anOutputDirectoryThatIsAnInputIsRefusedAndTheInputIsKept() throws IOException {
    Path in = corpus();
    Result r = run("analyze", "--no-embeddings", in.toString(), "--out", in.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertEquals("framelens: the input directory " + in + " is where this run writes (--out): "
        + "what it writes there would be read as articles and could replace input files; "
        + "choose another --out\n", r.err());
    assertEquals(ARTICLE, Files.readString(in.resolve("articles.csv")));
    assertEquals(List.of("articles.csv"), names(in), "nothing written");
  }

  @Test
  void anInputFileTheRunWritesIsRefused() throws IOException {
    Path in = corpus();
    Path out = tmp.resolve("reports");
    assertEquals(ExitCodes.OK, run("analyze", "--no-embeddings", in.toString(), "--out",
        out.toString()).code());
    byte[] before = Files.readAllBytes(out.resolve("sentences.csv"));
    Path sentences = out.resolve("sentences.csv");
    Result r = run("analyze", "--no-embeddings", sentences.toString(), "--out", out.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("the input " + sentences + " is a file this run writes"), r.err());
    assertArrayEquals(before, Files.readAllBytes(sentences));
  }

  @Test
  void anOutputDirectoryInsideAnInputIsSkippedSoASecondRunGivesTheSameReports()
      throws IOException {
    Path in = corpus();
    Path out = in.resolve("reports");
    String[] args = {"analyze", "--no-embeddings", in.toString(), "--out", out.toString()};
    assertEquals(ExitCodes.OK, run(args).code());
    byte[] articles = Files.readAllBytes(out.resolve("articles.csv"));
    byte[] sentences = Files.readAllBytes(out.resolve("sentences.csv"));

    Result second = run(args);

    assertEquals(ExitCodes.OK, second.code(), "the old reports are not read: " + second.err());
    assertArrayEquals(articles, Files.readAllBytes(out.resolve("articles.csv")));
    assertArrayEquals(sentences, Files.readAllBytes(out.resolve("sentences.csv")));
    List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
    assertEquals(List.of(
        "path,format,status,reason,articles,records_failed,sentences,boilerplate_removed,"
            + "encoding,bytes",
        in + "/articles.csv,csv,ok,,1,0,2,0,UTF-8," + ARTICLE.length(),
        in + "/reports,,skipped,the output directory of this run (its reports are not read as "
            + "articles),0,0,0,0,,"), manifest);
  }

  @Test
  void theExerciseCommandRefusesItsOutputDirectoryAsAnInputToo() throws IOException {
    Path in = corpus();
    Result r = run("exercise", "--no-embeddings", in.toString(), "--out", in.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().startsWith("framelens: the input directory " + in
        + " is where this run writes (--out)"), r.err());
    assertEquals(List.of("articles.csv"), names(in));
    assertFalse(r.err().contains("Exception"), r.err());
  }

  /** The seed story's outlet metadata, as a researcher writes it by hand. */
  private static final String SIDECAR = "file,source,date\narticles.csv,Daily,2022-02-10\n";

  @Test
  void aUsersFileNamedLikeAReportIsNeverReplaced() throws IOException {
    // a sidecar sources.csv in the output folder (the run reads it) and a --manifest named like
    // a report: both refused before anything is read or written
    Path in = Files.createDirectories(tmp.resolve("stories"));
    Files.writeString(in.resolve("sources.csv"), SIDECAR);
    Path article = Files.writeString(in.resolve("story.txt"), "Talks\n\nThe talks began.\n");
    Result r = run("analyze", "--no-embeddings", article.toString(), "--out", in.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertEquals("framelens: " + in.resolve("sources.csv") + " exists and is not a file FrameLens "
        + "wrote (it starts \"file,source,date\"): this run would replace it; move it away or "
        + "choose another --out\n", r.err());
    assertEquals(SIDECAR, Files.readString(in.resolve("sources.csv")));
    assertEquals(List.of("sources.csv", "story.txt"), names(in), "nothing written");

    Path meta = Files.createDirectories(tmp.resolve("meta"));
    Files.writeString(meta.resolve("actors.csv"), "actor_id,name,aliases\nru,Russia,Moscow\n");
    Result m = run("analyze", "--no-embeddings", in.toString(), "--out", meta.toString());
    assertEquals(ExitCodes.USAGE, m.code(), m.err());
    assertTrue(m.err().contains(meta.resolve("actors.csv") + " exists and is not a file "
        + "FrameLens wrote"), m.err());
    assertEquals(List.of("actors.csv"), names(meta), "nothing written");
  }

  @Test
  void earlierReportsAreRecognisedAndReplaced() throws IOException {
    Path in = corpus();
    Path out = tmp.resolve("reports");
    String[] args = {"analyze", "--no-embeddings", in.toString(), "--out", out.toString()};
    assertEquals(ExitCodes.OK, run(args).code());
    // a report of an earlier version, with fewer columns, and an empty file are replaced too
    Files.writeString(out.resolve("cues.csv"), "article_id,source,sentence_index,start\nx,y,0,1\n");
    Files.writeString(out.resolve("axes.csv"), "");
    Result again = run(args);
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertTrue(Files.readString(out.resolve("axes.csv")).startsWith("level,id,source,axis"));
  }

  @Test
  void embeddingsNeverReplaceAnArticleAndAreCheckedBeforeTheRun() throws IOException {
    Path in = corpus();
    Path article = in.resolve("articles.csv");
    Result r = run("analyze", in.toString(), "--out", tmp.resolve("o").toString(),
        "--embeddings", article.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains(article + " exists and is not a file FrameLens wrote"), r.err());
    assertTrue(r.err().endsWith("choose another --embeddings\n"), r.err());
    assertEquals(ARTICLE, Files.readString(article));
    Result dir = run("analyze", in.toString(), "--out", tmp.resolve("o").toString(),
        "--embeddings", in.toString());
    assertEquals(ExitCodes.USAGE, dir.code(), dir.err());
    assertEquals("framelens: --embeddings " + in + " is a directory; give a file name such as "
        + in.resolve("vectors.npy") + "\n", dir.err());
    Result empty = run("analyze", in.toString(), "--out", "", "--no-embeddings");
    assertEquals(ExitCodes.USAGE, empty.code(), empty.err());
    assertEquals("framelens: --out is empty (an unset variable?); give a path\n", empty.err());
    assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
  }

  @Test
  void anOutputDirectoryInsideAnInputThatHoldsArticlesIsRefused() throws IOException {
    Path in = corpus();
    Path feb = Files.createDirectories(in.resolve("feb"));
    Files.writeString(feb.resolve("one.txt"), "Talks\n\nThe talks began on Monday.\n");
    Result r = run("analyze", "--no-embeddings", in.toString(), "--out", feb.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertEquals("framelens: the output directory " + feb + " is inside the input " + in
        + " and holds files that are not FrameLens reports (" + feb.resolve("one.txt")
        + "): they would not be read, and a report could replace one; choose another --out\n",
        r.err());
    assertEquals(List.of("one.txt"), names(feb), "nothing written");
    Result ex = run("exercise", "--no-embeddings", in.toString(), "--out", feb.toString());
    assertEquals(ExitCodes.USAGE, ex.code(), ex.err());
  }
}
