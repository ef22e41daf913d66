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
}
