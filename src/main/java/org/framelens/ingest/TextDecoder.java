package org.framelens.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a text file into text, choosing the encoding and explaining its choice.
 *
 * <ul>
 *   <li>A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is decoded as such.</li>
 *   <li>Valid UTF-8 is read as UTF-8.</li>
 *   <li>Text that is not valid UTF-8 and holds no UTF-8 multi-byte sequence at all is legacy
 *       single-byte text (Latin-1 or its superset Windows-1252): it is read as Windows-1252,
 *       with a warning.</li>
 *   <li>Text with valid UTF-8 sequences and some invalid bytes is damaged UTF-8: read as UTF-8,
 *       each bad byte replaced by U+FFFD, with a warning naming the first bad line.</li>
 *   <li>Bytes with a NUL or many control characters are binary: a {@link BadInputException}.</li>
 * </ul>
 */
public final class TextDecoder {

  /** The decoded text, the encoding used and a warning (empty when all was clean). */
  public record Decoded(String text, String encoding, String warning) {
  }

  private TextDecoder() {
  }

  public static Decoded decode(byte[] b) throws BadInputException {
    if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      Charset cs = b[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      try {
        String s = strict(cs).decode(ByteBuffer.wrap(b, 2, b.length - 2)).toString();
        return new Decoded(s, cs.name(), "");
      } catch (CharacterCodingException e) {
        throw new BadInputException(0, "not valid " + cs.name()
            + " although it starts with a UTF-16 byte-order mark");
      }
    }
    int from = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF
        ? 3 : 0;
    checkBinary(b, from);
    ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
    try {
      String s = strict(StandardCharsets.UTF_8).decode(in).toString();
      return new Decoded(s, from == 3 ? "UTF-8 (BOM)" : "UTF-8", "");
    } catch (CharacterCodingException e) {
      // fall through: legacy or damaged text
    }
    int firstBad = firstInvalidUtf8(b, from);
    int line = lineOf(b, firstBad);
    String hex = String.format(Locale.ROOT, "0x%02X", b[firstBad] & 0xFF);
    if (!hasUtf8MultiByte(b, from)) {
      String s = new String(b, from, b.length - from, Charset.forName("windows-1252"));
      return new Decoded(s, "windows-1252", "not valid UTF-8 (byte " + hex + " at line " + line
          + "); read as Windows-1252/Latin-1");
    }
    CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String s;
    try {
      s = lenient.decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(line, "cannot decode text: " + e.getMessage());
    }
    long replaced = s.chars().filter(c -> c == '\uFFFD').count() - encodedReplacementChars(b, from);
    return new Decoded(s, "UTF-8 (damaged)", "invalid UTF-8 (first bad byte " + hex + " at line "
        + line + "); " + replaced + " character(s) replaced by U+FFFD");
  }

  /**
   * {@link #decode} for an HTML page: a page that is not valid UTF-8 is read in the charset its
   * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">}
   * declares (in its first 8 KB), when Java knows that charset, it is ASCII-based and the bytes
   * are valid in it (windows-1251, ISO-8859-2, KOI8-R, Shift_JIS, GB2312 …); else as
   * {@link #decode} does, with a note on the declaration that did not fit. Valid UTF-8 is read
   * as UTF-8 whatever the page declares, as browsers do for a page mislabelled by its server.
   */
  public static Decoded decodeHtml(byte[] b) throws BadInputException {
    Decoded plain = decode(b);
    if (plain.warning().isEmpty() || plain.encoding().startsWith("UTF-16")) {
      return plain;
    }
    String declared = declaredCharset(b);
    if (declared == null) {
      return plain;
    }
    Charset cs;
    try {
      cs = Charset.forName(declared);
    } catch (IllegalArgumentException e) {
      return new Decoded(plain.text(), plain.encoding(), plain.warning() + " (the page declares "
          + "charset " + declared + ", which is not known)");
    }
    if (cs.equals(StandardCharsets.UTF_8) || !isAsciiBased(cs)) {
      return plain;
    }
    int from = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF
        ? 3 : 0;
    try {
      String s = strict(cs).decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
      return new Decoded(s, cs.name() + " (declared)", "");
    } catch (CharacterCodingException e) {
      return new Decoded(plain.text(), plain.encoding(), plain.warning() + " (the page declares "
          + "charset " + declared + ", but its bytes are not valid in it)");
    }
  }

  private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The charset a page's first 8 KB declare in a {@code <meta>} tag, or null. */
  static String declaredCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 8192), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** Whether {@code cs} reads the bytes of ASCII as ASCII (so the markup reads the same). */
  private static boolean isAsciiBased(Charset cs) {
    byte[] ascii = "<meta charset=abcXYZ019>\n".getBytes(StandardCharsets.US_ASCII);
    try {
      return strict(cs).decode(ByteBuffer.wrap(ascii)).toString()
          .equals("<meta charset=abcXYZ019>\n");
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * Reads a UTF-8 configuration file (lexicon, actors, axes) strictly, dropping a byte-order
   * mark.
   *
   * @param name the file as named in messages
   * @throws IllegalArgumentException "name:line: not UTF-8 ..." for a byte that is not UTF-8
   */
  public static String readUtf8(java.nio.file.Path file, String name) throws java.io.IOException {
    byte[] b = java.nio.file.Files.readAllBytes(file);
    int from = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF
        ? 3 : 0;
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, from, b.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(b, from);
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s:%d: not UTF-8 (byte 0x%02X); save the file as UTF-8", name, lineOf(b, bad),
          b[bad] & 0xFF));
    }
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static void checkBinary(byte[] b, int from) throws BadInputException {
    int control = 0;
    int sample = Math.min(b.length, from + 64 * 1024);
    for (int i = from; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        throw new BadInputException(lineOf(b, i), "binary content (NUL byte at byte offset "
            + i + "); not a text file");
      }
      if (i < sample && c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    int n = sample - from;
    if (n > 0 && control * 10 > n) {
      throw new BadInputException(0, "binary content (" + control + " control bytes in the first "
          + n + "); not a text file");
    }
  }

  private static int firstInvalidUtf8(byte[] b, int from) {
    CharsetDecoder d = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        return from;
      }
      out.clear();
    }
  }

  /** Whether {@code b} contains at least one well-formed UTF-8 multi-byte sequence. */
  private static boolean hasUtf8MultiByte(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      int c = b[i] & 0xFF;
      int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
      if (len == 0 || i + len > b.length) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** U+FFFD characters already present in the bytes (EF BF BD), so they are not counted as ours. */
  private static long encodedReplacementChars(byte[] b, int from) {
    long n = 0;
    for (int i = from; i + 2 < b.length; i++) {
      if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD) {
        n++;
      }
    }
    return n;
  }

  /** The 1-based line number of byte {@code pos}; LF, CRLF and a lone CR each end a line. */
  static int lineOf(byte[] b, int pos) {
    int line = 1;
    for (int i = 0; i < pos && i < b.length; i++) {
      if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
