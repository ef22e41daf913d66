package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.DefaultModel;
import org.junit.jupiter.api.Assumptions;

/**
 * Helpers shared by the in-process command-line tests: run {@link Main} with captured output,
 * check stderr for stack traces, read the report CSVs, and skip when the default model is not
 * converted.
 */
final class CliRun {

  private CliRun() {
  }

  /** What one run of the command line printed and returned. */
  record Result(int code, String out, String err) {

    /** The lines of stdout, as printed. */
    List<String> outLines() {
      return out.lines().toList();
    }

    /** The last line of stdout as printed ({@code ""} when it ends with a blank line). */
    String lastLine() {
      List<String> l = outLines();
      return l.isEmpty() ? "" : l.get(l.size() - 1);
    }

    /** The last line of stdout once surrounding white space is stripped from the whole output. */
    String lastStrippedLine() {
      String[] lines = out.strip().split("\\R");
      return lines[lines.length - 1];
    }

    /** The non-blank lines of stderr. */
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  /**
   * Runs the command line with {@code args}, as {@link Main#main} does (with the invoked
   * subcommand alone), capturing stdout and stderr.
   */
  static Result run(String... args) {
    return run(true, args);
  }

  /** As {@link #run(String...)}, with every subcommand on the command line when not {@code subset}. */
  static Result run(boolean subset, String... args) {
    StringWriter outSw = new StringWriter();
    StringWriter errSw = new StringWriter();
    PrintWriter out = new PrintWriter(outSw);
    PrintWriter err = new PrintWriter(errSw);
    int code = (subset ? Main.forArgs(out, err, args) : Main.commandLine(out, err)).execute(args);
    out.flush();
    err.flush();
    return new Result(code, outSw.toString(), errSw.toString());
  }

  /** No exception names, stack frames or "internal error" on stderr. */
  /**
   * A run that stopped before doing any work: exit {@code code}, nothing on stdout, and one line
   * on stderr, starting "framelens: " and holding each of {@code parts}, with no stack trace.
   */
  static void assertOneErrorLine(Result r, int code, String... parts) {
    assertEquals(code, r.code(), r.err());
    assertEquals("", r.out(), "no work done");
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("framelens: "), r.err());
    for (String p : parts) {
      assertTrue(lines.get(0).contains(p), "'" + p + "' in: " + r.err());
    }
    assertNoStackTrace(r.err());
  }

  static void assertNoStackTrace(String err) {
    assertNoStackTrace(err, "internal error");
  }

  /**
   * No exception names, stack frames or {@code internalError} on stderr; for output that may
   * legitimately mention "internal error" (the usage text lists the exit codes), pass the exact
   * message the command prints for one.
   */
  static void assertNoStackTrace(String err, String internalError) {
    assertFalse(err.contains("Exception"), "no exception names on stderr:\n" + err);
    assertFalse(err.contains("\tat "), "no stack trace on stderr:\n" + err);
    assertFalse(err.contains(internalError), "no internal error:\n" + err);
  }

  /** Skips the test when the default model is not converted. */
  static void assumeDefaultModel() {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default model " + DefaultModel.directory()
            + " is not converted; run scripts/fetch-model");
  }

  /** A report CSV: its header names and the records after the header, in file order. */
  record Csv(Path file, List<String> header, List<CSVRecord> rows) {

    /**
     * The rows keyed by their first column, in file order; asserts that every row has as many
     * fields as the header and that no key repeats.
     */
    Map<String, CSVRecord> byFirstColumn() {
      Map<String, CSVRecord> byKey = new LinkedHashMap<>();
      for (CSVRecord rec : rows) {
        assertTrue(rec.isConsistent(), "row " + rec.getRecordNumber() + " of " + file);
        assertEquals(null, byKey.put(rec.get(0), rec), "duplicate key " + rec.get(0));
      }
      return byKey;
    }
  }

  /** Reads a UTF-8 CSV whose first record is its header. */
  static Csv readCsv(Path f) throws IOException {
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r,
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<String> header = Collections.unmodifiableList(new ArrayList<>(p.getHeaderNames()));
      return new Csv(f, header, p.getRecords());
    }
  }

  /** The records of a UTF-8 CSV after its header. */
  static List<CSVRecord> csvRows(Path f) throws IOException {
    return readCsv(f).rows();
  }
}
