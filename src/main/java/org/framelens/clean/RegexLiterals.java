package org.framelens.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What any line matching a regular expression as a whole must contain, found by reading the
 * expression: literal strings that must occur in it, and the characters it can start with. The
 * boilerplate rules use this to skip their regular expression on lines that cannot match.
 *
 * <p>The analysis is conservative: a construct it does not understand (an inline flag other
 * than a leading {@code (?i)}, {@code \Q}, back references, nested or intersected classes,
 * compile flags...) gives {@link Requirement#NONE}, which rules nothing out. Under a leading
 * {@code (?i)} the literals are folded to lower case for ASCII letters only, as Java matches
 * case-insensitively without {@code UNICODE_CASE}.
 */
final class RegexLiterals {

  /** Cross products of literal sets above this size are cut into separate requirements. */
  private static final int MAX_SET = 32;

  /**
   * Necessary conditions for a whole-line match.
   *
   * @param ignoreCase  whether literals and first characters are ASCII-folded to lower case
   * @param anyOf       the line contains at least one string of each set (all non-empty strings)
   * @param firstChars  the possible first characters (code points, folded), or null for any;
   *                    meaningless when {@code canBeEmpty}
   * @param canBeEmpty  whether the empty line may match
   */
  record Requirement(boolean ignoreCase, List<Set<String>> anyOf, Set<Integer> firstChars,
      boolean canBeEmpty) {

    static final Requirement NONE = new Requirement(false, List.of(), null, true);

    Requirement {
      anyOf = anyOf.stream().map(Set::copyOf).toList();
      firstChars = firstChars == null ? null : Set.copyOf(firstChars);
    }
  }

  private RegexLiterals() {
  }

  /** The requirement of {@code pattern} matched against a whole line. */
  static Requirement of(Pattern pattern) {
    // flags() also shows a leading inline (?i)
    if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
      return Requirement.NONE;
    }
    String re = pattern.pattern();
    boolean ignoreCase = pattern.flags() == Pattern.CASE_INSENSITIVE;
    try {
      Parser p = new Parser(re, re.startsWith("(?i)") ? 4 : 0, ignoreCase);
      Info info = p.alternation();
      if (p.pos != re.length()) {
        return Requirement.NONE;
      }
      List<Set<String>> sets = new ArrayList<>();
      if (info.exact != null) {
        addRequirement(sets, info.exact);
      } else {
        sets.addAll(info.required);
      }
      // a set with a string of white space only is met by nearly every line: not worth a look
      List<Set<String>> anyOf = sets.stream().map(RegexLiterals::shortest)
          .filter(set -> set.stream().noneMatch(String::isBlank)).toList();
      return new Requirement(ignoreCase, anyOf, info.nullable ? null : info.first, info.nullable);
    } catch (Unsupported e) {
      return Requirement.NONE;
    }
  }

  /** {@code set} without strings that contain another of its strings (met when that one is). */
  private static Set<String> shortest(Set<String> set) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : set) {
      boolean redundant = false;
      for (String t : set) {
        if (t.length() < s.length() && s.contains(t)) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        out.add(s);
      }
    }
    return out;
  }

  /** Adds {@code set} as a requirement unless it holds the empty string (always met). */
  private static void addRequirement(List<Set<String>> out, Set<String> set) {
    if (!set.isEmpty() && !set.contains("")) {
      out.add(set);
    }
  }

  /** What is known about a sub-expression. */
  private static final class Info {
    /** All strings it can match, or null if unknown or too many. */
    Set<String> exact;
    /** When {@code exact} is null: any-of sets its matches must each meet. */
    List<Set<String>> required = new ArrayList<>();
    /** Possible first characters of a non-empty match, or null for any. */
    Set<Integer> first;
    boolean nullable;

    static Info exact(Set<String> strings) {
      Info i = new Info();
      i.exact = strings;
      i.first = new LinkedHashSet<>();
      for (String s : strings) {
        if (s.isEmpty()) {
          i.nullable = true;
        } else {
          i.first.add(s.codePointAt(0));
        }
      }
      return i;
    }

    static Info anyChar() {
      Info i = new Info();
      i.first = null;
      return i;
    }

    /** The most selective single any-of set this info implies, or null for none. */
    Set<String> best() {
      if (exact != null) {
        return exact.isEmpty() || exact.contains("") ? null : exact;
      }
      Set<String> best = null;
      for (Set<String> s : required) {
        if (best == null || better(s, best)) {
          best = s;
        }
      }
      return best;
    }
  }

  private static boolean better(Set<String> a, Set<String> b) {
    int la = minLength(a);
    int lb = minLength(b);
    return la != lb ? la > lb : a.size() < b.size();
  }

  private static int minLength(Set<String> s) {
    int m = Integer.MAX_VALUE;
    for (String x : s) {
      m = Math.min(m, x.length());
    }
    return m;
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reader of the subset of Java regex syntax the rules use. */
  private static final class Parser {
    final String re;
    final boolean ignoreCase;
    int pos;

    Parser(String re, int pos, boolean ignoreCase) {
      this.re = re;
      this.pos = pos;
      this.ignoreCase = ignoreCase;
    }

    Info alternation() {
      List<Info> branches = new ArrayList<>();
      branches.add(sequence());
      while (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        branches.add(sequence());
      }
      if (branches.size() == 1) {
        return branches.get(0);
      }
      Info out = new Info();
      out.first = new LinkedHashSet<>();
      Set<String> union = new LinkedHashSet<>();
      boolean allExact = true;
      boolean allRequire = true;
      Set<String> anyOf = new LinkedHashSet<>();
      for (Info b : branches) {
        out.nullable |= b.nullable;
        if (out.first != null) {
          if (b.first == null) {
            out.first = null;
          } else {
            out.first.addAll(b.first);
          }
        }
        if (b.exact == null) {
          allExact = false;
        } else {
          union.addAll(b.exact);
        }
        Set<String> best = b.best();
        if (best == null) {
          allRequire = false;
        } else {
          anyOf.addAll(best);
        }
      }
      if (allExact && union.size() <= MAX_SET) {
        Info e = Info.exact(union);
        e.first = out.first;
        e.nullable = out.nullable;
        return e;
      }
      if (allRequire) {
        out.required.add(anyOf);
      }
      return out;
    }

    Info sequence() {
      Info out = new Info();
      out.first = new LinkedHashSet<>();
      out.nullable = true;
      Set<String> cur = Set.of("");
      boolean exact = true;
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        Info item = quantified(atom());
        // first characters of the sequence
        if (out.nullable) {
          if (item.first == null || out.first == null) {
            out.first = null;
          } else {
            out.first.addAll(item.first);
          }
          out.nullable = item.nullable;
        }
        // literals
        if (item.exact != null && (long) cur.size() * item.exact.size() <= MAX_SET) {
          cur = cross(cur, item.exact);
        } else {
          addRequirement(out.required, cur);
          if (item.exact != null) {
            cur = item.exact;
          } else {
            out.required.addAll(item.required);
            cur = Set.of("");
          }
          exact = false;
        }
      }
      if (exact) {
        Info e = Info.exact(cur);
        e.first = out.first;
        e.nullable = out.nullable;
        return e;
      }
      addRequirement(out.required, cur);
      return out;
    }

    private static Set<String> cross(Set<String> a, Set<String> b) {
      Set<String> out = new LinkedHashSet<>();
      for (String x : a) {
        for (String y : b) {
          out.add(x + y);
        }
      }
      return out;
    }

    Info quantified(Info atom) {
      if (pos >= re.length()) {
        return atom;
      }
      char c = re.charAt(pos);
      int min;
      int max;
      if (c == '?') {
        min = 0;
        max = 1;
        pos++;
      } else if (c == '*') {
        min = 0;
        max = Integer.MAX_VALUE;
        pos++;
      } else if (c == '+') {
        min = 1;
        max = Integer.MAX_VALUE;
        pos++;
      } else if (c == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        String[] f = re.substring(pos + 1, close).split(",", -1);
        try {
          min = Integer.parseInt(f[0]);
          max = f.length == 1 ? min : f[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(f[1]);
        } catch (NumberFormatException e) {
          throw new Unsupported();
        }
        if (f.length > 2) {
          throw new Unsupported();
        }
        pos = close + 1;
      } else {
        return atom;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++; // lazy or possessive: the same strings can match
      }
      if (min == 1 && max == 1) {
        return atom;
      }
      Info out = new Info();
      out.first = atom.first;
      out.nullable = min == 0 || atom.nullable;
      if (min == 0) {
        if (max == 1 && atom.exact != null && atom.exact.size() < MAX_SET) {
          Set<String> opt = new LinkedHashSet<>(atom.exact);
          opt.add("");
          Info e = Info.exact(opt);
          e.first = atom.first;
          return e;
        }
        return out;
      }
      if (atom.exact != null) {
        addRequirement(out.required, atom.exact);
      } else {
        out.required.addAll(atom.required);
      }
      return out;
    }

    Info atom() {
      char c = re.charAt(pos);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '.':
          pos++;
          return Info.anyChar();
        case '^':
        case '$':
          pos++;
          return Info.exact(Set.of(""));
        case '\\':
          return escape();
        case '*':
        case '+':
        case '?':
        case '{':
          throw new Unsupported();
        default:
          int cp = re.codePointAt(pos);
          pos += Character.charCount(cp);
          return literal(cp);
      }
    }

    Info literal(int cp) {
      int f = fold(cp);
      return Info.exact(Set.of(new String(Character.toChars(f))));
    }

    int fold(int cp) {
      return ignoreCase && cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    }

    Info group() {
      pos++; // (
      boolean zeroWidth = false;
      if (re.startsWith("?", pos)) {
        if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
          pos += 2;
        } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
          pos += 2;
          zeroWidth = true;
        } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
          pos += 3;
          zeroWidth = true;
        } else if (re.startsWith("?<", pos)) {
          int close = re.indexOf('>', pos);
          if (close < 0) {
            throw new Unsupported();
          }
          pos = close + 1; // named group
        } else {
          throw new Unsupported(); // inline flags
        }
      }
      Info inner = alternation();
      if (pos >= re.length() || re.charAt(pos) != ')') {
        throw new Unsupported();
      }
      pos++;
      return zeroWidth ? Info.exact(Set.of("")) : inner;
    }

    Info escape() {
      if (pos + 1 >= re.length()) {
        throw new Unsupported();
      }
      char e = re.charAt(pos + 1);
      pos += 2;
      switch (e) {
        case 'b':
        case 'B':
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          if (e == 'b' && pos < re.length() && re.charAt(pos) == '{') {
            throw new Unsupported(); // \b{g}
          }
          return Info.exact(Set.of(""));
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W':
        case 'h':
        case 'H':
        case 'v':
        case 'V':
          return Info.anyChar();
        case 'p':
        case 'P':
          skipProperty();
          return Info.anyChar();
        case 't':
          return literal('\t');
        case 'n':
          return literal('\n');
        case 'r':
          return literal('\r');
        case 'f':
          return literal('\f');
        case 'k':
          // a named back reference, \k<name>: some string a group matched, maybe empty
          if (pos >= re.length() || re.charAt(pos) != '<' || re.indexOf('>', pos) < 0) {
            throw new Unsupported();
          }
          pos = re.indexOf('>', pos) + 1;
          return backReference();
        default:
          if (e >= '1' && e <= '9' && (pos >= re.length() || !Character.isDigit(re.charAt(pos)))) {
            return backReference(); // \1 to \9
          }
          if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
            throw new Unsupported();
          }
          return literal(e);
      }
    }

    /** A back reference: whatever its group matched, so no literal and possibly empty. */
    private static Info backReference() {
      Info i = Info.anyChar();
      i.nullable = true;
      return i;
    }

    private void skipProperty() {
      if (pos < re.length() && re.charAt(pos) == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        pos = close + 1;
      } else {
        pos++; // \pL
      }
    }

    /** A class: its characters if it lists a few plain ones, otherwise any character. */
    Info charClass() {
      pos++; // [
      boolean negated = pos < re.length() && re.charAt(pos) == '^';
      if (negated) {
        pos++;
      }
      if (pos < re.length() && re.charAt(pos) == ']') {
        throw new Unsupported();
      }
      Set<String> chars = new LinkedHashSet<>();
      boolean plain = !negated;
      while (true) {
        if (pos >= re.length()) {
          throw new Unsupported();
        }
        char c = re.charAt(pos);
        if (c == ']') {
          pos++;
          break;
        }
        if (c == '[' || re.startsWith("&&", pos)) {
          throw new Unsupported();
        }
        if (c == '-') {
          plain = false; // a range, or a literal '-': not worth telling apart
          pos++;
          continue;
        }
        if (c == '\\') {
          if (pos + 1 >= re.length()) {
            throw new Unsupported();
          }
          char e = re.charAt(pos + 1);
          pos += 2;
          if (e == 'p' || e == 'P') {
            skipProperty();
            plain = false;
          } else if ("dDsSwWhHvV".indexOf(e) >= 0) {
            plain = false;
          } else if (e == 't' || e == 'n' || e == 'r' || e == 'f') {
            chars.add(String.valueOf("\t\n\r\f".charAt("tnrf".indexOf(e))));
          } else if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
            throw new Unsupported();
          } else {
            chars.add(String.valueOf(e));
          }
          continue;
        }
        int cp = re.codePointAt(pos);
        pos += Character.charCount(cp);
        chars.add(new String(Character.toChars(fold(cp))));
      }
      if (plain && !chars.isEmpty() && chars.size() <= 8) {
        Set<String> folded = new LinkedHashSet<>();
        for (String s : chars) {
          folded.add(new String(Character.toChars(fold(s.codePointAt(0)))));
        }
        return Info.exact(folded);
      }
      return Info.anyChar();
    }
  }
}
