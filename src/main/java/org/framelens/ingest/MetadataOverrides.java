package org.framelens.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Metadata given by hand, which takes precedence over what ingest guesses: a {@code --manifest}
 * CSV, or a {@code sources.csv} beside the article files (as in {@code seeds/}).
 *
 * <p>Columns: {@code file} (a file name or a path ending, such as {@code 000_x.txt}) or
 * {@code article_id}, and any of {@code source}, {@code date}, {@code title}, {@code url},
 * {@code topic}. Other columns (such as {@code notes}) are ignored. Empty cells override nothing.
 */
public final class MetadataOverrides {

  private final Map<String, Metadata> byFile;
  private final Map<String, Metadata> byArticleId;
  /** The file shown in messages, and the line of each row by its key ({@link #matchedKey}). */
  private final String displayPath;
  private final Map<String, Integer> lines;

  private MetadataOverrides(Map<String, Metadata> byFile, Map<String, Metadata> byArticleId,
      String displayPath, Map<String, Integer> lines) {
    this.byFile = Map.copyOf(byFile);
    this.byArticleId = Map.copyOf(byArticleId);
    this.displayPath = displayPath;
    this.lines = Map.copyOf(lines);
  }

  public static MetadataOverrides none() {
    return new MetadataOverrides(Map.of(), Map.of(), "", Map.of());
  }

  public int size() {
    return byFile.size() + byArticleId.size();
  }

  /** Whether the CSV at {@code file} is a metadata table (its header has a {@code file} column). */
  static boolean looksLikeSidecar(Path file) {
    try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
      String header = lines.findFirst().orElse("").replace("\uFEFF", "");
      for (String col : header.split("[,;\t]")) {
        if (col.strip().replace("\"", "").equals("file")) {
          return true;
        }
      }
      return false;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** Reads a metadata CSV; errors name the file and line. */
  public static MetadataOverrides load(Path file, String displayPath) throws BadInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(0, "cannot read metadata file " + displayPath + ": "
          + Inputs.describe(e));
    }
    String text = TextDecoder.decode(bytes).text();
    Map<String, Metadata> byFile = new LinkedHashMap<>();
    Map<String, Metadata> byId = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    // separated by commas, or by semicolons (spreadsheets in many European locales) or tabs
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(CsvCorpusReader.delimiter(text))
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = p.getHeaderNames();
      if (!header.contains("file") && !header.contains("article_id")) {
        throw new BadInputException(1, "metadata file " + displayPath
            + " needs a 'file' or 'article_id' column; found " + header);
      }
      List<String> errors = new ArrayList<>();
      for (CSVRecord r : p) {
        int line = (int) p.getCurrentLineNumber();
        if (r.size() != header.size()) {
          throw new BadInputException(line, "metadata file " + displayPath + ": row has "
              + r.size() + " fields, header has " + header.size());
        }
        Map<String, String> row = r.toMap();
        Metadata m = new Metadata(row.get("title"), row.get("source"), row.get("date"),
            row.get("url"), row.get("topic"));
        String f = row.getOrDefault("file", "");
        String id = row.getOrDefault("article_id", "");
        String key = !f.isEmpty() ? FILE_KEY + f.replace('\\', '/') : ID_KEY + id;
        Metadata before = !f.isEmpty() ? byFile.get(f.replace('\\', '/')) : byId.get(id);
        if ((!f.isEmpty() || !id.isEmpty()) && before != null && !before.equals(m)) {
          throw new BadInputException(line, "metadata file " + displayPath + ": "
              + key.strip().replaceFirst(" ", " '") + "' has a row already, with other "
              + "metadata, at line " + lines.get(key) + "; keep one of them");
        }
        if (!f.isEmpty()) {
          byFile.put(f.replace('\\', '/'), m);
          lines.putIfAbsent(key, line);
        } else if (!id.isEmpty()) {
          byId.put(id, m);
          lines.putIfAbsent(key, line);
        } else {
          errors.add("line " + line);
        }
      }
      if (!errors.isEmpty()) {
        throw new BadInputException(0, "metadata file " + displayPath
            + ": rows without 'file' or 'article_id': " + String.join(", ", errors));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException
        | IllegalStateException e) {
      String why = Inputs.describe(e);
      java.util.regex.Matcher at = java.util.regex.Pattern
          .compile("\\(startline (\\d+)\\)").matcher(why);
      if (why.contains("EOF reached before encapsulated token finished") && at.find()) {
        throw new BadInputException(Integer.parseInt(at.group(1)), "metadata file "
            + displayPath + " is not valid CSV: a quotation mark opened on this line is never "
            + "closed");
      }
      throw new BadInputException(0, "metadata file " + displayPath + " is not valid CSV: "
          + why);
    }
    return new MetadataOverrides(byFile, byId, displayPath, lines);
  }

  private static final String FILE_KEY = "file ";
  private static final String ID_KEY = "article_id ";

  /** The override for an article read from {@code path}, or empty metadata. */
  public Metadata lookup(String path, String articleId) {
    return byKey(matchedKey(path, articleId));
  }

  /** The metadata of the row {@code key} names ({@link #matchedKey}), or empty for null. */
  Metadata byKey(String key) {
    if (key == null) {
      return Metadata.empty();
    }
    return key.startsWith(ID_KEY) ? byArticleId.get(key.substring(ID_KEY.length()))
        : byFile.get(key.substring(FILE_KEY.length()));
  }

  /**
   * The row that gives an article read from {@code path} its metadata, as a key ({@code
   * "article_id ID"} or {@code "file NAME"}), or null when none does.
   */
  String matchedKey(String path, String articleId) {
    if (byArticleId.containsKey(articleId)) {
      return ID_KEY + articleId;
    }
    String p = path.replace('\\', '/');
    for (String f : byFile.keySet()) {
      if (p.equals(f) || p.endsWith("/" + f)) {
        return FILE_KEY + f;
      }
    }
    return null;
  }

  /**
   * One note per row that no article matched (a typo in a file name or id leaves articles
   * without their outlet or date), given the keys that did match ({@link #matchedKey}).
   */
  List<Problem> unmatched(java.util.Set<String> matched) {
    return unmatched(matched, f -> false);
  }

  /**
   * As {@link #unmatched(java.util.Set)}, leaving out the rows of a {@code file} for which
   * {@code notGiven} holds (files of the folder that were not inputs).
   */
  List<Problem> unmatched(java.util.Set<String> matched,
      java.util.function.Predicate<String> notGiven) {
    List<Problem> notes = new ArrayList<>();
    lines.forEach((key, line) -> {
      if (!matched.contains(key) && !(key.startsWith(FILE_KEY)
          && notGiven.test(key.substring(FILE_KEY.length())))) {
        notes.add(new Problem(displayPath, line, "no article matched this row ("
            + key.replaceFirst(" ", " '") + "'), so its metadata was not used"));
      }
    });
    notes.sort(java.util.Comparator.comparingInt(Problem::line));
    return notes;
  }
}
