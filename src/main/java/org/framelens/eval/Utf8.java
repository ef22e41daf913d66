package org.framelens.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the text files of the evaluation corpora, naming the file when it is not UTF-8. */
final class Utf8 {

  private Utf8() {
  }

  /** The whole file, as {@link Files#readString(Path)}. */
  static String read(Path f) throws IOException {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw notUtf8(f, e);
    }
  }

  /** Its lines, as {@link Files#readAllLines(Path)}. */
  static List<String> lines(Path f) throws IOException {
    try {
      return Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw notUtf8(f, e);
    }
  }

  private static IOException notUtf8(Path f, CharacterCodingException e) {
    return new IOException(f + ": not valid UTF-8 (the corpora are distributed in UTF-8; was "
        + "the file converted?)", e);
  }
}
