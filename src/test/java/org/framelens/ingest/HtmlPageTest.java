package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML pages as CMSs write them (black-box hunt 4): text in {@code <div>}s and {@code <br><br>},
 * pages without {@code <article>} carrying comments and widgets, an {@code <h1>} that differs
 * from {@code og:title}, JSON-LD metadata.
 */
class HtmlPageTest {

  @TempDir
  Path tmp;

  private Article read(String html) throws IOException {
    OneFile f = new OneFile(tmp);
    InputReport r = f.read("p.html", html);
    assertEquals(InputReport.Status.OK, r.status());
    return f.articles.get(0);
  }

  /** Fuzz finding 4 (docs/FUZZING.md): a trailing U+001D, white space to String.strip. */
  @Test
  void controlSeparatorsAreWhiteSpace() {
    Article a = HtmlReader.read(new SourceFile("fuzz.html", "fuzz",
        "\\E]<body>Pn\\E]]]body\u001D"));
    assertEquals(a.text().strip(), a.text());
    Article b = HtmlReader.read(new SourceFile("s.html", "s",
        "<body><p>Troops moved.\u001D\u001F</p><p>\u001CThey left.</p></body>"));
    assertEquals("Troops moved.\n\nThey left.", b.text());
  }

  @Test
  void divBlocksAreParagraphsNotDroppedOrGlued() throws IOException {
    Article a = read("<html><body><div>Russian troops massed near the border on Tuesday, "
        + "officials said. The Kremlin denied any plan to invade.</div><div>\"We have no such "
        + "intention,\" Dmitry Peskov told reporters.</div><h4>Trending</h4></body></html>");
    assertEquals("Russian troops massed near the border on Tuesday, officials said. The Kremlin "
        + "denied any plan to invade.\n\n\"We have no such intention,\" Dmitry Peskov told "
        + "reporters.\n\nTrending", a.text());
  }

  @Test
  void doubleBreaksSeparateParagraphsAndASingleBreakIsALineBreak() throws IOException {
    Article a = read("<html><body><article><h1>Troops</h1>Russian troops massed near the "
        + "border.<br><br>The Kremlin denied it.<br> <br>\"No,\" Peskov said.<br>Talks go on."
        + "</article></body></html>");
    assertEquals("Troops\n\nRussian troops massed near the border.\n\nThe Kremlin denied it."
        + "\n\n\"No,\" Peskov said.\nTalks go on.", a.text());
    assertEquals("Troops", a.metadata().title());
    assertEquals("Troops\n\n".length(), a.bodyStart());
  }

  @Test
  void inlineMarkupAndParagraphsInsideDivsReadAsBefore() throws IOException {
    Article a = read("<html><body><div class=\"content\"><p>Troops &amp; tanks stay <b>near</b>"
        + " the border.</p><div><p>One.</p> <p>Two.</p></div></div></body></html>");
    assertEquals("Troops & tanks stay near the border.\n\nOne.\n\nTwo.", a.text());
  }

  @Test
  void commentsRelatedPostsShareBoxesAndSidebarsAreLeftOutWithoutAnArticleElement()
      throws IOException {
    OneFile f = new OneFile(tmp);
    InputReport r = f.read("wp.html", """
        <html><body class="single has-sidebar"><div id="page" class="site with-sidebar">
        <div class="entry-content"><p>Russian troops massed near the border, officials said.</p>
        <div class="sharedaddy"><h3>Share this:</h3><ul><li>Twitter</li></ul></div>
        <div id="jp-relatedposts"><h3>Related</h3><p>NATO condemns the brutal invasion</p></div>
        <p>The Kremlin denied any plan to invade.</p></div>
        <div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">
        <p>The corrupt regime is lying again.</p></li></ol></div>
        <div class="widget-area"><section class="widget"><h2>Recent Posts</h2>
        <p>Evil dictator threatens the West</p></section></div>
        <div role="complementary"><p>Disqus: This is outrageous propaganda.</p></div>
        </div></body></html>""");
    Article a = f.articles.get(0);
    assertEquals("Russian troops massed near the border, officials said.\n\n"
        + "The Kremlin denied any plan to invade.", a.text());
    assertTrue(r.reason().contains("comments (1 paragraph)"), r.reason());
    assertTrue(r.reason().contains("related posts (2 paragraphs)"), r.reason());
    assertTrue(r.reason().contains("sharing (2 paragraphs)"), r.reason());
    assertTrue(r.reason().contains("sidebar (3 paragraphs)"), r.reason());
  }

  @Test
  void aLayoutWrapperNamedSidebarThatHoldsTheArticleIsKept() throws IOException {
    Article a = read("<html><body><div class=\"layout-sidebar-right\"><div class=\"post-body\">"
        + "<p>Troops massed, officials said.</p></div><div class=\"sidebar\"><p>Popular now"
        + "</p></div></div></body></html>");
    assertEquals("Troops massed, officials said.", a.text());
  }

  @Test
  void whenEverythingLooksLikeChromeNothingIsLeftOutAndTheWarningSaysSo() throws IOException {
    OneFile f = new OneFile(tmp);
    InputReport r = f.read("c.html", "<html><body><div class=\"comment\"><p>Troops massed, "
        + "officials said.</p></div></body></html>");
    assertEquals("Troops massed, officials said.", f.articles.get(0).text());
    assertTrue(r.reason().contains("all of it was kept"), r.reason());
  }

  @Test
  void anH1ThatDiffersFromOgTitleIsTheHeadlineNotABodySentence() throws IOException {
    Article a = read("<html><head><meta property=\"og:title\" content=\"Troops mass at border\">"
        + "</head><body><article><h1>Troops mass at border: what we know</h1><p>MOSCOW "
        + "(Reuters) - Russian troops massed near the border.</p></article></body></html>");
    assertEquals("Troops mass at border", a.metadata().title());
    assertEquals("MOSCOW (Reuters) - Russian troops massed near the border.",
        a.text().substring(a.bodyStart()));
  }

  @Test
  void jsonLdGivesHeadlineDatePublisherAndUrlWhenThereIsNoOpenGraph() throws IOException {
    Article a = read("""
        <html><head><title>Kremlin denies plan - World - Example News</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Example"},{"@type":["NewsArticle"],"headline":"Kremlin denies plan",
        "datePublished":"2022-02-09T10:00:00Z","url":"https://example.news/k",
        "publisher":{"@type":"Organization","name":"Example News"}}]}</script></head>
        <body><div class="article-body"><p>The Kremlin denied any plan, officials said.</p></div>
        </body></html>""");
    assertEquals("Kremlin denies plan", a.metadata().title());
    assertEquals("2022-02-09", a.metadata().date());
    assertEquals("Example News", a.metadata().source());
    assertEquals("https://example.news/k", a.metadata().url());
  }

  @Test
  void aBrokenJsonLdBlockIsIgnored() throws IOException {
    Article a = read("<html><head><title>T</title><script type=\"application/ld+json\">{oops"
        + "</script></head><body><p>Troops massed, officials said.</p></body></html>");
    assertEquals("T", a.metadata().title());
    assertEquals("Troops massed, officials said.", a.text());
  }
}
