package org.framelens.ingest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the common JSON Lines record straight from its UTF-8 bytes, without a JSON tree: one
 * object whose values are strings, small integers, {@code true}, {@code false} or {@code null}.
 * It gives the same fields, in the same order and with the same values, as Jackson's tree read
 * by {@link JsonlReader} gives (a string's text; {@code null}, an integer or a boolean as a
 * {@link JsonScalar}); anything else (nesting, other numbers, a repeated name, a bad
 * escape, invalid UTF-8, a syntax error, very long strings) makes it answer null, and the line
 * is then read the Jackson way, which also words any error and notes damaged UTF-8.
 *
 * <p>Not thread-safe: one reader keeps one buffer for the chars of the string it decodes.
 */
final class JsonlFastRecord {

  /** Strings this long or longer (in bytes) are left to Jackson, which limits their length. */
  static final int MAX_STRING_BYTES = 1 << 20;
  /** Field names this long or longer (in bytes) are left to Jackson, which limits them too. */
  static final int MAX_NAME_BYTES = 1000;

  private byte[] b;
  private int to;
  /** Where the last string or value read ended. */
  private int end;
  /** The chars of the string being decoded. */
  private char[] chars = new char[1 << 12];

  /**
   * The fields of the JSON object on {@code bytes[from, to)} (a line without its line break),
   * each value as {@link JsonlReader#value} gives it from Jackson's tree (a string as a
   * {@code String}; {@code null}, an integer or a boolean as a {@link JsonScalar}), or null when
   * the line is not such an object.
   */
  Map<String, Object> parse(byte[] bytes, int from, int to) {
    this.b = bytes;
    this.to = to;
    int i = skipSpace(from);
    if (i >= to || b[i] != '{') {
      return null;
    }
    Map<String, Object> record = new LinkedHashMap<>();
    i = skipSpace(i + 1);
    if (i < to && b[i] == '}') {
      return skipSpace(i + 1) == to ? record : null;
    }
    while (true) {
      if (i >= to || b[i] != '"') {
        return null;
      }
      String name = string(i + 1, MAX_NAME_BYTES);
      if (name == null) {
        return null;
      }
      i = skipSpace(end);
      if (i >= to || b[i] != ':') {
        return null;
      }
      Object value = value(skipSpace(i + 1));
      if (value == null || record.put(name, value) != null) {
        return null;
      }
      i = skipSpace(end);
      if (i >= to) {
        return null;
      }
      if (b[i] == '}') {
        return skipSpace(i + 1) == to ? record : null;
      }
      if (b[i] != ',') {
        return null;
      }
      i = skipSpace(i + 1);
    }
  }

  /** The first index from {@code i} that is no space, tab or carriage return. */
  private int skipSpace(int i) {
    while (i < to && isSpace(b[i])) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(byte x) {
    return x == ' ' || x == '\t' || x == '\r';
  }

  /** The value at {@code i} (a String or a JsonScalar), or null; sets {@link #end}. */
  private Object value(int i) {
    if (i >= to) {
      return null;
    }
    return switch (b[i]) {
      case '"' -> string(i + 1, MAX_STRING_BYTES);
      case 't' -> word(i, JsonScalar.TRUE);
      case 'f' -> word(i, JsonScalar.FALSE);
      case 'n' -> word(i, JsonScalar.NULL);
      default -> integer(i);
    };
  }

  /** {@code w} if its text stands at {@code i}, followed by a delimiter; else null. */
  private JsonScalar word(int i, JsonScalar w) {
    String t = w.text();
    int n = t.length();
    if (i + n > to) {
      return null;
    }
    for (int k = 0; k < n; k++) {
      if (b[i + k] != t.charAt(k)) {
        return null;
      }
    }
    end = i + n;
    return delimited(end) ? w : null;
  }

  /**
   * An integer of at most nine digits without leading zeros ({@code 0}, {@code 42}, {@code -7};
   * not {@code -0}), which Jackson reads as an int and writes back unchanged.
   */
  private JsonScalar integer(int i) {
    int a = i < to && b[i] == '-' ? i + 1 : i;
    int e = a;
    while (e < to && b[e] >= '0' && b[e] <= '9') {
      e++;
    }
    int digits = e - a;
    if (digits == 0 || digits > 9 || (b[a] == '0' && (digits > 1 || a > i)) || !delimited(e)) {
      return null;
    }
    end = e;
    return JsonScalar.number(new String(b, i, e - i, StandardCharsets.ISO_8859_1));
  }

  /** Whether a value may end before {@code e}: the line ends, or white space, , or } follows. */
  private boolean delimited(int e) {
    return e >= to || b[e] == ',' || b[e] == '}' || isSpace(b[e]);
  }

  /**
   * The string whose first byte after its opening quote is at {@code i}, unescaped and decoded
   * from strict UTF-8, or null (an unescaped control char, a bad escape, bytes that are not
   * well-formed UTF-8, {@code max} bytes or more, no closing quote); sets {@link #end} after
   * its closing quote.
   */
  private String string(int i, int max) {
    int limit = Math.min(to, i + max);
    if (chars.length < limit - i) {
      chars = new char[Math.max(limit - i, 2 * chars.length)]; // never more chars than bytes
    }
    char[] out = chars;
    int n = 0;
    int k = i;
    while (k < limit) {
      int c = b[k];
      if (c >= 0x20) { // printable ASCII
        if (c == '"') {
          end = k + 1;
          return new String(out, 0, n);
        }
        if (c == '\\') {
          if (k + 1 >= limit) {
            return null;
          }
          int e = b[k + 1];
          char x;
          switch (e) {
            case '"', '\\', '/' -> x = (char) e;
            case 'b' -> x = '\b';
            case 'f' -> x = '\f';
            case 'n' -> x = '\n';
            case 'r' -> x = '\r';
            case 't' -> x = '\t';
            case 'u' -> {
              int v = hex4(k + 2, limit);
              if (v < 0) {
                return null;
              }
              x = (char) v;
              k += 4;
            }
            default -> {
              return null;
            }
          }
          out[n++] = x;
          k += 2;
        } else {
          out[n++] = (char) c;
          k++;
        }
      } else if (c >= 0) {
        return null; // a control char must be escaped
      } else {
        int len = utf8(k, limit, out, n);
        if (len < 0) {
          return null;
        }
        n += len >>> 3;
        k += len & 7;
      }
    }
    return null;
  }

  /** The value of the four hex digits at {@code i}, or -1. */
  private int hex4(int i, int limit) {
    if (i + 4 > limit) {
      return -1;
    }
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      int d = Character.digit(b[k], 16);
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }

  /**
   * Decodes the well-formed UTF-8 sequence of two to four bytes at {@code k} into {@code out}
   * at {@code n}: returns (chars written) * 8 + (bytes read), or -1 if it is not well-formed
   * (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, cut short), as
   * the JDK's strict decoder tells.
   */
  private int utf8(int k, int limit, char[] out, int n) {
    int c = b[k] & 0xff;
    if (c >= 0xC2 && c <= 0xDF) {
      if (k + 1 >= limit || !continuation(b[k + 1])) {
        return -1;
      }
      out[n] = (char) ((c & 0x1F) << 6 | (b[k + 1] & 0x3F));
      return 1 << 3 | 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      if (k + 2 >= limit) {
        return -1;
      }
      int b1 = b[k + 1] & 0xff;
      int lo = c == 0xE0 ? 0xA0 : 0x80;
      int hi = c == 0xED ? 0x9F : 0xBF;
      if (b1 < lo || b1 > hi || !continuation(b[k + 2])) {
        return -1;
      }
      out[n] = (char) ((c & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b[k + 2] & 0x3F));
      return 1 << 3 | 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      if (k + 3 >= limit) {
        return -1;
      }
      int b1 = b[k + 1] & 0xff;
      int lo = c == 0xF0 ? 0x90 : 0x80;
      int hi = c == 0xF4 ? 0x8F : 0xBF;
      if (b1 < lo || b1 > hi || !continuation(b[k + 2]) || !continuation(b[k + 3])) {
        return -1;
      }
      int cp = (c & 0x07) << 18 | (b1 & 0x3F) << 12 | (b[k + 2] & 0x3F) << 6 | (b[k + 3] & 0x3F);
      out[n] = Character.highSurrogate(cp);
      out[n + 1] = Character.lowSurrogate(cp);
      return 2 << 3 | 4;
    }
    return -1;
  }

  private static boolean continuation(byte x) {
    return (x & 0xC0) == 0x80;
  }
}
