package org.framelens.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelens.text.Chars;

/**
 * The boilerplate rule set, loaded from a tab-separated file with columns
 * {@code id, category, pattern, reason, example_hit, example_miss} ({@code #} comments).
 * Errors name the file and line.
 */
public final class BoilerplateRules {

  private static final Set<String> CATEGORIES = Set.of("chrome", "author", "caption");
  private final List<BoilerplateRule> rules;
  private final RulePrefilter prefilter;

  private BoilerplateRules(List<BoilerplateRule> rules) {
    this.rules = List.copyOf(rules);
    this.prefilter = new RulePrefilter(
        this.rules.stream().map(r -> RegexLiterals.of(r.pattern())).toList());
  }

  public List<BoilerplateRule> rules() {
    return rules;
  }

  /**
   * The first rule, in file order, whose pattern matches the whole of {@code text[start, end)},
   * or null. The same as trying {@link BoilerplateRule#matches} on that text with every rule in
   * turn, but most rules are ruled out by their required literals without running the pattern.
   */
  public BoilerplateRule firstMatch(CharSequence text, int start, int end) {
    return firstMatch(text, Chars.copy(text, start, Math.max(start, end)), start, start, end);
  }

  /**
   * {@link #firstMatch(CharSequence, int, int)}, the prefilter reading {@code chars}, where
   * {@code chars[k]} is the char of {@code text} at {@code base + k}.
   */
  BoilerplateRule firstMatch(CharSequence text, char[] chars, int base, int start, int end) {
    boolean empty = start >= end;
    long[] found = prefilter.newFound();
    prefilter.scan(chars, start - base, end - base, found);
    for (int r = 0; r < rules.size(); r++) {
      if ((empty || prefilter.mayMatch(r, chars, start - base, end - base, found))
          && rules.get(r).matches(text, start, end)) {
        return rules.get(r);
      }
    }
    return null;
  }

  /** The rules bundled with FrameLens (parsed once; immutable). */
  public static BoilerplateRules defaults() {
    return Bundled.RULES;
  }

  private static final class Bundled {
    static final BoilerplateRules RULES = loadBundled();
  }

  private static BoilerplateRules loadBundled() {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream("boilerplate.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource boilerplate.tsv");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "boilerplate.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a rule file; {@code name} is used in error messages. */
  public static BoilerplateRules parse(Reader reader, String name) throws IOException {
    CSVFormat format = CSVFormat.TDF.builder().setCommentMarker('#').setHeader()
        .setSkipHeaderRecord(true).setQuote(null).setIgnoreSurroundingSpaces(false)
        .setTrim(false).get();
    List<BoilerplateRule> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (CSVParser p = CSVParser.parse(reader, format)) {
      for (CSVRecord r : p) {
        long line = p.getCurrentLineNumber();
        if (r.size() < 5) {
          throw new IllegalArgumentException(name + ":" + line + ": expected at least 5 "
              + "tab-separated fields (id, category, pattern, reason, example_hit), got " + r.size());
        }
        String id = r.get(0).strip();
        String cat = r.get(1).strip();
        if (!ids.add(id)) {
          throw new IllegalArgumentException(name + ":" + line + ": duplicate rule id " + id);
        }
        if (!CATEGORIES.contains(cat)) {
          throw new IllegalArgumentException(name + ":" + line + ": unknown category '" + cat
              + "' (expected one of " + CATEGORIES + ")");
        }
        Pattern pattern;
        try {
          pattern = Pattern.compile(r.get(2));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(name + ":" + line + ": bad pattern: "
              + e.getDescription());
        }
        out.add(new BoilerplateRule(id, cat, pattern, r.get(3).strip(), r.get(4).strip(),
            r.size() > 5 ? r.get(5).strip() : ""));
      }
    }
    return new BoilerplateRules(out);
  }
}
