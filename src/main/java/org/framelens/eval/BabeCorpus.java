package org.framelens.eval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * BABE (Bias Annotations By Experts) sentence-level bias labels: {@code ;}-separated, UTF-8 with
 * a byte-order mark, columns {@code text;news_link;outlet;topic;type;label_bias;label_opinion;
 * biased_words}, the last a Python-style list such as {@code ['bizarre', 'characteristically']}.
 */
public final class BabeCorpus {

  /**
   * One labelled sentence.
   *
   * @param line        its line in the file
   * @param text        the sentence
   * @param label       {@code Biased}, {@code Non-biased} or another label (e.g. No agreement)
   * @param biasedWords the annotated biased words, lower-cased
   */
  public record BabeRow(int line, String text, String label, List<String> biasedWords) {

    public boolean isBiased() {
      return label.equals("Biased");
    }

    public boolean isLabelled() {
      return label.equals("Biased") || label.equals("Non-biased");
    }
  }

  private BabeCorpus() {
  }

  public static List<BabeRow> read(Path file) throws IOException {
    String text = Utf8.read(file);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
        .setSkipHeaderRecord(true).get();
    List<BabeRow> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
      for (String col : List.of("text", "label_bias", "biased_words")) {
        if (!p.getHeaderNames().contains(col)) {
          String header = text.lines().findFirst().orElse("");
          if (header.contains(",") && !header.contains(";")) {
            throw new IOException(file + ":1: the header is separated by commas ("
                + (header.length() > 60 ? header.substring(0, 60) + "…" : header)
                + "); BABE files are ';'-separated: save the file with ';' between fields");
          }
          throw new IOException(file + ":1: missing column '" + col + "' (found "
              + p.getHeaderNames() + ")");
        }
      }
      int nextLine = 2;
      for (CSVRecord r : p) {
        int line = nextLine;
        nextLine = (int) p.getCurrentLineNumber() + 1;
        if (!r.isConsistent()) {
          throw new IOException(file + ": record " + r.getRecordNumber() + " has " + r.size()
              + " fields, the header has " + p.getHeaderNames().size());
        }
        out.add(new BabeRow(line, r.get("text"), r.get("label_bias").strip(),
            pythonList(r.get("biased_words"))));
      }
    } catch (java.io.UncheckedIOException e) {
      throw new IOException(file + ": not valid CSV: " + e.getMessage(), e);
    }
    return out;
  }

  /** Parses {@code ['a', "b's"]} into its strings, lower-cased; {@code []} or empty gives none. */
  static List<String> pythonList(String s) {
    List<String> out = new ArrayList<>();
    String t = s.strip();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '\'' || c == '"') {
        StringBuilder b = new StringBuilder();
        int j = i + 1;
        while (j < t.length() && t.charAt(j) != c) {
          if (t.charAt(j) == '\\' && j + 1 < t.length()) {
            j++;
          }
          b.append(t.charAt(j));
          j++;
        }
        if (!b.isEmpty()) {
          out.add(b.toString().toLowerCase(Locale.ROOT));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}
