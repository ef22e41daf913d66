package org.framelens.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV (or TSV, or semicolon-separated) corpus with a header row: one article per row.
 * The separator is the one of {@code , ; TAB} that occurs most often in the header line. A row
 * whose field count differs from the header's is a bad record (named by its line) and skipped;
 * an unclosed quotation mark ends the file there, keeping the rows read before it. A
 * tab-separated file that has such a quotation mark, but whose every row has the header's field
 * count when quotation marks are taken as ordinary characters, is read that way, with a warning
 * (many tools write TSV without quoting).
 */
final class CsvCorpusReader {

  private CsvCorpusReader() {
  }

  static void read(SourceFile f, FieldMapping fields, RecordSink sink) throws BadInputException {
    String t = f.text();
    int[] lineStarts = lineStarts(t);
    char delimiter = delimiter(t);
    CSVFormat format = format(delimiter, true);
    if (delimiter == '\t') {
      int broken = syntaxErrorLine(t, lineStarts, format);
      if (broken > 0 && syntaxErrorLine(t, lineStarts, format(delimiter, false)) < 0) {
        format = format(delimiter, false);
        sink.warning("read without quotation-mark handling, as tab-separated files often are "
            + "written: with it, line " + broken + " was a CSV syntax error (a field that starts "
            + "with a quotation mark that does not enclose it) and the rest of the file would be "
            + "lost");
      }
    }
    CSVParser parser;
    try {
      parser = CSVParser.parse(new StringReader(t), format);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new BadInputException(1, "cannot read the CSV header: " + Inputs.describe(e));
    }
    List<String> header = parser.getHeaderNames();
    if (FieldMapping.lookup(fields.text(), headerMap(header)) == null) {
      throw new BadInputException(1, "no text column in the header (looked for "
          + String.join(", ", fields.text()) + "; found " + header + ")");
    }
    String twice = duplicates(header);
    if (!twice.isEmpty()) {
      sink.warning("the header names " + twice + " more than once: the first such column is "
          + "read, the others are not");
    }
    Iterator<CSVRecord> it = parser.iterator();
    int next = nextRecordStart(t, lineStarts, parser);
    while (true) {
      CSVRecord r;
      try {
        if (!it.hasNext()) {
          break;
        }
        r = it.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        sink.badRecord(lineOf(lineStarts, next), "CSV syntax error, the rest of the file is not "
            + "read: " + Inputs.describe(e));
        break;
      }
      next = nextRecordStart(t, lineStarts, parser);
      int line = lineOf(lineStarts, skipLineBreaks(t, (int) r.getCharacterPosition()));
      if (allBlank(r)) {
        continue; // a row of empty cells (;;;;; as spreadsheets write it) is no record
      }
      if (r.size() != header.size()) {
        sink.badRecord(line, "ragged row: " + r.size() + " field(s), the header has "
            + header.size());
        continue;
      }
      Map<String, String> record = new LinkedHashMap<>();
      for (int k = 0; k < header.size(); k++) {
        record.putIfAbsent(header.get(k), r.get(k));
      }
      String text = FieldMapping.firstValue(fields.text(), record);
      if (text != null) {
        text = HtmlReader.fieldText(text, line, sink);
      }
      if (text == null || text.isBlank()) {
        sink.badRecord(line, "empty text field");
        continue;
      }
      String id = FieldMapping.lookup(fields.id(), record);
      String articleId = id == null || id.isBlank() ? f.idBase() + ":" + line : id.strip();
      sink.article(new Article(articleId, f.displayPath(), line, "csv", fields.metadata(record),
          text, 0));
    }
  }

  private static boolean allBlank(CSVRecord r) {
    for (String v : r) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The file's format: {@code delimiter}, a header row, quotation marks when {@code quoted}. */
  private static CSVFormat format(char delimiter, boolean quoted) {
    CSVFormat.Builder b = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
        .setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL);
    if (!quoted) {
      b.setQuote(null);
    }
    return b.get();
  }

  /**
   * A dry run over the whole file: the line of its first syntax error (an unclosed or misplaced
   * quotation mark), 0 when the file reads through but has a ragged row, -1 when every row has
   * the header's field count.
   */
  private static int syntaxErrorLine(String t, int[] lineStarts, CSVFormat format) {
    try (CSVParser parser = CSVParser.parse(new StringReader(t), format)) {
      int fields = parser.getHeaderNames().size();
      boolean ragged = false;
      Iterator<CSVRecord> it = parser.iterator();
      int next = nextRecordStart(t, lineStarts, parser);
      while (true) {
        try {
          if (!it.hasNext()) {
            return ragged ? 0 : -1;
          }
          ragged |= it.next().size() != fields;
        } catch (UncheckedIOException | IllegalStateException e) {
          return Math.max(1, lineOf(lineStarts, next));
        }
        next = nextRecordStart(t, lineStarts, parser);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return 1;
    }
  }

  /**
   * The non-empty header names that occur more than once (compared as fields are looked up:
   * ignoring case and surrounding spaces), quoted and joined, or empty.
   */
  static String duplicates(List<String> header) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Set<String> twice = new java.util.LinkedHashSet<>();
    for (String h : header) {
      String k = h.strip().toLowerCase(java.util.Locale.ROOT);
      if (!k.isEmpty() && !seen.add(k)) {
        twice.add("'" + h.strip() + "'");
      }
    }
    return String.join(", ", twice);
  }

  private static Map<String, String> headerMap(List<String> header) {
    Map<String, String> m = new LinkedHashMap<>();
    header.forEach(h -> m.put(h, ""));
    return m;
  }

  /** Where the record after the parser's current position starts (blank lines skipped). */
  private static int nextRecordStart(String t, int[] lineStarts, CSVParser parser) {
    int line = (int) Math.min(parser.getCurrentLineNumber(), lineStarts.length - 1);
    return skipLineBreaks(t, lineStarts[line]);
  }

  private static int skipLineBreaks(String t, int pos) {
    while (pos < t.length() && (t.charAt(pos) == '\n' || t.charAt(pos) == '\r')) {
      pos++;
    }
    return pos;
  }

  static char delimiter(String t) {
    int end = TxtReader.lineEnd(t, 0);
    String first = t.substring(0, end);
    long commas = first.chars().filter(c -> c == ',').count();
    long semis = first.chars().filter(c -> c == ';').count();
    long tabs = first.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs >= semis) {
      return '\t';
    }
    return semis > commas ? ';' : ',';
  }

  /**
   * Where each line starts. A line ends at LF, CRLF or a lone CR (old Mac files), as in Commons
   * CSV, whose line numbers index this array.
   */
  private static int[] lineStarts(String t) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static int lineOf(int[] starts, int pos) {
    int k = Arrays.binarySearch(starts, pos);
    return (k >= 0 ? k : -k - 2) + 1;
  }
}
