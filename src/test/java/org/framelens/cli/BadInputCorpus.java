package org.framelens.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bad-input corpus of issue 7: the spec is {@code src/test/resources/bad-input/kinds.tsv}
 * (one row per file: kind, run, file, expected status, line, message and exit code); the files
 * are made here at test time, one directory per kind, because 50 MB lines and 100,000 files do
 * not belong in the repository.
 */
final class BadInputCorpus {

  /** One row of kinds.tsv: a file of a kind and what analyze must say about it. */
  record Row(String kind, String run, String file, String status, int line, String message,
      int exit, String what) {
  }

  static final String LEXICON_HEADER = "rule_id\tphrase\tcue_type\tcategory\texplanation\texcept"
      + "\texample_hit\texample_miss\n";
  static final String LEXICON_ROW = "my.fiasco\tfiasco\tloaded\tpejorative_label\tA word that "
      + "judges.\t\tThe plan was a [[fiasco]].\tThe plan worked.\n";

  private BadInputCorpus() {
  }

  /** Every row of kinds.tsv, in file order. */
  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = BadInputCorpus.class.getResourceAsStream("/bad-input/kinds.tsv")) {
      String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      boolean header = true;
      for (String line : tsv.split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
          throw new IllegalStateException("kinds.tsv: 8 fields expected: " + line);
        }
        rows.add(new Row(f[0], f[1], f[2].replace("\\n", "\n"), f[3], Integer.parseInt(f[4]),
            f[5], Integer.parseInt(f[6]), f[7]));
      }
    }
    return rows;
  }

  static List<Row> rows(String run) throws IOException {
    return rows().stream().filter(r -> r.run().equals(run)).toList();
  }

  static Set<String> kinds(List<Row> rows) {
    Set<String> k = new LinkedHashSet<>();
    rows.forEach(r -> k.add(r.kind()));
    return k;
  }

  /** Good articles that every corpus run must read: paths under the corpus root. */
  static List<String> writeGoodArticles(Path root) throws IOException {
    write(root, "good/harbour.txt", "Harbour Reopens\n\nThe harbour reopened on Monday after two "
        + "weeks of repairs. Officials said ferry traffic would resume on Tuesday.\n");
    write(root, "good/bridge.md", "# Bridge Closes\n\nThe bridge closed for inspection on "
        + "Friday. Engineers found cracks in two supports.\n");
    write(root, "good/storm.html", "<html><head><title>Storm Hits Coast</title></head><body>"
        + "<article><h1>Storm Hits Coast</h1><p>The storm hit the coast on Friday. Power failed "
        + "in three towns.</p></article></body></html>");
    return List.of("good/bridge.md", "good/harbour.txt", "good/storm.html");
  }

  /** Writes the files of {@code kind} under {@code root/kind/}. */
  static void generate(String kind, Path root) throws IOException {
    String k = kind + "/";
    switch (kind) {
      case "empty" -> write(root, k + "empty.txt", new byte[0]);
      case "whitespace" -> write(root, k + "blank.txt", " \n\t\n   \r\n\n");
      case "binary" -> write(root, k + "image.txt", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
          '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0));
      case "control-bytes" -> {
        byte[] b = new byte[400];
        for (int i = 0; i < b.length; i++) {
          b[i] = (byte) (i % 3 == 0 ? 1 + i % 7 : 'a' + i % 26);
        }
        write(root, k + "controls.txt", b);
      }
      case "nul-byte" -> write(root, k + "article.txt",
          "Ferry Sails\n\nThe ferry\0 sailed on Monday.\n".getBytes(StandardCharsets.UTF_8));
      case "utf16-no-bom" -> write(root, k + "article.txt",
          "The ferry sailed on Monday.\n".getBytes(StandardCharsets.UTF_16LE));
      case "utf16-bom-truncated" -> write(root, k + "article.txt", concat(bytes(0xFF, 0xFE),
          "The ferry sailed on Monday.\n".getBytes(StandardCharsets.UTF_16LE), bytes('x')));
      case "truncated-utf8" -> write(root, k + "article.txt", concat(
          "Caf\u00e9 Owners Meet\n\nOwners met on Monday. They said ".getBytes(
              StandardCharsets.UTF_8), bytes(0xE2, 0x80)));
      case "damaged-utf8" -> write(root, k + "article.txt", concat(
          "Caf\u00e9 owners met on Monday.\nThe mayor said ".getBytes(StandardCharsets.UTF_8),
          bytes(0xFF), " nothing.\n".getBytes(StandardCharsets.UTF_8)));
      case "latin1" -> write(root, k + "article.txt", "Prices in Bavaria\n\nCaf\u00e9 in "
          + "M\u00fcnchen costs \u00a35 on Monday.\n", StandardCharsets.ISO_8859_1);
      case "windows-1252" -> write(root, k + "article.txt", "Talks Resume\n\n\u201cWe are "
          + "close,\u201d one negotiator said \u2013 the deal is worth \u20ac5 million.\n",
          Charset.forName("windows-1252"));
      case "utf16le-bom" -> write(root, k + "article.txt", concat(bytes(0xFF, 0xFE),
          "Talks Resume\n\nNegotiators met in Gen\u00e8ve on Monday.\n".getBytes(
              StandardCharsets.UTF_16LE)));
      case "utf16be-bom" -> write(root, k + "article.txt", concat(bytes(0xFE, 0xFF),
          "Talks Resume\n\nNegotiators met in Gen\u00e8ve on Tuesday.\n".getBytes(
              StandardCharsets.UTF_16BE)));
      case "utf8-bom" -> write(root, k + "article.txt", concat(bytes(0xEF, 0xBB, 0xBF),
          "Storm Hits Coast\n\nThe storm hit the coast on Saturday.\n".getBytes(
              StandardCharsets.UTF_8)));
      case "html-deep-nesting" -> write(root, k + "deep.html", "<html><body>"
          + "<div>".repeat(20_000) + "<p>The council met in the town hall on Monday.</p>"
          + "</div>".repeat(20_000) + "</body></html>");
      case "html-scripts" -> write(root, k + "page.html", "<html><head><title>Dam Opens</title>"
          + "<script>alert('head')</script><style>p { color: red }</style></head>"
          + "<body onload=\"alert('load')\"><article><h1>Dam Opens</h1>"
          + "<p onclick=\"alert('click')\">The dam opened on Friday after years of work.</p>"
          + "<img src=x onerror=\"alert('img')\"><p><a href=\"javascript:alert('link')\">"
          + "Officials said</a> the water level would rise.</p></article>"
          + "<script>document.write('injected text')</script></body></html>");
      case "html-no-text" -> write(root, k + "only-script.html", "<html><head><script>var a = 1;"
          + "</script></head><body><script>alert(1)</script><style>b {}</style></body></html>");
      case "html-tag-soup" -> write(root, k + "soup.html", "<p>The mayor <b>spoke <i>at length"
          + "</b> on Tuesday.</i><p>Residents listened<div>and then left.</p></span></table>");
      case "jsonl-broken" -> write(root, k + "corpus.jsonl", good(1)
          + "{\"title\": \"Broken\", \"text\": \"this line never closes\n" + good(3));
      case "jsonl-non-object" -> write(root, k + "corpus.jsonl", good(1) + "[1, 2]\n42\n"
          + "\"a string\"\n" + good(5));
      case "jsonl-huge-line" -> {
        Path p = file(root, k + "corpus.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
          out.write(good(1).getBytes(StandardCharsets.UTF_8));
          out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
          byte[] words = "word ".repeat(1000).getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < 4_200; i++) {
            out.write(words);
          }
          out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
          out.write(good(3).getBytes(StandardCharsets.UTF_8));
        }
      }
      case "jsonl-deep-nesting" -> write(root, k + "corpus.jsonl", good(1)
          + "{\"text\": \"Deep.\", \"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n"
          + good(3));
      case "jsonl-no-text" -> write(root, k + "corpus.jsonl", good(1)
          + "{\"title\": \"No Text\", \"source\": \"Wire\"}\n" + good(3));
      case "jsonl-all-bad" -> write(root, k + "corpus.jsonl", "not json\n{broken\n");
      case "csv-ragged" -> write(root, k + "table.csv", "title,text,source\n"
          + "Bridge Closes,The bridge closed for inspection on Friday.,Daily\n"
          + "Ragged,only two fields\n");
      case "csv-unclosed-quote" -> write(root, k + "table.csv", "title,text,source\n"
          + "Rates Rise,The bank raised rates on Monday.,Wire\n"
          + "Open,\"this quote is never closed,Daily\n"
          + "Later,The rest is lost.,Daily\n");
      case "csv-embedded-newlines" -> write(root, k + "table.csv", "title,text,source\n"
          + "Two Lines,\"The first line.\nThe second line.\",Wire\n"
          + "Two Paragraphs,\"The first paragraph.\n\nThe second paragraph.\",Daily\n"
          + "ragged\n");
      case "csv-no-text-column" -> write(root, k + "table.csv", "title,body_text\nA,B\n");
      case "csv-header-only" -> write(root, k + "table.csv", "title,text,source\n");
      case "sidecar-bad" -> {
        write(root, k + "article.txt", "Mill Closes\n\nThe mill closed on Monday.\n");
        write(root, k + "sources.csv", "file,source,title\narticle.txt,Wire,Mill Closes\n"
            + "other.txt,Daily\n");
      }
      case "unsupported-type" -> write(root, k + "report.pdf", "%PDF-1.4\n%\u00e2\u00e3\n");
      case "no-extension" -> write(root, k + "README", "Notes about this folder.\n");
      case "gzip-jsonl" -> write(root, k + "corpus.jsonl.gz", gzip(good(1) + good(2)));
      case "gzip-truncated" -> {
        StringBuilder sb = new StringBuilder();
        for (int line = 1; line <= 400; line++) {
          sb.append(good(line));
        }
        byte[] z = gzip(sb.toString());
        write(root, k + "corpus.jsonl.gz", java.util.Arrays.copyOf(z, z.length / 2));
      }
      case "gzip-mislabelled" -> write(root, k + "article.txt.gz", "Ferry Resumes\n\nThe ferry "
          + "resumed service on Monday, officials said.\n");
      case "zip-archive" -> write(root, k + "corpus.zip", concat(bytes('P', 'K', 3, 4),
          new byte[26]));
      case "hidden" -> write(root, k + ".draft.txt", "Draft\n\nNot for reading.\n");
      case "symlink-loop" -> {
        Files.createDirectories(root.resolve(kind));
        Files.createSymbolicLink(root.resolve(k + "a.txt"), Path.of("b.txt"));
        Files.createSymbolicLink(root.resolve(k + "b.txt"), Path.of("a.txt"));
      }
      case "symlink-dangling" -> {
        Files.createDirectories(root.resolve(kind));
        Files.createSymbolicLink(root.resolve(k + "gone.txt"), Path.of("nothing-here.txt"));
      }
      case "symlink-to-parent" -> {
        Files.createDirectories(root.resolve(kind));
        Files.createSymbolicLink(root.resolve(k + "up"), Path.of(".."));
      }
      case "fifo" -> {
        Files.createDirectories(root.resolve(kind));
        mkfifo(root.resolve(k + "pipe.txt"));
      }
      case "odd-file-name" -> write(root, k + "a, \"b\"\nc.txt",
          "Odd Name\n\nThe file name has a comma, quotes and a line break.\n");
      case "missing-path" -> Files.createDirectories(root.resolve(kind));
      case "unreadable-file" -> {
        Path p = write(root, k + "secret.txt", "Secret\n\nNobody may read this.\n");
        Files.setPosixFilePermissions(p, Set.of());
      }
      case "unreadable-dir" -> {
        write(root, k + "locked/inside.txt", "Inside\n\nNobody may list this.\n");
        Files.setPosixFilePermissions(root.resolve(k + "locked"), Set.of());
      }
      case "long-line-txt" -> {
        Path p = file(root, k + "line.txt");
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < chunk.length; i++) {
          chunk[i] = (byte) ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
              .charAt((i * 31 + i / 7) % 62));
        }
        try (OutputStream out = Files.newOutputStream(p)) {
          for (int i = 0; i < 50; i++) {
            out.write(chunk);
          }
        }
      }
      case "long-line-jsonl" -> {
        Path p = file(root, k + "line.jsonl");
        byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(p)) {
          out.write("{\"text\": \"".getBytes(StandardCharsets.US_ASCII));
          for (int i = 0; i < 50; i++) {
            out.write(chunk);
          }
          out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
      }
      case "many-files" -> {
        for (int d = 0; d < 100; d++) {
          Path dir = Files.createDirectories(root.resolve(String.format("%sd%03d", k, d)));
          for (int f = 0; f < 1000; f++) {
            Files.write(dir.resolve(String.format("f%04d.txt", f)),
                ("Item " + (d * 1000 + f) + " is here.\n").getBytes(StandardCharsets.US_ASCII));
          }
        }
      }
      case "lexicon-header" -> write(root, k + "lexicon.tsv", "rule\tphrase\n" + LEXICON_ROW);
      case "lexicon-fields" -> write(root, k + "lexicon.tsv", "# my lexicon\n\n" + LEXICON_HEADER
          + "my.short\tfoo\tloaded\n");
      case "lexicon-cue-type" -> write(root, k + "lexicon.tsv", LEXICON_HEADER + LEXICON_ROW
          + "my.spin\tspin doctor\tspin\tx\tExplains.\t\tThe [[spin doctor]] said.\tNo.\n");
      case "lexicon-not-utf8" -> write(root, k + "lexicon.tsv", LEXICON_HEADER + LEXICON_ROW
          + "my.cafe\tcaf\u00e9\tloaded\tx\tExplains.\t\tA [[caf\u00e9]].\tNo.\n",
          StandardCharsets.ISO_8859_1);
      case "lexicon-example-hit" -> write(root, k + "lexicon.tsv", LEXICON_HEADER + LEXICON_ROW
          + "my.drills\tdrills\tloaded\tmetaphor\t“{text}” x.\t\tThe [[forces]] began.\tNo.\n");
      case "lexicon-no-word" -> write(root, k + "lexicon.tsv", LEXICON_HEADER
          + "my.any\t_\tloaded\tmetaphor\tEvery word {text}.\t\t[[The]] drills began.\t\n");
      case "lexicon-placeholder" -> write(root, k + "lexicon.tsv", LEXICON_HEADER + LEXICON_ROW
          + "my.ph\tdrills\tloaded\tmetaphor\t“{txt}” x.\t\tThe [[drills]] began.\tNo.\n");
      case "lexicon-attribution" -> write(root, k + "lexicon.tsv", LEXICON_HEADER + LEXICON_ROW
          + "my.reckoned\treckoned\tattribution\tverb\t“{text}” ties it to {source}.\t\t"
          + "He [[reckoned]] so.\tNo.\n");
      case "actors-duplicate-alias" -> write(root, k + "actors.tsv", "actor_id\tname\taliases\n"
          + "russia\tRussia\tRussia|Moscow|Kremlin\nkremlin\tKremlin\tKremlin|Putin\n");
      case "actors-function-word" -> write(root, k + "actors.tsv", "actor_id\tname\taliases\n"
          + "russia\tRussia\tRussia\nx\tX\tthe|.\n");
      case "axes-same-poles" -> write(root, k + "axes.tsv", "axis_id\tpole_a\twords_a\tpole_b"
          + "\twords_b\tdescription\nwar\tattack\tattack invade\tdefence\tdefend protect\tWar.\n"
          + "same\twar\twar attack\tpeace\tattack war\tSame words.\n");
      case "axes-too-many" -> {
        StringBuilder b = new StringBuilder("axis_id\tpole_a\twords_a\tpole_b\twords_b"
            + "\tdescription\n");
        for (int i = 0; i < 2000; i++) {
          b.append("ax").append(i).append("\twar\twar attack\tpeace\tpeace calm\td\n");
        }
        write(root, k + "axes.tsv", b.toString());
      }
      case "actors-fields" -> write(root, k + "actors.tsv", "actor_id\tname\taliases\n"
          + "russia\tRussia\tRussia|Moscow\nbad\tBad\n");
      case "actors-duplicate" -> write(root, k + "actors.tsv", "actor_id\tname\taliases\n"
          + "russia\tRussia\tRussia|Moscow\nukraine\tUkraine\tUkraine|Kyiv\n"
          + "russia\tRussia again\tKremlin\n");
      case "actors-empty-alias" -> write(root, k + "actors.tsv", "actor_id\tname\taliases\n"
          + "russia\tRussia\tRussia||Moscow\n");
      case "axes-fields" -> write(root, k + "axes.tsv", "axis_id\tpole_a\twords_a\tpole_b"
          + "\twords_b\tdescription\nwar\tattack\tattack invade\tdefend\n");
      case "axes-empty-pole" -> write(root, k + "axes.tsv", "axis_id\tpole_a\twords_a\tpole_b"
          + "\twords_b\tdescription\nwar\tattack\tattack invade\tdefence\tdefend protect\tWar.\n"
          + "calm\tcalm\t \tstorm\tstorm rage\tCalm.\n");
      case "axes-header" -> write(root, k + "axes.tsv", "id,pole\nwar,attack\n");
      case "output-read-only", "output-full" -> Files.createDirectories(root.resolve(k
          + "reports"));
      default -> throw new IllegalArgumentException("kinds.tsv names a kind the generator does "
          + "not know: " + kind);
    }
  }

  private static String good(int line) {
    return "{\"title\": \"Story " + line + "\", \"source\": \"Wire\", \"text\": \"The story on "
        + "line " + line + " is fine.\"}\n";
  }

  static void mkfifo(Path p) throws IOException {
    try {
      Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      if (proc.waitFor() != 0) {
        throw new IOException("mkfifo " + p + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static Path file(Path root, String rel) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    return p;
  }

  static Path write(Path root, String rel, byte[] b) throws IOException {
    Path p = file(root, rel);
    Files.write(p, b);
    return p;
  }

  static Path write(Path root, String rel, String text) throws IOException {
    return write(root, rel, text, StandardCharsets.UTF_8);
  }

  static Path write(Path root, String rel, String text, Charset cs) throws IOException {
    return write(root, rel, text.getBytes(cs));
  }

  private static byte[] gzip(String text) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
