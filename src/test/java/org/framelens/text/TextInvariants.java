package org.framelens.text;

import java.util.List;

/**
 * The invariants the fuzz tests check on every input: spans inside the text, sentences that
 * follow the {@link SentenceSplitter} contract, tokens inside their sentence, well-nested
 * quotations. Each check throws an {@link AssertionError} naming the broken rule.
 */
public final class TextInvariants {

  private TextInvariants() {
  }

  /**
   * White space as the text stage defines it, written out here from {@link Character} rather
   * than taken from {@link Chars}: {@link Character#isWhitespace(char)}, the no-break spaces
   * ({@link Character#isSpaceChar(char)}), the zero-width space U+200B and the zero-width
   * no-break space (byte-order mark) U+FEFF.
   */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
        || c == '\uFEFF';
  }

  public static void check(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }

  /** A span lies inside {@code [0, text.length()]} (Span itself guarantees 0 <= start <= end). */
  public static void inside(CharSequence text, Span s, String what) {
    check(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(),
        what + " " + s + " outside the text of length " + text.length());
  }

  /**
   * The {@link SentenceSplitter} contract for {@code sentences} of {@code paragraph}: inside the
   * paragraph, sorted, non-overlapping, non-empty, no leading or trailing whitespace, at most
   * {@link RuleSentenceSplitter#MAX_SENTENCE_CHARS} long, no surrogate pair cut in two, and
   * every non-whitespace character of the paragraph in exactly one sentence.
   */
  public static void sentences(CharSequence text, Span paragraph, List<Span> sentences) {
    int prevEnd = paragraph.start();
    for (Span s : sentences) {
      inside(text, s, "sentence");
      check(paragraph.contains(s), "sentence " + s + " outside its paragraph " + paragraph);
      check(!s.isEmpty(), "empty sentence at " + s);
      check(s.start() >= prevEnd, "sentence " + s + " overlaps or precedes the previous one"
          + " (ending at " + prevEnd + ")");
      check(!isSpace(text.charAt(s.start()))
          && !isSpace(text.charAt(s.end() - 1)), "sentence " + s
          + " starts or ends with whitespace");
      check(s.length() <= RuleSentenceSplitter.MAX_SENTENCE_CHARS, "sentence " + s
          + " longer than " + RuleSentenceSplitter.MAX_SENTENCE_CHARS);
      check(!splitsPair(text, s.start()) && !splitsPair(text, s.end()), "sentence " + s
          + " cuts a surrogate pair");
      // every character between two sentences is whitespace
      for (int i = prevEnd; i < s.start(); i++) {
        check(isSpace(text.charAt(i)), "non-whitespace character "
            + (int) text.charAt(i) + " at " + i + " is in no sentence");
      }
      prevEnd = s.end();
    }
    for (int i = prevEnd; i < paragraph.end(); i++) {
      check(isSpace(text.charAt(i)), "non-whitespace character "
          + (int) text.charAt(i) + " at " + i + " is in no sentence");
    }
  }

  /**
   * Tokens of {@code sentence}: inside it, sorted, non-overlapping, non-empty, and every
   * character that is neither whitespace nor a control character is in a token.
   */
  public static void tokens(CharSequence text, Span sentence, List<Token> tokens) {
    int prevEnd = sentence.start();
    for (Token t : tokens) {
      inside(text, t.span(), "token");
      check(sentence.contains(t.span()), "token " + t.span() + " outside its sentence "
          + sentence);
      check(t.start() >= prevEnd, "token " + t.span() + " overlaps the previous one");
      skippedOnlyBlanks(text, prevEnd, t.start());
      prevEnd = t.end();
    }
    skippedOnlyBlanks(text, prevEnd, sentence.end());
  }

  private static void skippedOnlyBlanks(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      check(isSpace(c) || Character.isISOControl(c), "character " + (int) c
          + " at " + i + " is in no token");
    }
  }

  /**
   * Quotation pieces: each non-empty, inside one paragraph, sorted; two pieces are disjoint or
   * one holds the other with a greater depth; {@link QuoteMap#isQuoted} agrees with the pieces.
   */
  public static void quotes(CharSequence text, List<Span> paragraphs, QuoteMap map) {
    List<Quote> qs = map.quotes();
    for (int k = 0; k < qs.size(); k++) {
      Quote q = qs.get(k);
      Span s = q.span();
      inside(text, s, "quote");
      check(!s.isEmpty(), "empty quote at " + s);
      check(q.depth() >= 1, "quote depth " + q.depth());
      check(paragraphs.stream().anyMatch(p -> p.contains(s)), "quote " + s
          + " not inside one paragraph");
      if (k > 0) {
        check(qs.get(k - 1).span().compareTo(s) <= 0, "quotes not sorted at " + s);
      }
      for (int j = 0; j < k; j++) {
        Quote o = qs.get(j);
        if (o.span().overlaps(s)) {
          check(o.span().contains(s) && o.depth() < q.depth() || s.contains(o.span())
              && q.depth() < o.depth(), "quotes " + o + " and " + q + " are not well nested");
        }
      }
    }
    if (text.length() <= 4096) {
      for (int i = 0; i < text.length(); i++) {
        final int at = i;
        boolean inPiece = qs.stream().anyMatch(q -> q.span().contains(at));
        check(map.isQuoted(i) == inPiece, "isQuoted(" + i + ") is " + map.isQuoted(i)
            + " but the pieces say " + inPiece);
      }
    }
  }

  private static boolean splitsPair(CharSequence t, int at) {
    return at > 0 && at < t.length() && Character.isHighSurrogate(t.charAt(at - 1))
        && Character.isLowSurrogate(t.charAt(at));
  }
}
