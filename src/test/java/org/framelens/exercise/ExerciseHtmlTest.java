package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framelens.cues.CueAnalyzer;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * worksheet.html and answers.html: hostile article text is escaped, the key marks every point
 * with a number (not colour alone), and both pages render in headless Chromium, on screen and
 * for print. Screenshots and the PDF are kept in target/exercise-artefacts/.
 */
class ExerciseHtmlTest {

  @TempDir
  Path tmp;

  static final String HOSTILE = "Hostile <script>document.title='pwned'</script> title\n\n"
      + "The brutal regime said <img src=x onerror=\"document.title='pwned'\"> nothing at all "
      + "today.\n"
      + "Critics say the so-called talks are a ploy to stall the whole process.\n"
      + "=HYPERLINK(\"http://x\") The decision is a bid to divide the allies of the west.\n"
      + "The minister said the bridge would reopen on Monday after repairs.\n";

  private Path write(Level level) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
    List<ArticleResult> results = new ArrayList<>();
    Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null))
        .run(List.of(in.toString(), "seeds"), results::add);
    Exercise ex = Exercises.spot(results, new Options(Kind.SPOT, level, 40, 3,
        "Spot <b>it</b>", ""));
    Path out = tmp.resolve("out");
    ExerciseWriter.write(ex, out, false);
    return out;
  }

  @Test
  void aSecondRunWritingToTheSameFolderIsRefusedAndLeavesTheFirstRunsFiles() throws IOException {
    Path out = write(Level.BASIC);
    String before = Files.readString(out.resolve(ExerciseWriter.ANSWERS));
    List<ArticleResult> results = new ArrayList<>();
    Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null))
        .run(List.of("seeds"), results::add);
    Exercise other = Exercises.spot(results, new Options(Kind.SPOT, Level.ADVANCED, 40, 7,
        "Another run", ""));
    // another run holds the folder (as a run in another process would) while this one writes
    try (org.framelens.report.AtomicFiles held = new org.framelens.report.AtomicFiles(out,
        java.util.Set.copyOf(ExerciseWriter.FILES))) {
      IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
          () -> ExerciseWriter.write(other, out, false));
      assertTrue(e.getMessage().startsWith("another FrameLens run is writing to "),
          e.getMessage());
    }
    assertEquals(before, Files.readString(out.resolve(ExerciseWriter.ANSWERS)));
    try (var files = Files.list(out)) {
      assertEquals(List.of(ExerciseWriter.ANSWERS, ExerciseWriter.CSV, ExerciseWriter.WORKSHEET),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "no temporary or lock file left");
    }
  }

  @Test
  void hostileTextIsEscapedAndEveryPointIsNumberedAndAnchored() throws IOException {
    Path out = write(Level.ADVANCED);
    String worksheet = Files.readString(out.resolve(ExerciseWriter.WORKSHEET));
    String answers = Files.readString(out.resolve(ExerciseWriter.ANSWERS));
    for (String page : List.of(worksheet, answers)) {
      assertFalse(page.contains("<script"));
      assertFalse(page.contains("<img"));
      assertFalse(page.contains("<b>it</b>"), "the title is text");
      assertTrue(Jsoup.parse(page).select("meta[http-equiv=Content-Security-Policy]")
          .attr("content").contains("default-src 'none'"));
    }
    Document key = Jsoup.parse(answers);
    assertTrue(key.select("span.hit").size() > 3);
    // every highlight is followed by a bracketed number: meaning never rests on colour
    key.select("blockquote").forEach(q -> assertEquals(q.select("sup.num").isEmpty(),
        q.select("span.hit, span.quoted").isEmpty()));
    assertTrue(key.select("ol.points li").stream().allMatch(li -> li.select(".rule").text()
        .matches("Rule \\S+ · \\S+, characters \\d+–\\d+.*")));
    String csv = Files.readString(out.resolve(ExerciseWriter.CSV));
    assertFalse(csv.contains("\n=HYPERLINK") || csv.contains(",=HYPERLINK"),
        "formulas are neutralised");
    Document sheet = Jsoup.parse(worksheet);
    assertEquals(Glossary.TERMS.size(), sheet.select(".glossary dt").size());
    assertTrue(sheet.select("span.hit, sup.num").isEmpty(), "no answers on the worksheet");
  }

  @Test
  void pagesRenderInHeadlessChromiumOnScreenAndInPrint() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium),
        "skipped: Chromium is not installed (.ci/run installs it with apt-get)");
    Path out = write(Level.BASIC);
    Path artefacts = Files.createDirectories(Path.of("target", "exercise-artefacts")
        .toAbsolutePath());
    Path profile = Files.createDirectories(tmp.resolve("profile"));
    List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
    for (String page : List.of(ExerciseWriter.WORKSHEET, ExerciseWriter.ANSWERS)) {
      Path html = out.resolve(page);
      String dom = run(common, "--dump-dom", html.toUri().toString());
      Document d = Jsoup.parse(dom);
      assertTrue(d.title().startsWith("Spot <b>it</b>"), "no script renamed the page");
      assertEquals(0, d.select("script, img").size());
      assertFalse(d.select(".item").isEmpty());
      String stem = page.replace(".html", "");
      Path shot = artefacts.resolve(stem + ".png");
      run(common, "--window-size=900,1400", "--screenshot=" + shot, html.toUri().toString());
      assertTrue(Files.size(shot) > 10_000, "screenshot kept in " + shot);
      // print: a real PDF, and a screenshot with the print rules applied to the screen
      Path pdf = artefacts.resolve(stem + ".pdf");
      run(common, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
      byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
      assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
      assertTrue(Files.size(pdf) > 5_000);
      Path printHtml = tmp.resolve(stem + "-print.html");
      Files.writeString(printHtml, Files.readString(html).replace("@media print",
          "@media all"));
      Path printShot = artefacts.resolve(stem + "-print.png");
      run(common, "--window-size=800,1400", "--screenshot=" + printShot,
          printHtml.toUri().toString());
      assertTrue(Files.size(printShot) > 10_000, "print screenshot kept in " + printShot);
    }
  }

  private static String run(List<String> common, String... more) throws Exception {
    List<String> cmd = new ArrayList<>(common);
    cmd.addAll(List.of(more));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium finished");
    return outText;
  }
}
