package org.framelens.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds quotations across the paragraphs of an article, so that every character can be told
 * to be inside a quotation (someone else's voice) or not (the outlet's own voice).
 *
 * <p>Handles curly and straight double quotes, guillemets, and single quotes used as
 * quotation marks but not apostrophes ({@code Russia’s}, {@code don't}, {@code allies’}, and
 * {@code the Russians’ drills} inside a single quotation that closes later),
 * nesting, and a quotation that runs over a paragraph break when the next paragraph reopens it
 * with the same kind of mark (the convention in English news writing). A quotation still open
 * at a paragraph end without such a reopening is closed there and marked {@code closed=false}.
 *
 * <p>Low-9 marks open German-style quotations: {@code „…“} or {@code „…”}, and {@code ‚…‘} or
 * {@code ‚…’}. While the innermost open quotation of its kind was opened by a low-9 mark, a
 * {@code “} closes it (unless it stands where it can only open one: after a space and before a
 * word, as in {@code „he called it “madness” then“}), and a {@code ‘} closes it where a
 * {@code ’} would (not inside a word, not after a space, not before a letter or digit). Where no
 * low-9 quotation is open, {@code “} and {@code ‘} open quotations as in English.
 * Stateless and thread-safe.
 */
public final class QuoteFinder {

  private enum Mark { DOUBLE, SINGLE }

  private static final class Open {
    final Mark mark;
    /** Opened by a low-9 mark ({@code „} or {@code ‚}): {@code “} or {@code ‘} closes it. */
    final boolean low;
    final int pos;
    final int id;

    Open(Mark mark, boolean low, int pos, int id) {
      this.mark = mark;
      this.low = low;
      this.pos = pos;
      this.id = id;
    }
  }

  /** The quotation pieces in {@code paragraphs} (sorted, non-overlapping spans) of text. */
  public QuoteMap find(CharSequence text, List<Span> paragraphs) {
    return find(Chars.copy(text, 0, text.length()), paragraphs);
  }

  /**
   * The quotation pieces in {@code paragraphs} of the text whose chars are {@code text}: the
   * same as {@link #find(CharSequence, List)} on that text.
   */
  public QuoteMap find(char[] text, List<Span> paragraphs) {
    Scan scan = new Scan(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int end = para.end();
      for (int i = scan.start(para); (i = nextMark(text, i, end)) < end; i++) {
        scan.mark(i, para);
      }
      if (!scan.stack.isEmpty()) {
        scan.close(para, p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null);
      }
    }
    List<Quote> out = scan.out;
    if (out.size() > 1) {
      out.sort(BY_SPAN_THEN_DEPTH);
    }
    return new QuoteMap(out);
  }

  /** Sorted by span, outer before inner. */
  private static final Comparator<Quote> BY_SPAN_THEN_DEPTH = (a, b) -> {
    int bySpan = a.span().compareTo(b.span());
    return bySpan != 0 ? bySpan : Integer.compare(a.depth(), b.depth());
  };

  /** The first char at or after {@code i}, before {@code end}, that can be a quotation mark. */
  private static int nextMark(char[] text, int i, int end) {
    for (; i < end; i++) {
      char c = text[i];
      if (c < 0x80 ? c == '"' || c == '\'' : isQuotationMark(c)) {
        return i;
      }
    }
    return end;
  }

  /** The state of one {@link #find}: the open quotations and the pieces found so far. */
  private static final class Scan {
    final char[] text;
    final List<Quote> out = new ArrayList<>();
    final Deque<Open> stack = new ArrayDeque<>();
    int nextId;

    Scan(char[] text) {
      this.text = text;
    }

    /**
     * Where to start scanning {@code para}: after its first mark when it reopens the quotation
     * carried over from the paragraph before (only the outermost one carries over), else at its
     * start, with nothing open.
     */
    int start(Span para) {
      if (stack.isEmpty()) {
        return para.start();
      }
      int first = firstNonSpace(text, para);
      Mark reopen = first < para.end() ? openingMark(text, first, para) : null;
      Open outer = stack.peekLast();
      stack.clear();
      if (reopen != null && reopen == outer.mark) {
        stack.push(new Open(outer.mark, isLow9(text[first]), first, outer.id));
        return first + 1;
      }
      return para.start();
    }

    /** Handles the possible quotation mark at {@code i}. */
    void mark(int i, Span para) {
      Mark closing = closingMark(text, i, para, stack);
      if (closing != null) {
        closeUpTo(closing, i, stack, out);
        return;
      }
      Mark opening = openingMark(text, i, para);
      if (opening != null) {
        stack.push(new Open(opening, isLow9(text[i]), i, nextId++));
      } else if (text[i] == '"') {
        // a straight double quote that neither opens nor closes cleanly: toggle
        if (hasOpen(stack, Mark.DOUBLE)) {
          closeUpTo(Mark.DOUBLE, i, stack, out);
        } else {
          stack.push(new Open(Mark.DOUBLE, false, i, nextId++));
        }
      }
    }

    /**
     * Closes what is still open at the end of {@code para}; the outermost quotation stays open
     * when {@code next} (null after the last paragraph) reopens it.
     */
    void close(Span para, Span next) {
      boolean continues = next != null && reopens(text, next, stack.peekLast().mark);
      int depth = stack.size();
      for (Open o : stack) {
        out.add(new Quote(o.id, new Span(o.pos, para.end()), depth--, false));
      }
      Open outer = stack.peekLast();
      stack.clear();
      if (continues) {
        // keep the outermost quotation for the next paragraph; mark the piece as continued
        Quote piece = out.remove(out.size() - 1);
        out.add(new Quote(piece.id(), piece.span(), piece.depth(), true));
        stack.push(outer);
      }
    }
  }

  /** The characters {@link #openingMark} and {@link #closingMark} can return a mark for. */
  private static boolean isQuotationMark(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u201E'
        || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u00AB' || c == '\u00BB';
  }

  /** The low-9 quotation marks {@code „} (U+201E) and {@code ‚} (U+201A). */
  private static boolean isLow9(char c) {
    return c == '\u201E' || c == '\u201A';
  }

  /** Whether the innermost open quotation of {@code mark} was opened by a low-9 mark. */
  private static boolean innermostIsLow9(Deque<Open> stack, Mark mark) {
    for (Open o : stack) {
      if (o.mark == mark) {
        return o.low;
      }
    }
    return false;
  }

  private static boolean reopens(char[] text, Span para, Mark mark) {
    int first = firstNonSpace(text, para);
    return first < para.end() && openingMark(text, first, para) == mark;
  }

  private static void closeUpTo(Mark mark, int pos, Deque<Open> stack, List<Quote> out) {
    while (!stack.isEmpty()) {
      Open o = stack.pop();
      out.add(new Quote(o.id, new Span(o.pos, pos + 1), stack.size() + 1, true));
      if (o.mark == mark) {
        return;
      }
    }
  }

  private static boolean hasOpen(Deque<Open> stack, Mark mark) {
    for (Open o : stack) {
      if (o.mark == mark) {
        return true;
      }
    }
    return false;
  }

  private static int firstNonSpace(char[] text, Span para) {
    int i = para.start();
    while (i < para.end() && Chars.isWhitespace(text[i])) {
      i++;
    }
    return i;
  }

  /** The mark opened at {@code i}, or null. */
  private static Mark openingMark(char[] text, int i, Span para) {
    char c = text[i];
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
      return Mark.DOUBLE;
    }
    char prev = i > para.start() ? text[i - 1] : ' ';
    char next = i + 1 < para.end() ? text[i + 1] : ' ';
    boolean leftEdge = isLeftEdge(prev);
    if (c == '"') {
      return leftEdge && !Chars.isWhitespace(next) ? Mark.DOUBLE : null;
    }
    if (c == '\u2018' || c == '\'' || c == '\u201A') {
      if (!leftEdge || Chars.isWhitespace(next) || next == c) {
        return null;
      }
      // '90s, 'em, 'tis: elisions, not quotation marks
      if (Chars.isDigit(next) && i + 2 < para.end() && Chars.isDigit(text[i + 2])) {
        return null;
      }
      if (Tokenizer.regionLower(text, i + 1, para.end(), "em ")
          || Tokenizer.regionLower(text, i + 1, para.end(), "tis ")) {
        return null;
      }
      if (c == '\'' && !hasLaterCloser(text, i + 1, para.end())) {
        return null;
      }
      return Mark.SINGLE;
    }
    return null;
  }

  /**
   * Whether a quotation mark after {@code prev} stands where an opening one does: after white
   * space, an opening bracket, a dash or slash, or an opening double quotation mark.
   */
  private static boolean isLeftEdge(char prev) {
    return Chars.isWhitespace(prev) || "([{\u2014\u2013-/\u201C\"\u00AB\u201E".indexOf(prev) >= 0;
  }

  /** The mark closed at {@code i}, or null; apostrophes close nothing. */
  private static Mark closingMark(char[] text, int i, Span para, Deque<Open> stack) {
    char c = text[i];
    if (c == '\u201D' || c == '\u00BB') {
      return hasOpen(stack, Mark.DOUBLE) ? Mark.DOUBLE : null;
    }
    char prev = i > para.start() ? text[i - 1] : ' ';
    char next = i + 1 < para.end() ? text[i + 1] : ' ';
    if (c == '\u201C') {
      // closes „…“ unless it can only open a quotation here (after a space, before a word)
      boolean opens = isLeftEdge(prev) && Chars.isLetterOrDigit(next);
      return !opens && innermostIsLow9(stack, Mark.DOUBLE) ? Mark.DOUBLE : null;
    }
    if (c == '\u2018' && !innermostIsLow9(stack, Mark.SINGLE)) {
      return null; // an opening mark, as in English
    }
    if (c == '"') {
      boolean rightEdge = !Chars.isWhitespace(prev);
      return rightEdge && hasOpen(stack, Mark.DOUBLE) && !stack.isEmpty() ? Mark.DOUBLE : null;
    }
    if (c == '\u2019' || c == '\'' || c == '\u2018') {
      if (Chars.isLetterOrDigit(prev) && Chars.isLetter(next)) {
        return null; // Russia’s, don't
      }
      if (Chars.isWhitespace(prev) || !hasOpen(stack, Mark.SINGLE)) {
        return null; // an apostrophe: allies’ concerns
      }
      if (Chars.isLetterOrDigit(next)) {
        return null;
      }
      if (c != '\u2018' && isPluralPossessive(text, i, para)) {
        return null; // ‘The Russians’ drills are a provocation.’
      }
      return Mark.SINGLE;
    }
    return null;
  }

  /**
   * Whether the {@code ’} or {@code '} at {@code i}, inside an open single quotation, is the
   * apostrophe of a plural possessive rather than the closing mark: it follows an {@code s},
   * a space and a word follow it, and later in the paragraph, before any single mark that
   * opens a quotation, the same mark stands where only a closing one does (after punctuation,
   * or before punctuation or the paragraph's end). Without such a later closer it closes, as in
   * {@code the 'so-called exercises' were a threat}.
   */
  private static boolean isPluralPossessive(char[] text, int i, Span para) {
    char c = text[i];
    int end = para.end();
    if (i == para.start() || Character.toLowerCase(text[i - 1]) != 's') {
      return false;
    }
    int w = i + 1;
    while (w < end && Chars.isWhitespace(text[w])) {
      w++;
    }
    if (w == i + 1 || w >= end || !Chars.isLetter(text[w])) {
      return false;
    }
    for (int k = w; k < end; k++) {
      char d = text[k];
      if (d == '\u2018' || d == '\u201A' || d == '\'') {
        if (openingMark(text, k, para) == Mark.SINGLE) {
          return false;
        }
      }
      if (d != c) {
        continue;
      }
      char before = text[k - 1];
      char after = k + 1 < end ? text[k + 1] : ' ';
      if (Chars.isWhitespace(before) || Chars.isLetterOrDigit(after)) {
        continue; // an opening mark or an apostrophe inside a word
      }
      if (!Chars.isLetterOrDigit(before) || k + 1 >= end || !Chars.isWhitespace(after)) {
        return true; // provocation.’ / provocation’, / provocation’ at the end
      }
    }
    return false;
  }

  private static boolean hasLaterCloser(char[] text, int from, int end) {
    for (int k = from; k < end; k++) {
      if (text[k] == '\'' && (k + 1 >= end || !Chars.isLetter(text[k + 1]))
          && k > from && !Chars.isWhitespace(text[k - 1])) {
        return true;
      }
    }
    return false;
  }
}
