package org.framelens.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gzip-compressed inputs ({@code NAME.EXT.gz}, as large corpora are usually shipped): read as the
 * file {@code NAME.EXT} would be, decompressed on the fly by the JDK's own {@link GZIPInputStream}
 * (several concatenated members, as {@code cat a.gz b.gz} makes, are read as one file). Other
 * compression and archive formats are named, so the message can say to decompress them first.
 */
final class Gzip {

  private static final int BUFFER = 1 << 16;

  private Gzip() {
  }

  /** Whether {@code name} ends in {@code .gz} (any case) after something else. */
  static boolean named(String name) {
    return name.length() > 3 && name.regionMatches(true, name.length() - 3, ".gz", 0, 3);
  }

  /** {@code name} without its {@code .gz}: {@code abp.jsonl.gz} gives {@code abp.jsonl}. */
  static String inner(String name) {
    return named(name) ? name.substring(0, name.length() - 3) : name;
  }

  /**
   * The kind of a compressed file or archive FrameLens does not read, from its extension
   * ({@code "a ZIP archive"}), or null for any other name.
   */
  static String otherCompression(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "zip" -> "a ZIP archive";
      case "bz2" -> "a bzip2-compressed file";
      case "xz", "lzma" -> "an xz-compressed file";
      case "zst" -> "a Zstandard-compressed file";
      case "7z" -> "a 7-Zip archive";
      case "tar", "tgz" -> "a tar archive";
      case "rar" -> "a RAR archive";
      default -> null;
    };
  }

  /** The warning for a file named {@code .gz} that does not hold gzip data. */
  static final String NOT_GZIP = "not gzip-compressed, although its name ends in .gz (a download "
      + "decompressed on the way?): read as uncompressed";

  /**
   * Whether {@code file} starts with gzip's magic bytes (1F 8B); false for a shorter file or one
   * that cannot be read (reading it will then say why).
   */
  static boolean magic(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** The decompressed content of {@code file}, read as it streams. */
  static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    try {
      return new GZIPInputStream(raw, BUFFER);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** Thrown by {@link #readAll} when the decompressed content passes the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("too large once decompressed (over " + limit + " bytes, the limit)");
    }
  }

  /**
   * The decompressed content of a {@code .gz} file: all of it, or, when the compressed data is
   * cut short or damaged part way, what came before, with a {@code warning} saying so (empty
   * when the file was whole).
   */
  record Content(byte[] bytes, String warning) {
  }

  /**
   * The whole decompressed content of {@code file}, at most {@code limit} bytes: a file that
   * decompresses to more (a "zip bomb" among them) is a {@link TooLarge}, found as soon as the
   * limit is passed, never held in memory. Data cut short or damaged after some content was
   * decompressed gives that content and a warning (as damaged UTF-8 is read up to its bad
   * bytes); with nothing decompressed, or no gzip data at all, it is an exception.
   */
  static Content readAll(Path file, long limit) throws IOException {
    try (InputStream in = open(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER);
      byte[] buf = new byte[BUFFER];
      long total = 0;
      while (true) {
        int n;
        try {
          n = in.read(buf);
        } catch (EOFException | ZipException e) {
          if (total == 0) {
            throw e;
          }
          return new Content(out.toByteArray(), describe(e) + "; read up to byte " + total
              + " of the decompressed text");
        }
        if (n < 0) {
          return new Content(out.toByteArray(), "");
        }
        total += n;
        if (total > limit || total > Integer.MAX_VALUE - 16) {
          throw new TooLarge(Math.min(limit, Integer.MAX_VALUE - 16));
        }
        out.write(buf, 0, n);
      }
    }
  }

  /**
   * What went wrong reading a {@code .gz} file, in plain words: cut short or damaged; any other
   * error as {@link Inputs#describe} puts it.
   */
  static String describe(IOException e) {
    if (e instanceof TooLarge) {
      return e.getMessage();
    }
    if (e instanceof EOFException) {
      return "the compressed data ends early (a truncated .gz file)";
    }
    if (e instanceof ZipException) {
      return "damaged gzip data (" + e.getMessage() + ")";
    }
    return "cannot read: " + Inputs.describe(e);
  }
}
