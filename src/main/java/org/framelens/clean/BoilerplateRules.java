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
 * {@code id, category, pattern, reason, example_hit, example_miss, scope} ({@code #} comments;
 * {@code scope} is {@code line}, the default, or {@code inline}). Errors name the file and line.
 */
public final class BoilerplateRules {

  private static final Set<String> CATEGORIES = Set.of("chrome", "author", "caption");
  private final List<BoilerplateRule> rules;
  private final List<BoilerplateRule> inline;
  private final RulePrefilter prefilter;
  private final RulePrefilter inlinePrefilter;
  /** Per inline rule: whether it cuts its group {@code cut} rather than its whole match. */
  private final boolean[] cutGroup;

  private BoilerplateRules(List<BoilerplateRule> all) {
    this.rules = all.stream().filter(r -> !r.inline()).toList();
    this.inline = all.stream().filter(BoilerplateRule::inline).toList();
    this.prefilter = new RulePrefilter(
        this.rules.stream().map(r -> RegexLiterals.of(r.pattern())).toList());
    // an inline rule is found anywhere in a paragraph: its literals are required, not its start
    this.inlinePrefilter = new RulePrefilter(this.inline.stream().map(r -> {
      RegexLiterals.Requirement q = RegexLiterals.of(r.pattern());
      return new RegexLiterals.Requirement(q.ignoreCase(), q.anyOf(), null, true);
    }).toList());
    this.cutGroup = new boolean[inline.size()];
    for (int k = 0; k < inline.size(); k++) {
      cutGroup[k] = inline.get(k).hasCutGroup();
    }
  }

  /** The whole-line rules, in file order. */
  public List<BoilerplateRule> rules() {
    return rules;
  }

  /** The inline rules, in file order: each cuts parts of a paragraph (see {@link #cut}). */
  public List<BoilerplateRule> inlineRules() {
    return inline;
  }

  /**
   * Finds the parts of the paragraph {@code chars[start, end)} that the inline rules cut, in file
   * order, each rule on the paragraph as the rules before it left it: every cut part is blanked
   * in {@code chars} (each char but line breaks becomes a space, so offsets do not move) and
   * {@code out} gets its {start, end, rule index}. Returns whether anything was cut.
   */
  boolean cut(char[] chars, int start, int end, List<int[]> out) {
    if (inline.isEmpty() || start >= end) {
      return false;
    }
    long[] found = inlinePrefilter.newFound();
    inlinePrefilter.scan(chars, start, end, found);
    java.nio.CharBuffer view = null;
    boolean any = false;
    for (int r = 0; r < inline.size(); r++) {
      if (!inlinePrefilter.mayMatch(r, chars, start, end, found)) {
        continue;
      }
      view = view == null ? java.nio.CharBuffer.wrap(chars) : view;
      java.util.regex.Matcher m = inline.get(r).pattern().matcher(view).region(start, end);
      List<int[]> mine = new ArrayList<>();
      while (m.find()) {
        int s = cutGroup[r] ? m.start("cut") : m.start();
        int e = cutGroup[r] ? m.end("cut") : m.end();
        if (s >= 0 && s < e) {
          mine.add(new int[] {s, e, r});
        }
      }
      for (int[] c : mine) {
        for (int i = c[0]; i < c[1]; i++) {
          if (chars[i] != '\n' && chars[i] != '\r') {
            chars[i] = ' ';
          }
        }
        out.add(c);
        any = true;
      }
    }
    return any;
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
        String scope = r.size() > 6 ? r.get(6).strip() : "";
        if (!scope.isEmpty() && !scope.equals("line") && !scope.equals("inline")) {
          throw new IllegalArgumentException(name + ":" + line + ": unknown scope '" + scope
              + "' (expected line or inline)");
        }
        boolean inline = scope.equals("inline");
        String hit = r.get(4).strip();
        if (inline && (hit.indexOf(BoilerplateRule.CUT_OPEN) < 0
            || hit.indexOf(BoilerplateRule.CUT_CLOSE) < 0)) {
          throw new IllegalArgumentException(name + ":" + line + ": the example_hit of an inline"
              + " rule marks the part it cuts with " + BoilerplateRule.CUT_OPEN + " and "
              + BoilerplateRule.CUT_CLOSE);
        }
        out.add(new BoilerplateRule(id, cat, pattern, r.get(3).strip(), hit,
            r.size() > 5 ? r.get(5).strip() : "", inline));
      }
    }
    return new BoilerplateRules(out);
  }
}
