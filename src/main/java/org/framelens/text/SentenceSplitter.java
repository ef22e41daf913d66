package org.framelens.text;

import java.util.List;

/**
 * Finds sentence spans inside one paragraph. Implementations are stateless and thread-safe.
 *
 * <p>Contract: the returned spans lie inside {@code paragraph}, are sorted, do not overlap,
 * are non-empty, carry no leading or trailing whitespace, and together cover every
 * non-whitespace character of the paragraph.
 */
public interface SentenceSplitter {

  List<Span> split(CharSequence text, Span paragraph);

  /**
   * {@link #split(CharSequence, Span)} of the text whose chars are {@code text} (all of them, as
   * {@link String#toCharArray()} gives): what the text stage calls, with the chars of an article
   * copied once. The default reads the array as a {@link java.nio.CharBuffer}.
   */
  default List<Span> split(char[] text, Span paragraph) {
    return split(java.nio.CharBuffer.wrap(text), paragraph);
  }
}
