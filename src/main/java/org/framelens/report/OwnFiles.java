package org.framelens.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Tells the files FrameLens writes from anyone else's, by their content, so that a run replaces
 * its own earlier outputs but never a user's file that happens to share a name: a hand-written
 * {@code sources.csv} of outlet metadata, a corpus called {@code articles.csv}, an
 * {@code actors.csv} given to {@code --actors}, an article named by {@code --embeddings}.
 *
 * <p>A file is FrameLens's when it is empty, or a CSV whose first line starts with the first
 * three column names of one of its reports (so reports of earlier versions, which had fewer
 * columns, are still recognised) or is the whole header of a table {@code eval --out} writes, or
 * an HTML page that names FrameLens in its first or last 8 KB (the report's title, the
 * worksheets' footer), or a NumPy file.
 */
public final class OwnFiles {

  /** The first three columns of each CSV FrameLens writes (exercise.csv's checked by its test). */
  static final List<String> CSV_HEADS = List.of(
      head(CsvReportWriter.ARTICLE_BASE_COLUMNS), head(CsvReportWriter.SENTENCE_COLUMNS),
      head(CsvReportWriter.CUE_COLUMNS), head(CsvReportWriter.SOURCE_COLUMNS),
      head(CsvReportWriter.AXES_COLUMNS), head(CsvReportWriter.ACTOR_COLUMNS),
      head(CsvReportWriter.ALIGNMENT_COLUMNS), head(CsvReportWriter.BOILERPLATE_COLUMNS),
      head(CsvReportWriter.MANIFEST_COLUMNS), head(EmbeddingsWriter.INDEX_COLUMNS),
      "item,kind,level");

  /**
   * The whole header of each table {@code eval --out} writes (ptc, polnear, babe, basil; checked
   * by EvalOutTest): matched exactly, as two of them are short.
   */
  static final List<String> EVAL_HEADERS = List.of(
      "measure,technique,precision,recall,f1,gold_spans,predicted_spans",
      "span,precision,recall,f1,gold,predicted", "measure,value", "measure,value,n");

  private static final int PEEK = 8192;

  private OwnFiles() {
  }

  static String head(String[] columns) {
    return String.join(",", columns[0], columns[1], columns[2]);
  }

  /**
   * The first of {@code files} that exists and is not FrameLens's, with what it starts with, as
   * a message for the user; empty when every one is absent or FrameLens's own.
   *
   * @param option the option that chose where the files go, for the message
   */
  public static Optional<String> foreign(List<Path> files, String option) {
    for (Path f : files) {
      if (Files.isDirectory(f)) {
        return Optional.of(f + " is a directory, where this run writes a file; choose another "
            + option);
      }
      if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS) || own(f)) {
        continue;
      }
      return Optional.of(f + " exists and is not a file FrameLens wrote" + firstLine(f)
          + ": this run would replace it; move it away or choose another " + option);
    }
    return Optional.empty();
  }

  /** Whether {@code f} is empty or was written by FrameLens (see the class comment). */
  public static boolean own(Path f) {
    try {
      if (!Files.isRegularFile(f) || Files.size(f) == 0) {
        return Files.isRegularFile(f);
      }
      String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      byte[] start = peek(f, 0);
      if (name.endsWith(".npy")) {
        return start.length >= 6 && (start[0] & 0xff) == 0x93
            && new String(start, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY");
      }
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        return contains(start) || contains(peek(f, Math.max(0, Files.size(f) - PEEK)));
      }
      String text = new String(start, StandardCharsets.UTF_8);
      int nl = text.indexOf('\n');
      String first = (nl < 0 ? text : text.substring(0, nl)).stripTrailing();
      for (String h : CSV_HEADS) {
        if (first.equals(h) || first.startsWith(h + ",")) {
          return true;
        }
      }
      return EVAL_HEADERS.contains(first);
    } catch (IOException | SecurityException e) {
      return false; // unreadable: not known to be ours, so not replaced
    }
  }

  private static boolean contains(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1).contains("FrameLens");
  }

  private static byte[] peek(Path f, long from) throws IOException {
    try (SeekableByteChannel ch = Files.newByteChannel(f)) {
      ch.position(from);
      try (InputStream in = java.nio.channels.Channels.newInputStream(ch)) {
        return in.readNBytes(PEEK);
      }
    }
  }

  /** " (it starts with …)" for a text file, for the message; empty when it cannot be shown. */
  private static String firstLine(Path f) {
    try {
      String text = new String(peek(f, 0), StandardCharsets.UTF_8);
      int nl = text.indexOf('\n');
      String first = (nl < 0 ? text : text.substring(0, nl)).strip();
      if (first.isEmpty() || first.chars().anyMatch(c -> c < 32 || c == 0xFFFD)) {
        return "";
      }
      return " (it starts \"" + (first.length() > 60 ? first.substring(0, 60) + "…" : first)
          + "\")";
    } catch (IOException | SecurityException e) {
      return "";
    }
  }
}
