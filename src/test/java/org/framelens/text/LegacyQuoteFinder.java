package org.framelens.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The quote finder as it was before it read a char[]: the reference that {@link CharArrayTextTest}
 * compares {@link QuoteFinder} with. Rule changes made since are made here too (white space as
 * {@link TextInvariants#isSpace}; low-9 marks „ and ‚ closed by “ and ‘, 2026-11-22).
 */
final class LegacyQuoteFinder {

  private enum Mark { DOUBLE, SINGLE }

  private static final class Open {
    final Mark mark;
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
    List<Quote> out = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    int[] nextId = {0};
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int i = para.start();
      if (!stack.isEmpty()) {
        // carried over: the paragraph reopens it with the same mark
        int first = firstNonSpace(text, para);
        Mark reopen = first < para.end() ? openingMark(text, first, para) : null;
        if (reopen != null && reopen == stack.peekLast().mark) {
          Deque<Open> carried = new ArrayDeque<>();
          // only the outermost quotation carries over
          Open outer = stack.peekLast();
          carried.push(new Open(outer.mark, isLow9(text.charAt(first)), first, outer.id));
          stack = carried;
          i = first + 1;
        } else {
          stack.clear();
        }
      }
      for (; i < para.end(); i++) {
        char c = text.charAt(i);
        if (c < 0x80 ? c != '"' && c != '\'' : !isQuotationMark(c)) {
          continue; // neither opens nor closes anything
        }
        Mark closing = closingMark(text, i, para, stack);
        if (closing != null) {
          closeUpTo(closing, i, stack, out);
          continue;
        }
        Mark opening = openingMark(text, i, para);
        if (opening != null) {
          stack.push(new Open(opening, isLow9(c), i, nextId[0]++));
        } else if (c == '"') {
          // a straight double quote that neither opens nor closes cleanly: toggle
          if (hasOpen(stack, Mark.DOUBLE)) {
            closeUpTo(Mark.DOUBLE, i, stack, out);
          } else {
            stack.push(new Open(Mark.DOUBLE, false, i, nextId[0]++));
          }
        }
      }
      if (!stack.isEmpty()) {
        boolean continues = p + 1 < paragraphs.size() && reopens(text, paragraphs.get(p + 1),
            stack.peekLast().mark);
        int depth = stack.size();
        for (Open o : stack) {
          out.add(new Quote(o.id, new Span(o.pos, para.end()), depth--, false));
        }
        if (continues) {
          // keep the outermost quotation for the next paragraph; mark the piece as continued
          Open outer = stack.peekLast();
          Quote piece = out.remove(out.size() - 1);
          out.add(new Quote(piece.id(), piece.span(), piece.depth(), true));
          stack.clear();
          stack.push(outer);
        } else {
          stack.clear();
        }
      }
    }
    out.sort(Comparator.comparing(Quote::span).thenComparingInt(Quote::depth));
    return new QuoteMap(out);
  }

  /** The characters {@link #openingMark} and {@link #closingMark} can return a mark for. */
  private static boolean isQuotationMark(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u201E'
        || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u00AB' || c == '\u00BB';
  }

  private static boolean isLow9(char c) {
    return c == '\u201E' || c == '\u201A';
  }

  private static boolean innermostIsLow9(Deque<Open> stack, Mark mark) {
    for (Open o : stack) {
      if (o.mark == mark) {
        return o.low;
      }
    }
    return false;
  }

  private static boolean reopens(CharSequence text, Span para, Mark mark) {
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

  private static int firstNonSpace(CharSequence text, Span para) {
    int i = para.start();
    while (i < para.end() && TextInvariants.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The mark opened at {@code i}, or null. */
  private static Mark openingMark(CharSequence text, int i, Span para) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
      return Mark.DOUBLE;
    }
    char prev = i > para.start() ? text.charAt(i - 1) : ' ';
    char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
    boolean leftEdge = isLeftEdge(prev);
    if (c == '"') {
      return leftEdge && !TextInvariants.isSpace(next) ? Mark.DOUBLE : null;
    }
    if (c == '\u2018' || c == '\'' || c == '\u201A') {
      if (!leftEdge || TextInvariants.isSpace(next) || next == c) {
        return null;
      }
      // '90s, 'em, 'tis: elisions, not quotation marks
      if (Character.isDigit(next) && i + 2 < para.end() && Character.isDigit(text.charAt(i + 2))) {
        return null;
      }
      if (LegacyTokenizer.regionLower(text, i + 1, para.end(), "em ")
          || LegacyTokenizer.regionLower(text, i + 1, para.end(), "tis ")) {
        return null;
      }
      if (c == '\'' && !hasLaterCloser(text, i + 1, para.end())) {
        return null;
      }
      return Mark.SINGLE;
    }
    return null;
  }

  private static boolean isLeftEdge(char prev) {
    return TextInvariants.isSpace(prev)
        || "([{\u2014\u2013-/\u201C\"\u00AB\u201E".indexOf(prev) >= 0;
  }

  /** The mark closed at {@code i}, or null; apostrophes close nothing. */
  private static Mark closingMark(CharSequence text, int i, Span para, Deque<Open> stack) {
    char c = text.charAt(i);
    if (c == '\u201D' || c == '\u00BB') {
      return hasOpen(stack, Mark.DOUBLE) ? Mark.DOUBLE : null;
    }
    char prev = i > para.start() ? text.charAt(i - 1) : ' ';
    char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
    if (c == '\u201C') {
      boolean opens = isLeftEdge(prev) && Character.isLetterOrDigit(next);
      return !opens && innermostIsLow9(stack, Mark.DOUBLE) ? Mark.DOUBLE : null;
    }
    if (c == '\u2018' && !innermostIsLow9(stack, Mark.SINGLE)) {
      return null;
    }
    if (c == '"') {
      boolean rightEdge = !TextInvariants.isSpace(prev);
      return rightEdge && hasOpen(stack, Mark.DOUBLE) && !stack.isEmpty() ? Mark.DOUBLE : null;
    }
    if (c == '\u2019' || c == '\'' || c == '\u2018') {
      if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
        return null; // Russia’s, don't
      }
      if (TextInvariants.isSpace(prev) || !hasOpen(stack, Mark.SINGLE)) {
        return null; // an apostrophe: allies’ concerns
      }
      if (Character.isLetterOrDigit(next)) {
        return null;
      }
      if (c != '\u2018' && apostropheOfPlural(text, i, para)) {
        return null;
      }
      return Mark.SINGLE;
    }
    return null;
  }

  /** s’ + space + word, with a sure closer of the same char later and no single opener first. */
  private static boolean apostropheOfPlural(CharSequence text, int i, Span para) {
    if (i <= para.start() || (text.charAt(i - 1) != 's' && text.charAt(i - 1) != 'S')) {
      return false;
    }
    int from = i + 1;
    while (from < para.end() && TextInvariants.isSpace(text.charAt(from))) {
      from++;
    }
    if (from == i + 1 || from == para.end() || !Character.isLetter(text.charAt(from))) {
      return false;
    }
    for (int k = from; k < para.end(); k++) {
      char d = text.charAt(k);
      boolean singleMark = d == '\u2018' || d == '\u201A' || d == '\'';
      if (singleMark && openingMark(text, k, para) == Mark.SINGLE) {
        return false;
      }
      if (d == text.charAt(i)) {
        char before = text.charAt(k - 1);
        boolean last = k + 1 == para.end();
        char after = last ? ' ' : text.charAt(k + 1);
        boolean candidate = !TextInvariants.isSpace(before) && !Character.isLetterOrDigit(after);
        boolean sure = !Character.isLetterOrDigit(before) || last || !TextInvariants.isSpace(after);
        if (candidate && sure) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasLaterCloser(CharSequence text, int from, int end) {
    for (int k = from; k < end; k++) {
      if (text.charAt(k) == '\'' && (k + 1 >= end || !Character.isLetter(text.charAt(k + 1)))
          && k > from && !TextInvariants.isSpace(text.charAt(k - 1))) {
        return true;
      }
    }
    return false;
  }
}
