package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input format and the metadata sources, on small hand-made files. */
class IngestFormatsTest {

  @TempDir
  Path tmp;

  private List<Article> read(IngestOptions options, Path... paths) {
    List<Article> out = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    for (Path p : paths) {
      inputs.add(p.toString());
    }
    new Ingestor(options).read(inputs, out::add);
    return out;
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void htmlKeepsTheMainTextAndDropsScriptsStylesNavigationAndCaptions() throws IOException {
    Path p = write("page.html", """
        <html><head><title>Site | Drills go on</title>
        <meta property="og:title" content="Drills go on">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2022-02-20T10:00:00+00:00">
        <link rel="canonical" href="https://example.org/drills">
        <style>p { color: red }</style><script>alert('x')</script></head>
        <body><nav><p>Home | World</p></nav>
        <article><h1>Drills go on</h1>
        <p>The drills will continue, the ministry said.</p>
        <figure><img src="a.jpg"><figcaption>Troops in a photo released on Friday.</figcaption></figure>
        <p>Troops &amp; tanks stay <b>near</b> the border.</p></article>
        <footer><p>© 2022 Example News</p></footer></body></html>""");
    List<Article> a = read(IngestOptions.defaults(), p);
    assertEquals(1, a.size());
    Article x = a.get(0);
    assertEquals("html", x.format());
    assertEquals("Drills go on", x.metadata().title());
    assertEquals("Example News", x.metadata().source());
    assertEquals("2022-02-20", x.metadata().date());
    assertEquals("https://example.org/drills", x.metadata().url());
    assertEquals("Drills go on\n\nThe drills will continue, the ministry said.\n\n"
        + "Troops & tanks stay near the border.", x.text());
    assertEquals("Drills go on\n\n".length(), x.bodyStart(), "the h1 equal to the title is no body");
    assertFalse(x.text().contains("alert") || x.text().contains("color") || x.text().contains("Home")
        || x.text().contains("photo released") || x.text().contains("©"));
  }

  @Test
  void markdownTitleIsTheFirstHashLine() throws IOException {
    Path p = write("note.md", "# Drills go on\n\nThe drills will continue.\n");
    Article x = read(IngestOptions.defaults(), p).get(0);
    assertEquals("md", x.format());
    assertEquals("Drills go on", x.metadata().title());
    assertEquals("# Drills go on\n".length(), x.bodyStart());
  }

  @Test
  void jsonlFieldsAreConfigurable() throws IOException {
    Path p = write("c.jsonl", "{\"body\": \"Text one.\", \"outlet\": \"A\", \"headline\": \"H\","
        + " \"published\": \"February 20, 2022\", \"link\": \"u\"}\n"
        + "{\"story\": \"Text two.\", \"paper\": \"B\", \"pubdate\": \"2022-02-21T08:00:00Z\"}\n");
    List<Article> defaults = read(IngestOptions.defaults(), p);
    assertEquals(1, defaults.size(), "the second record has no default text field");
    Article a = defaults.get(0);
    assertEquals("Text one.", a.text());
    assertEquals("A", a.metadata().source());
    assertEquals("H", a.metadata().title());
    assertEquals("2022-02-20", a.metadata().date(), "long dates are normalised");
    assertEquals("c:1", a.id());
    FieldMapping custom = new FieldMapping(List.of("story"), List.of("title"), List.of("paper"),
        List.of("pubdate"), List.of("url"), List.of("topic"), List.of("id"));
    List<Article> mine = read(new IngestOptions(custom, MetadataOverrides.none(),
        IngestOptions.DEFAULT_MAX_BYTES), p);
    assertEquals(1, mine.size());
    assertEquals("Text two.", mine.get(0).text());
    assertEquals("B", mine.get(0).metadata().source());
    assertEquals("2022-02-21", mine.get(0).metadata().date());
    assertEquals(2, mine.get(0).line());
  }

  @Test
  void csvSeparatorIsDetectedFromTheHeader() throws IOException {
    Path semi = write("s.csv", "text;source;date\n\"A; sentence.\";Outlet;2022-02-20\n");
    Path tab = write("t.tsv", "id\ttext\tsource\nx7\tTab text.\tOther\n");
    List<Article> a = read(IngestOptions.defaults(), semi, tab);
    assertEquals(2, a.size());
    assertEquals("A; sentence.", a.get(0).text());
    assertEquals("Outlet", a.get(0).metadata().source());
    assertEquals("s:2", a.get(0).id());
    assertEquals("Tab text.", a.get(1).text());
    assertEquals("x7", a.get(1).id(), "an id field names the article");
  }

  @Test
  void manifestOverridesTheSidecarWhichOverridesTheGuess() throws IOException {
    Path dir = tmp.resolve("in");
    write("in/a.txt", "Guessed Title\n\nBody of a.\n");
    write("in/b.txt", "Other Title\n\nBody of b.\n");
    write("in/sources.csv", "file,source,date,title,notes\n"
        + "a.txt,Sidecar Outlet,2022-01-01,,from the sidecar\n"
        + "b.txt,Sidecar B,,Sidecar Title,\n");
    Path manifest = write("m.csv", "file,source\na.txt,Manifest Outlet\n");
    MetadataOverrides m = assertDoesNotThrow(manifest);
    List<Article> a = read(new IngestOptions(FieldMapping.defaults(), m,
        IngestOptions.DEFAULT_MAX_BYTES), dir);
    assertEquals(2, a.size());
    assertEquals("Manifest Outlet", a.get(0).metadata().source());
    assertEquals("2022-01-01", a.get(0).metadata().date(), "the sidecar fills what the manifest leaves");
    assertEquals("Guessed Title", a.get(0).metadata().title(), "empty cells override nothing");
    assertEquals("Sidecar B", a.get(1).metadata().source());
    assertEquals("Sidecar Title", a.get(1).metadata().title());
  }

  @Test
  void aManifestWithoutFileOrArticleIdColumnNamesTheProblem() throws IOException {
    Path manifest = write("bad.csv", "name,source\na.txt,X\n");
    BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
        () -> MetadataOverrides.load(manifest, "bad.csv"));
    assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("'file'"),
        e.getMessage());
  }

  @Test
  void datesAreNormalisedWhereRecognised() {
    assertEquals("2022-02-20", Dates.normalise("2022-02-20T10:00:00Z"));
    assertEquals("2022-02-20", Dates.normalise("Feb 20, 2022"));
    assertEquals("2022-02-20", Dates.normalise("20 February 2022"));
    assertEquals("2022-02-20", Dates.normalise("2022/02/20"));
    assertEquals("last Sunday", Dates.normalise("last Sunday"), "kept as given");
  }

  private static MetadataOverrides assertDoesNotThrow(Path manifest) {
    try {
      return MetadataOverrides.load(manifest, manifest.toString());
    } catch (BadInputException e) {
      throw new AssertionError(e.getMessage());
    }
  }
}
