package org.framelens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.framelens.text.TsvTable;
import org.jsoup.nodes.Element;

/**
 * The parts of a web page that are not the article's text, told by their class, id or ARIA role
 * ({@code lexicons/html-chrome.tsv}): reader comments, related or trending posts, share boxes,
 * sidebars and widgets, menus, ads, newsletter and cookie boxes. A class or id is split into
 * words at every non-letter ({@code jp-relatedposts} gives {@code jp}, {@code relatedposts}); one
 * {@code class} word of the table marks the element, unless the class or id starts with a
 * {@code layout} word ({@code has-sidebar} describes a layout, not a sidebar). A {@code role}
 * marks it by its whole value. A part that holds the article's text container (a {@code content}
 * class such as {@code entry-content}, an {@code <article>}, {@code <main>}, {@code
 * itemprop=articleBody} or {@code role=main}) is never left out. Every entry carries an HTML
 * example that {@code HtmlChromeExamplesTest} runs. Immutable.
 */
final class HtmlChrome {

  static final String FILE = "html-chrome.tsv";
  static final String EXPECTED = "word<TAB>match (class, role, content or layout)<TAB>kind"
      + "<TAB>example_left_out<TAB>example_kept";

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern LOWER_LETTERS = Pattern.compile("\\p{Ll}+");

  /** The bundled table (after the patterns its loading uses). */
  static final HtmlChrome BUNDLED = of(TsvTable.read(FILE, 5, "word", EXPECTED));

  private final Map<String, String> classWords;
  private final Map<String, String> roles;
  private final Set<String> contentClasses;
  private final Set<String> layoutWords;
  private final List<TsvTable.Row> rows;

  private HtmlChrome(Map<String, String> classWords, Map<String, String> roles,
      Set<String> contentClasses, Set<String> layoutWords, List<TsvTable.Row> rows) {
    this.classWords = Map.copyOf(classWords);
    this.roles = Map.copyOf(roles);
    this.contentClasses = Set.copyOf(contentClasses);
    this.layoutWords = Set.copyOf(layoutWords);
    this.rows = List.copyOf(rows);
  }

  /**
   * The table of {@code rows}, checked: a known match, a word that can match (lower-case
   * letters for {@code class} and {@code layout}, lower case without spaces otherwise), a kind
   * for {@code class} and {@code role} and {@code -} for the others, the example each match
   * needs, each word once per match.
   *
   * @throws IllegalStateException "FILE:LINE: …"
   */
  static HtmlChrome of(List<TsvTable.Row> rows) {
    Map<String, String> classWords = new HashMap<>();
    Map<String, String> roles = new HashMap<>();
    Set<String> content = new HashSet<>();
    Set<String> layout = new HashSet<>();
    for (TsvTable.Row r : rows) {
      String word = r.get(0);
      String match = r.get(1);
      String kind = r.get(2);
      boolean marks = match.equals("class") || match.equals("role");
      if (!(marks || match.equals("content") || match.equals("layout"))) {
        throw r.error("unknown match '" + match + "' (one of class, role, content, layout)");
      }
      boolean lettersOnly = match.equals("class") || match.equals("layout");
      if (lettersOnly ? !LOWER_LETTERS.matcher(word).matches()
          : word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT))
              || word.chars().anyMatch(Character::isWhitespace)) {
        throw r.error("the " + match + " word '" + word + "' can never match: write it in lower"
            + " case" + (lettersOnly ? ", letters only (a class is split at other characters)"
            : ", without spaces"));
      }
      if (marks == (kind.isBlank() || kind.equals("-"))) {
        throw r.error(marks ? "a " + match + " entry needs the kind named in the warning"
            : "the kind of a " + match + " entry is -");
      }
      String example = marks ? r.get(3) : r.get(4);
      if (example.isBlank()) {
        throw r.error("no " + (marks ? "example_left_out" : "example_kept") + " for '" + word
            + "'");
      }
      boolean isNew = switch (match) {
        case "class" -> classWords.putIfAbsent(word, kind) == null;
        case "role" -> roles.putIfAbsent(word, kind) == null;
        case "content" -> content.add(word);
        default -> layout.add(word);
      };
      if (!isNew) {
        throw r.error("the " + match + " word '" + word + "' is listed twice");
      }
    }
    return new HtmlChrome(classWords, roles, content, layout, rows);
  }

  /** The rows of the table, in file order. */
  List<TsvTable.Row> rows() {
    return rows;
  }

  /** This table without the entry {@code word} of {@code match} (for tests of the examples). */
  HtmlChrome without(String word, String match) {
    List<TsvTable.Row> kept = new ArrayList<>();
    for (TsvTable.Row r : rows) {
      if (!(r.get(0).equals(word) && r.get(1).equals(match))) {
        kept.add(r);
      }
    }
    return of(kept);
  }

  /** The kind of page part {@code e} is by its class, id or role, or null for none. */
  String kind(Element e) {
    String role = roles.get(e.attr("role").strip().toLowerCase(Locale.ROOT));
    if (role != null) {
      return role;
    }
    List<String> names = new ArrayList<>(e.classNames());
    names.add(e.id());
    for (String name : names) {
      String[] words = NON_LETTERS.split(name.toLowerCase(Locale.ROOT));
      int i = 0;
      while (i < words.length && words[i].isEmpty()) {
        i++;
      }
      if (i >= words.length || layoutWords.contains(words[i])) {
        continue;
      }
      for (; i < words.length; i++) {
        String kind = classWords.get(words[i]);
        if (kind != null) {
          return kind;
        }
      }
    }
    return null;
  }

  /** Whether {@code e} holds (or is) the article's text container. */
  boolean holdsContent(Element e) {
    for (Element d : e.select("article, main, [itemprop=articleBody], [role=main], [class]")) {
      if (d.is("article, main, [itemprop=articleBody], [role=main]") && kind(d) == null) {
        return true;
      }
      for (String cls : d.classNames()) {
        if (contentClasses.contains(cls.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
