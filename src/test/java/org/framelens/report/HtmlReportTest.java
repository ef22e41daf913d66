package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framelens.cues.CueAnalyzer;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html: structure, escaping of hostile article text, and rendering in Chromium. */
class HtmlReportTest {

  @TempDir
  Path tmp;

  static final String HOSTILE = "Hostile <script>document.title='pwned'</script> title\n\n"
      + "The brutal regime said <img src=x onerror=\"document.title='pwned'\"> nothing.\n"
      + "Critics say the so-called talks are a ploy to stall.\n"
      + "The decision is a bid to divide the allies.\n";

  private Path report() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("plain.txt"), "Plain News\n\nThe minister said the bridge "
        + "would reopen on Monday.\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Pipeline p = Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null));
    try (CsvReportWriter w = new CsvReportWriter(out)) {
      RunResult r = p.run(List.of(in.toString()), w);
      w.finish(r);
    }
    return out.resolve(HtmlReportWriter.FILE);
  }

  @Test
  void articleTextIsEscapedAndCuesAreHighlightedWithTheirExplanations() throws IOException {
    Path html = report();
    String raw = Files.readString(html, StandardCharsets.UTF_8);
    assertFalse(raw.contains("<script"), "no script element, ever");
    assertFalse(raw.contains("<img"), "article markup is text, not elements");
    assertTrue(raw.contains("&lt;script&gt;document.title=&apos;pwned&apos;&lt;/script&gt;"),
        "the title's markup is shown as text");
    assertTrue(raw.contains("&lt;img src=x onerror=\"document.title=&apos;pwned&apos;\"&gt;")
        || raw.contains("&lt;img src=x onerror=&quot;document.title=&apos;pwned&apos;&quot;&gt;"),
        "the body's markup is shown as text");
    Document d = Jsoup.parse(raw);
    assertEquals("FrameLens report", d.title());
    assertTrue(d.select("mark.loaded.author").stream().anyMatch(m -> m.text().equals("brutal")));
    assertTrue(d.select("mark.weasel").stream().anyMatch(m -> m.text().equals("Critics say")));
    assertTrue(d.select("article mark").stream().allMatch(m -> m.attr("title").contains("rule ")));
    assertEquals(3, d.select("figure.chart svg").size());
    assertTrue(d.select("p.claim .tag").size() >= 1, "an unattributed claim is tagged");
    assertTrue(d.select("meta[http-equiv=Content-Security-Policy]").attr("content")
        .contains("default-src 'none'"));
  }

  @Test
  void noScriptFromArticleTextRunsInChromiumAndTheReportRenders() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium),
        "skipped: Chromium is not installed (.ci/run installs it with apt-get)");
    Path html = report();
    Path profile = Files.createDirectories(tmp.resolve("profile"));
    List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
    Process dump = new ProcessBuilder(concat(common, "--dump-dom", html.toUri().toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(dump.waitFor(60, TimeUnit.SECONDS));
    Document d = Jsoup.parse(dom);
    assertEquals("FrameLens report", d.title(), "a script from the article would have renamed it");
    assertEquals(0, d.select("script, img").size());
    assertTrue(d.select("mark").size() > 3);
    assertEquals(3, d.select("svg").size());
    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Process png = new ProcessBuilder(concat(common, "--window-size=1000,1400",
        "--screenshot=" + shot, html.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(png.waitFor(60, TimeUnit.SECONDS));
    assertTrue(Files.size(shot) > 10_000, "a screenshot is kept in " + shot);
  }

  private static List<String> concat(List<String> a, String... more) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(List.of(more));
    return out;
  }

  @Test
  void overlappingCuesAreAllMarkedWithTheirTooltips() {
    String text = "The government is accused of silencing opponents.";
    org.framelens.cues.Evidence passive = new org.framelens.cues.Evidence(
        org.framelens.cues.CueType.AGENTLESS_PASSIVE, "accusation", "agentless.accused", 0,
        new org.framelens.text.Span(15, 29), org.framelens.cues.Voice.AUTHOR, null, null, "",
        org.framelens.cues.Match.LEXICON, 1.0, "Nobody is named as the accuser.");
    org.framelens.cues.Evidence loaded = new org.framelens.cues.Evidence(
        org.framelens.cues.CueType.LOADED, "model", "model.loaded-lr", 0,
        new org.framelens.text.Span(18, 49), org.framelens.cues.Voice.AUTHOR, null, null, "",
        org.framelens.cues.Match.MODEL, 0.55, "The model finds it loaded.");
    Document d = Jsoup.parse("<p>" + HtmlReportWriter.highlight(text, 0, text.length(),
        List.of(passive, loaded)) + "</p>");
    assertEquals(text, d.text(), "the text is whole");
    assertTrue(d.select("mark.agentless_passive").stream()
        .anyMatch(m -> m.attr("title").contains("Nobody is named as the accuser.")));
    assertTrue(d.select("mark.loaded").stream()
        .anyMatch(m -> m.attr("title").contains("The model finds it loaded.")),
        "the overlapped loaded hit keeps a highlight and a tooltip");
    assertTrue(d.select("mark.multi").stream().anyMatch(m -> m.text().equals("accused of")
        && m.attr("title").contains("also: agentless passive")));
  }

  @Test
  void aRateTheCsvsLeaveEmptyIsNotApplicableNotZero() throws IOException {
    Path in = tmp.resolve("z");
    Files.createDirectories(in);
    Files.writeString(in.resolve("z.jsonl"), "{\"id\":\"z1\",\"source\":\"Empty Outlet\","
        + "\"title\":\"Only stars\",\"text\":\"***\"}\n{\"id\":\"z3\",\"source\":\"Tiny\","
        + "\"title\":\"Normal\",\"text\":\"Police fired tear gas at protesters on Saturday, "
        + "officials said.\"}\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("zout");
    Pipeline p = Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null));
    try (CsvReportWriter w = new CsvReportWriter(out)) {
      RunResult r = p.run(List.of(in.resolve("z.jsonl").toString()), w);
      w.finish(r);
    }
    String raw = Files.readString(out.resolve(HtmlReportWriter.FILE), StandardCharsets.UTF_8);
    assertFalse(raw.contains("Empty Outlet: 0.0"), "no bar of 0.0 for an outlet with no text");
    assertFalse(raw.contains("Empty Outlet, own voice: 0.0"));
    assertTrue(raw.contains("n/a (no text)"));
    assertTrue(raw.contains("Tiny, own voice: 0.0"), "a real 0 is still 0");
  }
}
