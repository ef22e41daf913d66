package org.framelens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML article with jsoup.
 *
 * <p>Text: scripts, styles, navigation, page headers and footers, asides, forms and figure
 * captions are dropped. The main text is taken from the element marked
 * {@code itemprop=articleBody}, else the first {@code <article>}, else {@code <main>} or
 * {@code role=main}, else {@code <body>}. Inside it, parts of the page that are not the
 * article's text are left out by their class, id or ARIA role ({@link HtmlChrome}, the table
 * {@code lexicons/html-chrome.tsv}: reader comments, related or trending posts, share boxes,
 * sidebars and widgets, menus, ads, newsletter boxes; roles {@code complementary}, {@code
 * navigation}, {@code contentinfo}, {@code banner}, {@code search}); what was left out is named
 * in a warning (the manifest's {@code reason}). A part is never left out when it holds the article's text container (an
 * {@code <article>}, {@code itemprop=articleBody} or a class such as {@code entry-content}), and
 * if leaving parts out would leave no text at all, nothing is left out and the warning says so.
 *
 * <p>Paragraphs: every block element ({@code p}, {@code div}, {@code section}, headings, list
 * items, quotations, table cells …) starts and ends a paragraph, and so do two {@code <br>} in a
 * row; a single {@code <br>} is a line break. The article's text is these paragraphs joined by
 * blank lines, so offsets point into the extracted text, not into the markup.
 *
 * <p>Metadata: title from {@code og:title}, else the JSON-LD article's {@code headline}, else the
 * first {@code <h1>}, else {@code <title>}; date from {@code article:published_time}, else
 * JSON-LD {@code datePublished}, else {@code <meta name=date>}, else the first
 * {@code <time datetime>}; source from {@code og:site_name}, else JSON-LD
 * {@code publisher.name}; URL from {@code <link rel=canonical>}, else {@code og:url}, else
 * JSON-LD {@code url}. The first paragraph is the headline, not body text, when it equals the
 * title or is the page's first {@code <h1>}.
 */
final class HtmlReader {

  private static final String DROP =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, "
          + "button, select, figcaption, [hidden], [aria-hidden=true]";
  /** Elements that start and end a paragraph. */
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main",
      "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre",
      "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "address", "hr",
      "center", "details", "summary", "fieldset", "legend", "dialog", "menu", "header", "footer",
      "body", "html", "hgroup");

  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlReader() {
  }

  static Article read(SourceFile f) {
    return read(f, w -> { });
  }

  /** Reads the page; {@code warnings} hears what was left out of its text. */
  static Article read(SourceFile f, Consumer<String> warnings) {
    return read(f, warnings, HtmlChrome.BUNDLED);
  }

  /** {@link #read(SourceFile, Consumer)} telling page parts by {@code chrome}. */
  static Article read(SourceFile f, Consumer<String> warnings, HtmlChrome chrome) {
    Document doc = Jsoup.parse(f.text());
    JsonNode ld = jsonLdArticle(doc);
    Element firstH1 = doc.selectFirst("h1");
    String h1 = firstH1 == null ? "" : firstH1.text().strip();
    String title = firstNonEmpty(meta(doc, "meta[property=og:title]"), ldText(ld, "headline"),
        h1, doc.title());
    String date = firstNonEmpty(meta(doc, "meta[property=article:published_time]"),
        ldText(ld, "datePublished"), meta(doc, "meta[name=date]"),
        attr(doc, "time[datetime]", "datetime"));
    String source = firstNonEmpty(meta(doc, "meta[property=og:site_name]"), ldName(ld,
        "publisher"));
    String url = firstNonEmpty(attr(doc, "link[rel=canonical]", "href"),
        meta(doc, "meta[property=og:url]"), ldText(ld, "url"));
    doc.select(DROP).remove();
    Element root = firstNonNull(doc.selectFirst("[itemprop=articleBody]"), firstArticle(doc, chrome),
        doc.selectFirst("main"), doc.selectFirst("[role=main]"), doc.body());
    List<String> paragraphs = List.of();
    if (root != null) {
      Element kept = root.clone();
      Map<String, int[]> left = leaveOutChrome(kept, chrome);
      paragraphs = paragraphs(kept);
      if (!left.isEmpty()) {
        List<String> all = paragraphs(root);
        if (paragraphs.isEmpty() && !all.isEmpty()) {
          paragraphs = all;
          warnings.accept("could not tell the article's text from the page's other parts "
              + "(" + describe(left) + " by their class or id): all of it was kept");
        } else {
          warnings.accept("left out page parts that are not the article's text, by their "
              + "class, id or role: " + describe(left));
        }
      }
    }
    int bodyStart = 0;
    String text = String.join("\n\n", paragraphs);
    if (paragraphs.size() > 1) {
      String first = paragraphs.get(0);
      if (first.equals(title.strip()) || (!h1.isEmpty() && first.equals(h1))) {
        bodyStart = first.length() + 2;
      }
    }
    return new Article(f.idBase(), f.displayPath(), 1, "html",
        new Metadata(title, source, date, url, ""), text, bodyStart);
  }

  /** The first {@code <article>} that is not itself a comment or other page part. */
  private static Element firstArticle(Document doc, HtmlChrome chrome) {
    for (Element a : doc.select("article")) {
      if (chrome.kind(a) == null) {
        return a;
      }
    }
    return null;
  }

  /** "comments (2 paragraphs), sharing (1 paragraph)". */
  private static String describe(Map<String, int[]> left) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, int[]> e : left.entrySet()) {
      int n = e.getValue()[0];
      parts.add(e.getKey() + " (" + n + (n == 1 ? " paragraph)" : " paragraphs)"));
    }
    return String.join(", ", parts);
  }

  /**
   * Removes the page parts under {@code root} that are not the article's text; returns, per
   * kind, how many paragraphs were left out. Parts without text are removed silently.
   */
  private static Map<String, int[]> leaveOutChrome(Element root, HtmlChrome chrome) {
    Map<String, int[]> left = new java.util.TreeMap<>();
    List<Element> parts = new ArrayList<>();
    collectChrome(root, chrome, parts);
    for (Element e : parts) {
      int n = paragraphs(e).size();
      if (n > 0) {
        left.computeIfAbsent(chrome.kind(e), k -> new int[1])[0] += n;
      }
      e.remove();
    }
    return left;
  }

  private static void collectChrome(Element root, HtmlChrome chrome, List<Element> out) {
    // iterative: pages nest thousands of elements deep
    java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>(root.children());
    while (!todo.isEmpty()) {
      Element c = todo.poll();
      if (chrome.kind(c) != null && !chrome.holdsContent(c)) {
        out.add(c);
      } else {
        todo.addAll(c.children());
      }
    }
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
   * The paragraphs under {@code root}: block elements and double {@code <br>} separate them,
   * a single {@code <br>} is a line break inside one, white space is collapsed.
   */
  static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    if (root != null) {
      StringBuilder buf = new StringBuilder();
      walk(root, buf, out);
      flush(buf, out);
    }
    return out;
  }

  private static void walk(Element e, StringBuilder buf, List<String> out) {
    // iterative over children, recursive over depth: deep nesting is bounded by jsoup's parser
    java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
    stack.push(new Object[] {e, 0});
    if (isBlock(e)) {
      flush(buf, out);
    }
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      Element el = (Element) top[0];
      int i = (Integer) top[1];
      if (i >= el.childNodeSize()) {
        stack.pop();
        if (isBlock(el)) {
          flush(buf, out);
        }
        continue;
      }
      top[1] = i + 1;
      Node n = el.childNode(i);
      if (n instanceof TextNode t) {
        buf.append(t.getWholeText());
      } else if (n instanceof Element c) {
        if (c.normalName().equals("br")) {
          buf.append('\n');
        } else {
          if (isBlock(c)) {
            flush(buf, out);
          }
          stack.push(new Object[] {c, 0});
        }
      }
    }
  }

  private static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /**
   * Adds the text gathered since the last block boundary: lines (from {@code <br>}) with white
   * space collapsed; an empty line (two {@code <br>}) separates paragraphs.
   */
  private static void flush(StringBuilder buf, List<String> out) {
    if (buf.length() == 0) {
      return;
    }
    String[] lines = buf.toString().split("\n", -1);
    buf.setLength(0);
    StringBuilder para = new StringBuilder();
    for (String raw : lines) {
      String line = collapse(raw);
      if (line.isEmpty()) {
        if (para.length() > 0) {
          out.add(para.toString());
          para.setLength(0);
        }
      } else {
        if (para.length() > 0) {
          para.append('\n');
        }
        para.append(line);
      }
    }
    if (para.length() > 0) {
      out.add(para.toString());
    }
  }

  /**
   * White space as {@link String#strip} sees it (control separators U+001C-U+001F included)
   * collapsed and trimmed; no-break spaces are kept, and the text stage reads them as spaces.
   */
  private static String collapse(String s) {
    // what String.strip takes off, control separators too
    return org.framelens.text.Chars.collapse(s, Character::isWhitespace);
  }

  /**
   * The first schema.org article object in the page's JSON-LD blocks (a {@code @type} ending
   * in {@code Article}, or {@code BlogPosting}/{@code Report}), looked for at the top level, in
   * arrays and in {@code @graph}; null if none or the JSON does not parse.
   */
  private static JsonNode jsonLdArticle(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(s.data()), 0);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // a broken JSON-LD block gives no metadata
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode n, int depth) {
    if (n == null || depth > 4) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        JsonNode f = findArticle(c, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!n.isObject()) {
      return null;
    }
    JsonNode type = n.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    for (String t : types) {
      if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report")) {
        return n;
      }
    }
    return findArticle(n.get("@graph"), depth + 1);
  }

  private static String ldText(JsonNode ld, String field) {
    JsonNode v = ld == null ? null : ld.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : "";
  }

  /** A field holding a name ({@code "publisher": "X"}) or an object with one. */
  private static String ldName(JsonNode ld, String field) {
    JsonNode v = ld == null ? null : ld.get(field);
    if (v != null && v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isObject()) {
      JsonNode name = v.get("name");
      return name != null && name.isValueNode() && !name.isNull() ? name.asText() : "";
    }
    return v.isValueNode() ? v.asText() : "";
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
