package org.framelens.cues;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A set of lexicon entries, read from UTF-8 TSV files with the columns {@code rule_id, phrase,
 * cue_type, category, explanation, except, example_hit, example_miss} ({@code #} comments; see
 * {@code src/main/resources/lexicons/README.md}). Errors name the file and line. Immutable.
 */
public final class Lexicon {

  /** The bundled lexicon files, in the order their rules are tried. */
  public static final List<String> BUNDLED = List.of("loaded.tsv", "weasel.tsv", "agentless.tsv",
      "epistemic.tsv", "claims.tsv");

  private static final String[] HEADER = {"rule_id", "phrase", "cue_type", "category",
      "explanation", "except", "example_hit", "example_miss"};

  private final List<LexiconEntry> entries;
  private final Map<String, List<Integer>> byFirstWord; // pattern refs: entry*1000+pattern
  private final Map<String, List<Integer>> byFirstPrefix; // first word ending in *, without it
  private final int[] prefixLengths;
  private final List<Integer> wildcardFirst;

  private Lexicon(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Integer>> map = new HashMap<>();
    Map<String, List<Integer>> prefixes = new HashMap<>();
    List<Integer> wild = new ArrayList<>();
    for (int e = 0; e < this.entries.size(); e++) {
      List<PhrasePattern> ps = this.entries.get(e).patterns();
      for (int p = 0; p < ps.size(); p++) {
        int ref = e * 1000 + p;
        List<String> first = ps.get(p).firstWords();
        if (first.isEmpty()) {
          wild.add(ref);
          continue;
        }
        for (String w : new java.util.TreeSet<>(first)) {
          if (w.endsWith("*")) {
            prefixes.computeIfAbsent(w.substring(0, w.length() - 1), k -> new ArrayList<>())
                .add(ref);
          } else {
            map.computeIfAbsent(w, k -> new ArrayList<>()).add(ref);
          }
        }
      }
    }
    this.byFirstWord = map;
    this.byFirstPrefix = prefixes;
    this.prefixLengths = prefixes.keySet().stream().mapToInt(String::length).distinct().sorted()
        .toArray();
    this.wildcardFirst = wild;
  }

  /** A lexicon of these entries (rule ids must be unique). */
  public static Lexicon of(List<LexiconEntry> entries) {
    return new Lexicon(List.of()).plus(new Lexicon(entries));
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  public Lexicon plus(Lexicon other) {
    List<LexiconEntry> all = new ArrayList<>(entries);
    Set<String> ids = new HashSet<>();
    entries.forEach(e -> ids.add(e.ruleId()));
    for (LexiconEntry e : other.entries) {
      if (!ids.add(e.ruleId())) {
        throw new IllegalArgumentException(e.file() + ":" + e.line() + ": rule id " + e.ruleId()
            + " is already defined");
      }
      all.add(e);
    }
    return new Lexicon(all);
  }

  /** One phrase found in a token sequence. */
  public record Hit(LexiconEntry entry, int fromToken, int toToken) {
  }

  /**
   * Every entry matching {@code words} (normalised token texts), longest match per entry and
   * start; hits cancelled by an overlapping exception are dropped. Sorted by start, then entry.
   */
  public List<Hit> find(List<String> words) {
    List<Hit> hits = new ArrayList<>();
    List<Integer> refs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      candidates(words.get(i), refs);
      for (int ref : refs) {
        LexiconEntry e = entries.get(ref / 1000);
        int end = e.patterns().get(ref % 1000).matchAt(words, i);
        if (end > i && !cancelled(e, words, i, end) && !already(hits, e, i, end)) {
          hits.add(new Hit(e, i, end));
        }
      }
    }
    hits.sort((a, b) -> a.fromToken() != b.fromToken() ? Integer.compare(a.fromToken(), b.fromToken())
        : a.entry().ruleId().compareTo(b.entry().ruleId()));
    return hits;
  }

  /**
   * The patterns that may start at a word: those whose first word is the word or a prefix of it,
   * and those starting with a wildcard; in the order of the entries (as trying every pattern
   * would), so hits do not depend on the index.
   */
  private void candidates(String word, List<Integer> out) {
    out.clear();
    out.addAll(byFirstWord.getOrDefault(word, List.of()));
    for (int len : prefixLengths) {
      if (len > word.length()) {
        break;
      }
      List<Integer> p = byFirstPrefix.get(word.substring(0, len));
      if (p != null) {
        out.addAll(p);
      }
    }
    out.addAll(wildcardFirst);
    if (out.size() > 1) {
      out.sort(null);
      int k = 0;
      for (int i = 0; i < out.size(); i++) {
        if (k == 0 || !out.get(i).equals(out.get(k - 1))) {
          out.set(k++, out.get(i));
        }
      }
      out.subList(k, out.size()).clear();
    }
  }

  private static boolean already(List<Hit> hits, LexiconEntry e, int from, int to) {
    for (int k = hits.size() - 1; k >= 0; k--) {
      Hit h = hits.get(k);
      if (h.entry() == e && h.fromToken() < to && from < h.toToken()) {
        if (to - from > h.toToken() - h.fromToken()) {
          hits.remove(k);
          return false;
        }
        return true;
      }
    }
    return false;
  }

  private static boolean cancelled(LexiconEntry e, List<String> words, int from, int to) {
    for (PhrasePattern ex : e.exceptions()) {
      for (int s = Math.max(0, from - 6); s < Math.min(words.size(), to); s++) {
        int end = ex.matchAt(words, s);
        if (end > s && s < to && from < end) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lexicons bundled with FrameLens (parsed once; immutable). */
  public static Lexicon bundled() {
    return Bundled.LEXICON;
  }

  private static final class Bundled {
    static final Lexicon LEXICON = loadBundled();
  }

  private static Lexicon loadBundled() {
    Lexicon all = new Lexicon(List.of());
    for (String f : BUNDLED) {
      try (InputStream in = Lexicon.class.getResourceAsStream("/lexicons/" + f)) {
        if (in == null) {
          throw new IllegalStateException("missing resource /lexicons/" + f);
        }
        all = all.plus(parse(new InputStreamReader(in, StandardCharsets.UTF_8), f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  /** Reads a user's lexicon file. */
  public static Lexicon load(Path file) throws IOException {
    return parse(new java.io.StringReader(
        org.framelens.ingest.TextDecoder.readUtf8(file, file.toString())), file.toString());
  }

  /** Parses a lexicon; {@code name} is used in error messages ("name:line: ..."). */
  public static Lexicon parse(Reader reader, String name) throws IOException {
    String all = new java.io.BufferedReader(reader).lines()
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    int headerLine = 1;
    String[] rawLines = all.split("\n", -1);
    while (headerLine <= rawLines.length && (rawLines[headerLine - 1].isBlank()
        || rawLines[headerLine - 1].startsWith("#"))) {
      headerLine++;
    }
    if (headerLine > rawLines.length || all.isBlank()) {
      headerLine = 1;
    }
    reader = new java.io.StringReader(all);
    CSVFormat format = CSVFormat.TDF.builder().setCommentMarker('#').setHeader()
        .setSkipHeaderRecord(true).setQuote(null).setTrim(false).setIgnoreEmptyLines(true).get();
    List<LexiconEntry> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    CSVParser parser;
    try {
      parser = CSVParser.parse(reader, format);
    } catch (IllegalArgumentException e) {
      // Commons CSV rejects a header with an empty column name before we can look at it
      throw new IllegalArgumentException(name + ":" + headerLine + ": the header must be "
          + String.join("<TAB>", HEADER) + " (" + e.getMessage() + ")");
    }
    try (CSVParser p = parser) {
      List<String> header = p.getHeaderNames();
      if (!header.equals(List.of(HEADER))) {
        throw new IllegalArgumentException(name + ":" + headerLine + ": the header must be "
            + String.join("<TAB>", HEADER) + "; found " + String.join("<TAB>", header));
      }
      for (CSVRecord r : p) {
        int line = (int) p.getCurrentLineNumber();
        String where = name + ":" + line + ": ";
        if (r.size() != HEADER.length) {
          throw new IllegalArgumentException(where + "expected " + HEADER.length
              + " tab-separated fields, found " + r.size());
        }
        String id = r.get(0).strip();
        if (id.isEmpty() || !id.matches("[a-z0-9][a-z0-9_.-]*")) {
          throw new IllegalArgumentException(where + "rule id '" + id
              + "' must be lower-case letters, digits, '-', '_' or '.'");
        }
        if (!ids.add(id)) {
          throw new IllegalArgumentException(where + "duplicate rule id " + id);
        }
        CueType type;
        try {
          type = CueType.fromId(r.get(2));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + "unknown cue_type '" + r.get(2) + "'");
        }
        if (r.get(4).isBlank()) {
          throw new IllegalArgumentException(where + "an explanation is required");
        }
        if (!r.get(6).contains("[[") || !r.get(6).contains("]]")) {
          throw new IllegalArgumentException(where + "example_hit must mark the expected span "
              + "with [[...]]");
        }
        out.add(new LexiconEntry(id, patterns(r.get(1), where), type, r.get(3).strip(),
            r.get(4).strip(), r.get(5).isBlank() ? List.of() : patterns(r.get(5), where),
            r.get(6).strip(), r.get(7).strip(), name, line));
      }
    } catch (java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(name + ": not a readable TSV file: " + e.getMessage());
    }
    return new Lexicon(Collections.unmodifiableList(out));
  }

  private static List<PhrasePattern> patterns(String cell, String where) {
    List<PhrasePattern> ps = new ArrayList<>();
    for (String alt : cell.split("\\|", -1)) {
      try {
        ps.add(PhrasePattern.parse(alt));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage());
      }
    }
    return ps;
  }
}
