package org.framelens.cues;

import java.util.List;

/**
 * One row of a lexicon file: a rule that finds a phrase and explains it.
 *
 * @param ruleId      stable id
 * @param patterns    alternative phrasings ({@code |} in the file)
 * @param type        the cue it raises
 * @param category    finer kind (e.g. {@code motive_imputing}, {@code pejorative_label})
 * @param explanation one plain sentence; {@code {text}} is replaced by the matched words and
 *                    {@code {first}} by the first of them (the word that varies in
 *                    {@code [alleged/purported] experts})
 * @param exceptions  phrases that cancel the hit where they overlap it (antipatterns)
 * @param exampleHit  a sentence the rule must match, the expected span in {@code [[...]]}
 * @param exampleMiss a sentence the rule must not match
 * @param file        the lexicon file it came from
 * @param line        its line there
 */
public record LexiconEntry(String ruleId, List<PhrasePattern> patterns, CueType type,
    String category, String explanation, List<PhrasePattern> exceptions, String exampleHit,
    String exampleMiss, String file, int line) {

  public LexiconEntry {
    patterns = List.copyOf(patterns);
    exceptions = List.copyOf(exceptions);
  }

  /**
   * The explanation with the matched words filled in, {@code {first}} taken as the matched text
   * up to its first white space.
   */
  public String explain(String matched) {
    int space = 0;
    while (space < matched.length() && !Character.isWhitespace(matched.charAt(space))) {
      space++;
    }
    return explain(matched, matched.substring(0, space));
  }

  /** The explanation with the matched words ({@code {text}}) and their first word filled in. */
  public String explain(String matched, String firstWord) {
    return explain(matched, firstWord, Voice.AUTHOR);
  }

  /**
   * The explanation with the matched words ({@code {text}}), their first word ({@code {first}})
   * and whose words they are ({@code {writer}}: "the writer" in the outlet's own voice, "the
   * speaker" inside a quotation) filled in.
   */
  public String explain(String matched, String firstWord, Voice voice) {
    String x = explanation.replace("{text}", matched);
    if (x.contains("{writer}")) {
      x = x.replace("{writer}", voice == Voice.QUOTED ? "the speaker" : "the writer");
    }
    return x.contains("{first}") ? x.replace("{first}", firstWord) : x;
  }
}
