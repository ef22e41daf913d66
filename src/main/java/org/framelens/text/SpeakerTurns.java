package org.framelens.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speaker turns of an interview transcript: paragraphs that open with a speaker label and a
 * colon ({@code KULEBA: …}, {@code AMY GOODMAN: …}, {@code Q: …}, {@code A: …}, {@code Crowley:
 * …}), and the embedded social-media posts of an article (a paragraph that ends with the post's
 * signature, {@code — Donald J. Trump (@realDonaldTrump) June 9, 2018}: the paragraph is the
 * post, its words the poster's, the name in the signature its speaker). A turn's words are its speaker's, not the outlet's: {@link #withTurns}
 * makes each turn's body a quotation, and {@link Turn#named()} tells whether the label names
 * someone ({@code Q}, {@code A}, {@code QUESTION}, {@code UNIDENTIFIED MALE} name nobody).
 * In a mailbag column, whose questions are signed by their readers ("— Joshua Holman,
 * Havelock, N.C."), the answers ({@code A:}) are the columnist's, the outlet's own words, and no
 * turns.
 *
 * <p>Labels in capitals count only in a transcript: an article with two or more labelled
 * paragraphs where some label comes back, so that a one-off dateline ({@code WASHINGTON: …}) is
 * no speaker. A label in mixed case ({@code Trump:}, {@code Anthony Zurcher:}: each word opening
 * with a capital) counts only when the same label opens two or more paragraphs of the article,
 * so that a one-off {@code Washington:} or {@code Bottom line:} is none. Labels with a word such
 * as {@code NOTE}, {@code UPDATE}, {@code EDITOR'S}, {@code RELATED}, {@code WATCH}, {@code
 * PHOTO}, and the field names of lists and fact checks ({@code TARGET}, {@code ATTACKER}, {@code
 * CLAIM}, {@code VERDICT}, {@code MYTH}, {@code WINNER}) are never speakers, in whatever case
 * ({@code Note:}, {@code Winner:}). The label words are data: {@code
 * lexicons/speaker-labels.tsv}, each with an example that {@code SpeakerLabelsExamplesTest} runs.
 * Immutable and thread-safe.
 */
public final class SpeakerTurns {

  /**
   * One speaker turn.
   *
   * @param paragraph the index of its paragraph in the list given to {@link #find}
   * @param label     the label's words, without the colon (for a post, the poster's name in its
   *                  signature, after the body)
   * @param body      the words after the label, to the paragraph's end (for a post, the whole
   *                  paragraph: the post and its signature)
   * @param named     whether the label names a speaker (not Q, A, QUESTION, …)
   */
  public record Turn(int paragraph, Span label, Span body, boolean named) {
  }

  /** The most words a label has. */
  private static final int MAX_WORDS = 4;

  /** The bundled label words ({@code lexicons/speaker-labels.tsv}). */
  private static final Labels BUNDLED = Labels.load();

  /** Words that make a label a heading, a note or a field name, not a speaker. */
  private final Set<String> notSpeakers;
  /** Labels that name nobody: the turn is still not the outlet's voice. */
  private final Set<String> nameless;
  /** Nameless labels of a question ({@code Q}) and of an answer ({@code A}). */
  private final Set<String> questions;
  private final Set<String> answers;

  /**
   * A reader's signature closing a question ("… ever won anywhere? — Joshua Holman, Havelock,
   * N.C."): a dash, then a capital letter and up to 80 characters without a question mark,
   * exclamation mark or quotation mark, to the end.
   */
  private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile(
      "(?:\u2014|\u2013|--)\\s*\\p{Lu}[^?!\"\u201C\u201D\u2014\u2013]{1,80}\\z");

  /** Turns with the bundled label words ({@code lexicons/speaker-labels.tsv}). */
  public SpeakerTurns() {
    this(BUNDLED.notSpeakers(), BUNDLED.nameless(), BUNDLED.questions(), BUNDLED.answers());
  }

  /** Turns with these label words (for tests: the examples without the lists). */
  SpeakerTurns(Set<String> notSpeakers, Set<String> nameless) {
    this(notSpeakers, nameless, Set.of(), Set.of());
  }

  SpeakerTurns(Set<String> notSpeakers, Set<String> nameless, Set<String> questions,
      Set<String> answers) {
    this.notSpeakers = Set.copyOf(notSpeakers);
    this.nameless = Set.copyOf(nameless);
    this.questions = Set.copyOf(questions);
    this.answers = Set.copyOf(answers);
  }

  /**
   * The rows of {@code lexicons/speaker-labels.tsv}, checked: a word in capitals without
   * spaces, a known kind, an example; each word once.
   */
  record Labels(Set<String> notSpeakers, Set<String> nameless, Set<String> questions,
      Set<String> answers, List<TsvTable.Row> rows) {

    static final String FILE = "speaker-labels.tsv";
    static final String EXPECTED = "word<TAB>kind (heading, field, nameless, question or "
        + "answer)<TAB>example<TAB>example_kept";

    static Labels load() {
      return of(TsvTable.read(FILE, 4, "word", EXPECTED));
    }

    static Labels of(List<TsvTable.Row> rows) {
      Set<String> not = new java.util.HashSet<>();
      Set<String> none = new java.util.HashSet<>();
      Set<String> questions = new java.util.HashSet<>();
      Set<String> answers = new java.util.HashSet<>();
      for (TsvTable.Row r : rows) {
        String w = r.get(0);
        if (w.isEmpty() || w.chars().anyMatch(c -> Chars.isLowerCase((char) c)
            || Chars.isWhitespace((char) c) || c == ':')) {
          throw r.error("the word '" + w + "' must be one word in capitals, without a colon");
        }
        boolean isNew = switch (r.get(1)) {
          case "heading", "field" -> !none.contains(w) && not.add(w);
          case "nameless" -> !not.contains(w) && none.add(w);
          case "question" -> !not.contains(w) && none.add(w) && questions.add(w);
          case "answer" -> !not.contains(w) && none.add(w) && answers.add(w);
          default -> throw r.error("unknown kind '" + r.get(1)
              + "' (one of heading, field, nameless, question, answer)");
        };
        if (!isNew) {
          throw r.error("the word '" + w + "' is listed twice");
        }
        if (r.get(2).isBlank()) {
          throw r.error("no example for '" + w + "'");
        }
      }
      return new Labels(Set.copyOf(not), Set.copyOf(none), Set.copyOf(questions),
          Set.copyOf(answers), List.copyOf(rows));
    }
  }

  /**
   * Whether {@code word}, written in capitals, makes a label no speaker or a speaker nobody names
   * ({@code WATCH}, {@code UPDATE}, {@code Q}): a word of {@code lexicons/speaker-labels.tsv}.
   */
  public boolean namesNobody(String word) {
    return notSpeakers.contains(word) || nameless.contains(word);
  }

  /**
   * The speaker turns of the paragraphs of {@code text}, in paragraph order: a transcript's
   * labelled paragraphs (none outside a transcript) and embedded posts.
   */
  public List<Turn> find(CharSequence text, List<Span> paragraphs) {
    List<Turn> capitals = new ArrayList<>();
    List<Turn> mixed = new ArrayList<>();
    Turn[] byParagraph = new Turn[paragraphs.size()];
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> mixedCounts = new HashMap<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Turn t = turn(text, p, paragraphs.get(p));
      if (t != null) {
        String label = t.label().text(text);
        if (hasLowerCase(label)) {
          mixed.add(t);
          mixedCounts.merge(label, 1, Integer::sum);
        } else {
          capitals.add(t);
          counts.merge(label, 1, Integer::sum);
        }
      }
    }
    boolean transcript = capitals.size() >= 2
        && counts.values().stream().anyMatch(c -> c >= 2);
    if (transcript && readersLetters(text, capitals)) {
      // a mailbag: the answers are the columnist's, the outlet's own words
      capitals.removeIf(t -> answers.contains(t.label().text(text).toString()));
    }
    if (transcript) {
      for (Turn t : capitals) {
        byParagraph[t.paragraph()] = t;
      }
    }
    for (Turn t : mixed) {
      if (mixedCounts.get(t.label().text(text)) >= 2) {
        byParagraph[t.paragraph()] = t;
      }
    }
    List<Turn> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Turn t = byParagraph[p] != null ? byParagraph[p] : post(text, p, paragraphs.get(p));
      if (t != null) {
        out.add(t);
      }
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }

  /**
   * Whether the transcript is a mailbag column: a question ({@code Q:}) signed by its reader
   * ("— Joshua Holman, Havelock, N.C."), so that its answers ({@code A:}) are the columnist's.
   */
  private boolean readersLetters(CharSequence text, List<Turn> turns) {
    for (Turn t : turns) {
      if (questions.contains(t.label().text(text).toString())) {
        String body = t.body().text(text).toString().strip();
        if (SIGNATURE.matcher(body).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Chars.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An embedded post's signature at a paragraph's end: a dash, the poster's name (no dash in it;
   * a bracketed nickname allowed), the handle in brackets and the date.
   */
  private static final java.util.regex.Pattern POST_SIGNATURE = java.util.regex.Pattern.compile(
      "[—–] ?(?<name>[^—–\\n]{1,80}?) \\(@[\\p{L}\\p{N}_]{1,20}\\) (January|February|March|April|May"
          + "|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}\\s*$");

  /** The post paragraph {@code para} holds (its words before a signature), or null. */
  private static Turn post(CharSequence text, int index, Span para) {
    int at = -1;
    for (int i = para.end() - 2; i >= para.start() && i >= para.end() - 40; i--) {
      if (text.charAt(i) == '(' && text.charAt(i + 1) == '@') {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    java.util.regex.Matcher m = POST_SIGNATURE.matcher(text)
        .region(Math.max(para.start(), at - 90), para.end());
    if (!m.find()) {
      return null;
    }
    Span name = new Span(m.start("name"), m.end("name")).trim(text);
    if (new Span(para.start(), m.start()).trim(text).isEmpty() || name.isEmpty()) {
      return null;
    }
    // the post with its signature: all of it is the embedded post, none the outlet's prose
    return new Turn(index, name, para.trim(text), true);
  }

  /**
   * {@code quotes} with each turn's body added as a quotation of its own (depth 1, a fresh id);
   * the quotations inside a body are one level deeper.
   */
  public static QuoteMap withTurns(QuoteMap quotes, List<Turn> turns) {
    if (turns.isEmpty()) {
      return quotes;
    }
    int nextId = 0;
    for (Quote q : quotes.quotes()) {
      nextId = Math.max(nextId, q.id() + 1);
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes.quotes()) {
      boolean inside = false;
      for (Turn t : turns) {
        inside |= t.body().contains(q.span());
      }
      out.add(inside ? new Quote(q.id(), q.span(), q.depth() + 1, q.closed()) : q);
    }
    for (Turn t : turns) {
      out.add(new Quote(nextId++, t.body(), 1, true));
    }
    out.sort((a, b) -> {
      int bySpan = a.span().compareTo(b.span());
      return bySpan != 0 ? bySpan : Integer.compare(a.depth(), b.depth());
    });
    return new QuoteMap(out);
  }

  /** The turn paragraph {@code para} opens, or null when it opens with no speaker label. */
  private Turn turn(CharSequence text, int index, Span para) {
    int start = para.start();
    int end = para.end();
    while (start < end && Chars.isWhitespace(text.charAt(start))) {
      start++;
    }
    int colon = -1;
    for (int i = start; i < end && i - start <= 40; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (!(Chars.isLetter(c) || c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-')) {
        return null;
      }
      if (Chars.isLowerCase(c) && (i == start || text.charAt(i - 1) == ' ')) {
        return null; // a word in lower case ("Bottom line:"): no name
      }
    }
    if (colon <= start || !Chars.isLetter(text.charAt(start))) {
      return null;
    }
    int bodyStart = colon + 1;
    while (bodyStart < end && Chars.isWhitespace(text.charAt(bodyStart))) {
      bodyStart++;
    }
    if (bodyStart == colon + 1 || bodyStart >= end) {
      return null; // "10:42", or nothing said
    }
    String[] words = text.subSequence(start, colon).toString().trim().split(" +");
    if (words.length > MAX_WORDS) {
      return null;
    }
    boolean named = true;
    int letters = 0;
    for (String w : words) {
      String upper = w.toUpperCase(java.util.Locale.ROOT);
      if (notSpeakers.contains(upper)) {
        return null;
      }
      named &= !nameless.contains(upper);
      for (int k = 0; k < w.length(); k++) {
        letters += Chars.isLetter(w.charAt(k)) ? 1 : 0;
      }
    }
    if (letters < 2 && named) {
      return null; // a single letter other than Q or A
    }
    int labelEnd = colon;
    while (Chars.isWhitespace(text.charAt(labelEnd - 1))) {
      labelEnd--;
    }
    return new Turn(index, new Span(start, labelEnd), new Span(bodyStart, end), named);
  }
}
