package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.framelens.text.TsvTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every entry of {@code lexicons/html-chrome.tsv} is a test. Its fragment, put in an
 * {@code <article>} after a paragraph of the article's own, is read as a page: the text of an
 * {@code example_left_out} is not in the article, the text of an {@code example_kept} is. The
 * example of a {@code class} or {@code role} entry is marked by that entry (its outer element's
 * class, id or role holds the word), and the warning names the entry's kind; the table without
 * the entry keeps it. The {@code example_kept} of a {@code content} or {@code layout} entry holds
 * the word, and the table without the entry leaves it out. So each example shows what its entry
 * does.
 */
class HtmlChromeExamplesTest {

  private static final String OWN = "The article's own words stay in the text.";

  /** The page's text and warnings, the fragment read inside an article. */
  record Read(String text, List<String> warnings) {
  }

  static Read read(String fragment, HtmlChrome chrome) {
    List<String> warnings = new ArrayList<>();
    Article a = HtmlReader.read(new SourceFile("example.html", "example",
        "<html><body><article><h1>Drills in Belarus</h1><p>" + OWN + "</p>" + fragment
            + "</article></body></html>"), warnings::add, chrome);
    return new Read(a.text(), warnings);
  }

  /** The paragraphs of a fragment, as the reader would extract them. */
  static List<String> paragraphs(String fragment) {
    return HtmlReader.paragraphs(Jsoup.parseBodyFragment(fragment).body());
  }

  static void assertLeftOut(String where, String fragment, Read r) {
    assertFalse(paragraphs(fragment).isEmpty(), where + ": the example has no text");
    assertTrue(r.text().contains(OWN), where + ": " + r);
    for (String p : paragraphs(fragment)) {
      assertFalse(r.text().contains(p), where + ": '" + p + "' should be left out: " + r);
    }
  }

  static void assertKept(String where, String fragment, Read r) {
    assertFalse(paragraphs(fragment).isEmpty(), where + ": the example has no text");
    assertTrue(r.text().contains(OWN), where + ": " + r);
    for (String p : paragraphs(fragment)) {
      assertTrue(r.text().contains(p), where + ": '" + p + "' should be kept: " + r);
    }
  }

  /** Whether the fragment's outer element has {@code word} in its class, id or role. */
  static boolean marks(String fragment, String word, String match) {
    Element e = Jsoup.parseBodyFragment(fragment).body().child(0);
    if (match.equals("role")) {
      return e.attr("role").strip().toLowerCase(Locale.ROOT).equals(word);
    }
    List<String> names = new ArrayList<>(e.classNames());
    names.add(e.id());
    return names.stream().anyMatch(n -> Arrays.asList(n.toLowerCase(Locale.ROOT)
        .split("[^\\p{L}]+")).contains(word));
  }

  @TestFactory
  Stream<DynamicTest> everyEntrysExamplesShowWhatItDoes() {
    HtmlChrome chrome = HtmlChrome.BUNDLED;
    List<DynamicTest> tests = new ArrayList<>();
    for (TsvTable.Row r : chrome.rows()) {
      String word = r.get(0);
      String match = r.get(1);
      String kind = r.get(2);
      String out = r.get(3);
      String kept = r.get(4);
      boolean marksParts = match.equals("class") || match.equals("role");
      String where = r.file() + ":" + r.line() + " " + word + " (" + match + ")";
      if (!out.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(where + " leaves out: " + out, () -> {
          Read read = read(out, chrome);
          assertLeftOut(where, out, read);
          if (marksParts) {
            assertTrue(marks(out, word, match), where + ": the example's outer element has no "
                + match + " '" + word + "'");
            assertEquals(1, read.warnings().size(), where + ": " + read);
            assertTrue(read.warnings().get(0).contains(": " + kind + " ("),
                where + ": the warning should name " + kind + ": " + read.warnings());
            assertKept(where + " without the entry", out, read(out, chrome.without(word, match)));
          }
        }));
      }
      if (!kept.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(where + " keeps: " + kept, () -> {
          assertKept(where, kept, read(kept, chrome));
          if (!marksParts) {
            assertTrue(kept.toLowerCase(Locale.ROOT).contains(word), where);
            assertLeftOut(where + " without the entry", kept,
                read(kept, chrome.without(word, match)));
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void theBundledTableHoldsWhatTheCodeHeld() {
    List<TsvTable.Row> rows = HtmlChrome.BUNDLED.rows();
    assertEquals(46, rows.stream().filter(r -> r.get(1).equals("class")).count());
    assertEquals(5, rows.stream().filter(r -> r.get(1).equals("role")).count());
    assertEquals(13, rows.stream().filter(r -> r.get(1).equals("content")).count());
    assertEquals(List.of("has", "with", "no", "is", "without"), rows.stream()
        .filter(r -> r.get(1).equals("layout")).map(r -> r.get(0)).toList());
  }

  private static HtmlChrome parse(String tsv) throws IOException {
    return HtmlChrome.of(TsvTable.parse(new StringReader(tsv), "html-chrome.tsv", 5, "word",
        HtmlChrome.EXPECTED));
  }

  private static String error(String tsv) {
    return assertThrows(IllegalStateException.class, () -> parse(tsv)).getMessage();
  }

  @Test
  void errorsNameTheFileAndLine() {
    String head = "# comment\nword\tmatch\tkind\texample_left_out\texample_kept\n";
    String ok = "share\tclass\tsharing\t<div class=\"share\"><p>Share</p></div>\t\n";
    assertEquals("html-chrome.tsv:4: expected " + HtmlChrome.EXPECTED,
        error(head + ok + "ads\tclass\tads\n"));
    assertEquals("html-chrome.tsv:3: unknown match 'id' (one of class, role, content, layout)",
        error(head + "share\tid\tsharing\tx\t\n"));
    assertTrue(error(head + "share-box\tclass\tsharing\tx\t\n")
        .startsWith("html-chrome.tsv:3: the class word 'share-box' can never match"));
    assertTrue(error(head + "Sidebar\tclass\tsidebar\tx\t\n")
        .startsWith("html-chrome.tsv:3: the class word 'Sidebar' can never match"));
    assertEquals("html-chrome.tsv:3: a class entry needs the kind named in the warning",
        error(head + "share\tclass\t-\tx\t\n"));
    assertEquals("html-chrome.tsv:3: the kind of a content entry is -",
        error(head + "entry-content\tcontent\tsidebar\t\tx\n"));
    assertEquals("html-chrome.tsv:3: no example_left_out for 'share'",
        error(head + "share\tclass\tsharing\t\tx\n"));
    assertEquals("html-chrome.tsv:3: no example_kept for 'has'",
        error(head + "has\tlayout\t-\tx\t\n"));
    assertEquals("html-chrome.tsv:4: the class word 'share' is listed twice",
        error(head + ok + ok));
  }
}
