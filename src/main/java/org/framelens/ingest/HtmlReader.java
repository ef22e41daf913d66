package org.framelens.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML article with jsoup. Scripts, styles, navigation, page headers and footers,
 * asides, forms and figure captions are dropped; the main text is taken from {@code <article>},
 * else {@code <main>}, else {@code <body>}, one paragraph per outermost block element
 * ({@code p}, headings, list items, quotations). The article's text is these paragraphs joined by blank
 * lines, so offsets point into the extracted text, not into the markup. Title, date, source
 * and URL come from the usual meta tags.
 */
final class HtmlReader {

  private static final String DROP =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, "
          + "button, select, figcaption, [hidden], [aria-hidden=true]";
  private static final String BLOCKS =
      "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th";

  private HtmlReader() {
  }

  static Article read(SourceFile f) {
    Document doc = Jsoup.parse(f.text());
    String title = firstNonEmpty(meta(doc, "meta[property=og:title]"), doc.title(),
        doc.select("h1").text());
    String date = firstNonEmpty(meta(doc, "meta[property=article:published_time]"),
        meta(doc, "meta[name=date]"), attr(doc, "time[datetime]", "datetime"));
    String source = meta(doc, "meta[property=og:site_name]");
    String url = firstNonEmpty(attr(doc, "link[rel=canonical]", "href"),
        meta(doc, "meta[property=og:url]"));
    doc.select(DROP).remove();
    Element root = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"),
        doc.selectFirst("[role=main]"), doc.body());
    List<String> paragraphs = paragraphs(root);
    int bodyStart = 0;
    String text = String.join("\n\n", paragraphs);
    if (!paragraphs.isEmpty() && paragraphs.get(0).equals(title.strip()) && paragraphs.size() > 1) {
      bodyStart = paragraphs.get(0).length() + 2;
    }
    return new Article(f.idBase(), f.displayPath(), 1, "html",
        new Metadata(title, source, date, url, ""), text, bodyStart);
  }

  /** A tag of the markup a text field may hold instead of plain text. */
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
      "</?(p|div|br|h[1-6]|li|ul|ol|blockquote|span|a|strong|em|b|i|figure|img|script|style)"
          + "(\\s[^<>]*)?/?>", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The text of a JSON or CSV record's text field: as it is, unless it holds HTML markup (at
   * least two tags such as {@code <p>} or {@code <br>}, as scraped corpora and CMS exports often
   * store articles), in which case the text is extracted as from an HTML file's body (scripts and
   * styles dropped, one paragraph per block, paragraphs joined by blank lines) and {@code sink}
   * hears of it ({@link RecordSink#htmlRecord}).
   */
  static String fieldText(String value, int line, RecordSink sink) {
    if (value.indexOf('<') < 0) {
      return value;
    }
    java.util.regex.Matcher m = TAG.matcher(value);
    if (!m.find() || !m.find()) {
      return value;
    }
    sink.htmlRecord(line);
    Document doc = Jsoup.parseBodyFragment(value);
    doc.select(DROP).remove();
    return String.join("\n\n", paragraphs(doc.body()));
  }

  /**
   * The paragraphs under {@code root}: the text of each outermost block element, or, without
   * any, of each line.
   */
  private static List<String> paragraphs(Element root) {
    List<String> paragraphs = new ArrayList<>();
    if (root != null) {
      Elements blocks = root.select(BLOCKS);
      for (Element b : blocks) {
        if (!hasBlockAncestor(b, root)) {
          String text = b.text().strip();
          if (!text.isEmpty()) {
            paragraphs.add(text);
          }
        }
      }
      if (paragraphs.isEmpty()) {
        for (String line : root.wholeText().split("\\R")) {
          String s = line.strip().replaceAll("\\s+", " ");
          if (!s.isEmpty()) {
            paragraphs.add(s);
          }
        }
      }
    }
    return paragraphs;
  }

  /** Whether a block element lies inside another block (its text is then already taken). */
  private static boolean hasBlockAncestor(Element e, Element root) {
    for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
      if (p.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static String meta(Document d, String css) {
    Element e = d.selectFirst(css);
    return e == null ? "" : e.attr("content");
  }

  private static String attr(Document d, String css, String a) {
    Element e = d.selectFirst(css);
    return e == null ? "" : e.attr(a);
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
