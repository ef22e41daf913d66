package org.framelens.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ingest stage: reads files and directories into {@link Article}s and accounts for every
 * input in an {@link InputReport}.
 *
 * <p>Directories are read recursively in a stable order (names sorted by code point); hidden
 * entries and symbolic links to directories are reported as skipped, not followed. Supported
 * types: {@code .txt .text .md .markdown} (one article per file), {@code .html .htm .xhtml}
 * (one article), {@code .json} (an object, or an array of objects), {@code .jsonl .ndjson} and
 * {@code .csv .tsv} (one article per record). A
 * {@code sources.csv} with a {@code file} column is a metadata sidecar for the files beside it.
 * The run's own outputs ({@link IngestOptions#outputs}) met in a directory are skipped, not
 * read; so is a file met a second time (given twice, or through a link), so nothing is counted
 * twice. Nothing here throws for bad input: problems go into the reports.
 */
public final class Ingestor {

  public static final String SIDECAR = "sources.csv";

  private final IngestOptions options;
  private final Map<Path, MetadataOverrides> sidecars = new HashMap<>();
  private final Map<Path, Problem> sidecarProblems = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  /** The rows of the {@code --manifest} overrides that some article matched. */
  private final Set<String> matchedOverrides = new HashSet<>();
  /** The rows of each {@code sources.csv} that some article matched. */
  private final Map<MetadataOverrides, Set<String>> matchedSidecarRows =
      new java.util.IdentityHashMap<>();
  /** Whether {@code name} names a regular file in {@code dir}. */
  private static boolean isFile(Path dir, String name) {
    try {
      return Files.isRegularFile(dir.resolve(name));
    } catch (java.nio.file.InvalidPathException | SecurityException e) {
      return false;
    }
  }

  /** The folders read as a whole (walked), whose sidecar rows should all match an article. */
  private final Set<Path> wholeFolders = new HashSet<>();
  /** Each file read so far (by its file key, or real path), with the path it was shown as. */
  private final Map<Object, String> read = new HashMap<>();
  /** The run's outputs, located ({@link OutputOverlap#located}) when reading starts. */
  private Set<Path> outputs = Set.of();

  public Ingestor(IngestOptions options) {
    this.options = options;
  }

  /**
   * Reads every input, handing each article to {@code sink} as soon as it is read.
   *
   * @return one report per file found (in reading order), including missing paths
   */
  public List<InputReport> read(List<String> inputs, Consumer<Article> sink) {
    List<InputReport> reports = new ArrayList<>();
    outputs = OutputOverlap.keys(options.outputs());
    for (String input : inputs) {
      Path p = Inputs.path(input);
      if (p == null) {
        reports.add(failed(input, "", Inputs.unexpressible()));
      } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        reports.add(failed(input, "", "no such file or directory"));
      } else if (Files.isDirectory(p)) {
        int before = reports.size();
        walk(p, p, input, reports, sink);
        if (reports.size() == before) {
          reports.add(skipped(input, "empty directory (no files in it or below)"));
        }
      } else {
        Path side = sidecarBeside(p);
        if (side != null) {
          int slash = input.lastIndexOf('/');
          reports.add(readFile(side, (slash < 0 ? "" : input.substring(0, slash + 1)) + SIDECAR,
              "", false, sink));
        }
        reports.add(readFile(p, input, stem(p.getFileName().toString()), true, sink));
      }
    }
    return reports;
  }

  /**
   * The {@code sources.csv} sidecar beside {@code file}, a file given by name, when its metadata
   * will apply to that file and the sidecar has no row in the reports yet: it then gets one
   * before the file's, as it would when its folder is read, so that the same files give the
   * same manifest rows whether they are given one by one or as their folder.
   */
  private Path sidecarBeside(Path file) {
    Path name = file.getFileName();
    if (name == null || name.toString().equals(SIDECAR)
        || formatOf(Gzip.inner(name.toString())) == null || !Files.isRegularFile(file)) {
      return null;
    }
    Path dir = file.toAbsolutePath().getParent();
    Path side = dir == null ? null : dir.resolve(SIDECAR);
    if (side == null || sidecars.containsKey(dir) || !Files.isRegularFile(side)
        || !MetadataOverrides.looksLikeSidecar(side)) {
      return null;
    }
    return side;
  }

  /**
   * After {@link #read}: a note for each row of the {@code --manifest} overrides, and of each
   * {@code sources.csv} read, that no article read matched, named by its file and line.
   */
  public List<Problem> unmatchedOverrides() {
    List<Problem> notes = new ArrayList<>(options.overrides().unmatched(matchedOverrides));
    sidecars.keySet().stream().sorted().forEach(dir -> {
      MetadataOverrides side = sidecars.get(dir);
      // of a folder not read as a whole (files given by name), a row for another file of the
      // folder is no typo: that file was just not given
      notes.addAll(side.unmatched(matchedSidecarRows.getOrDefault(side, Set.of()),
          wholeFolders.contains(dir) ? f -> false : f -> isFile(dir, f)));
    });
    return notes;
  }

  private void walk(Path root, Path dir, String display, List<InputReport> reports,
      Consumer<Article> sink) {
    wholeFolders.add(dir.toAbsolutePath());
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(children::add);
    } catch (IOException | SecurityException e) {
      reports.add(failed(display, "", "cannot list directory: " + Inputs.describe(e)));
      return;
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    Path located = outputs.isEmpty() ? null : OutputOverlap.located(dir);
    for (Path c : children) {
      String name = c.getFileName().toString();
      String shown = display.endsWith("/") ? display + name : display + "/" + name;
      if (located != null && ownTemporary(located, name)) {
        continue;
      } else if (located != null && outputs.contains(located.resolve(c.getFileName()))) {
        reports.add(skipped(shown, Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)
            ? "the output directory of this run (its reports are not read as articles)"
            : "a file this run writes (not read as an article)"));
      } else if (name.startsWith(".")) {
        reports.add(skipped(shown, "hidden " + (Files.isDirectory(c) ? "directory" : "file")));
      } else if (Files.isSymbolicLink(c) && Files.isDirectory(c)) {
        reports.add(skipped(shown, "symbolic link to a directory (not followed)"));
      } else if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
        walk(root, c, shown, reports, sink);
      } else {
        String rel = root.relativize(c).toString().replace('\\', '/');
        reports.add(readFile(c, shown, stem(rel), false, sink));
      }
    }
  }

  /**
   * Whether {@code name} in the folder {@code located} is a temporary file of this very process
   * for one of its outputs ({@code .NAME.PID.tmp} or {@code .NAME.PID.part}, written and renamed
   * while the run goes on): not an input, so not listed at all, which keeps the manifest free of
   * process ids.
   */
  private boolean ownTemporary(Path located, String name) {
    if (!name.startsWith(".")) {
      return false;
    }
    String pid = "." + ProcessHandle.current().pid();
    for (String suffix : new String[] {pid + ".tmp", pid + ".part"}) {
      if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
        String output = name.substring(1, name.length() - suffix.length());
        try {
          if (outputs.contains(located.resolve(output))) {
            return true;
          }
        } catch (java.nio.file.InvalidPathException e) {
          return false; // a name the platform's file-name encoding cannot express: not ours
        }
      }
    }
    return false;
  }

  /**
   * The path {@code file} was shown as when it was read before in this run (given twice, or
   * reached through a directory and by name, or through a symbolic link), or null the first
   * time, which records it. Files are told apart by their file key (device and inode), one
   * {@code stat} each.
   */
  private String firstReading(Path file, String display) {
    Object key;
    try {
      key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
          .fileKey();
      if (key == null) {
        key = file.toRealPath();
      }
    } catch (IOException | SecurityException e) {
      return null;
    }
    return read.putIfAbsent(key, display);
  }

  private InputReport readFile(Path file, String display, String idBase, boolean explicit,
      Consumer<Article> sink) {
    String name = file.getFileName().toString();
    boolean gz = Gzip.named(name);
    String format = formatOf(Gzip.inner(name));
    if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      return failed(display, "", brokenLink(file));
    }
    if (!Files.isRegularFile(file)) {
      String why = "not a regular file (a named pipe, socket or device)";
      return explicit ? failed(display, "", why) : skipped(display, why);
    }
    if (name.equals(SIDECAR) && MetadataOverrides.looksLikeSidecar(file)) {
      String first = firstReading(file, display);
      if (first != null) { // a folder met twice (through a link): its metadata is read once
        return skipped(display, "the same file as " + first + ", already read (each file is "
            + "read once)");
      }
      MetadataOverrides m = sidecar(file.toAbsolutePath().getParent(), display);
      Problem p = sidecarProblems.get(file.toAbsolutePath().getParent());
      return p != null ? failed(display, "sources", atLine(new BadInputException(p.line(),
          p.message())), new Problem(display, p.line(), p.message()))
          : new InputReport(display, "sources", InputReport.Status.OK,
              "metadata for " + m.size() + " file(s) in this folder", 0, 0, "", size(file),
              List.of());
    }
    if (format == null) {
      String inner = Gzip.inner(name);
      String ext = (inner.contains(".") ? inner.substring(inner.lastIndexOf('.')) : gz ? "" : "(none)")
          + (gz ? ".gz" : "");
      String other = Gzip.otherCompression(inner);
      String why = other != null
          ? other + " (" + ext + "): decompress it first; FrameLens reads .gz files itself"
          : "unsupported file type " + ext
              + " (supported: .txt .md .html .htm .json .jsonl .ndjson .csv .tsv, each also as .gz)";
      return explicit ? failed(display, "", why) : skipped(display, why);
    }
    if (!Files.isReadable(file)) {
      return failed(display, format, "cannot read: permission denied");
    }
    String first = firstReading(file, display);
    if (first != null) {
      return skipped(display, "the same file as " + first + ", already read (each file is read "
          + "once)");
    }
    long bytes = size(file);
    if (bytes == 0) {
      return new InputReport(display, format, InputReport.Status.SKIPPED, "empty file (0 bytes)",
          0, 0, "", 0, List.of(new Problem(display, 0, "empty file (0 bytes)")));
    }
    String gzWarning = "";
    if (gz && !Gzip.magic(file)) {
      gz = false;
      gzWarning = Gzip.NOT_GZIP;
    }
    if (format.equals("jsonl") && (gz || bytes > JsonlReader.STREAM_BYTES)) {
      return streamJsonl(file, display, idBase, bytes, gz, gzWarning, sink);
    }
    if (!gz && bytes > options.maxBytes()) {
      return failed(display, format, "too large (" + bytes + " bytes; the limit is "
          + options.maxBytes() + ")");
    }
    TextDecoder.Decoded decoded;
    try {
      if (gz) {
        Gzip.Content content = Gzip.readAll(file, options.maxBytes());
        gzWarning = content.warning();
        decoded = format.equals("html") ? TextDecoder.decodeHtml(content.bytes())
            : TextDecoder.decode(content.bytes());
        decoded = new TextDecoder.Decoded(decoded.text(), decoded.encoding() + ", gzip",
            decoded.warning());
      } else {
        byte[] all = Files.readAllBytes(file);
        decoded = format.equals("html") ? TextDecoder.decodeHtml(all) : TextDecoder.decode(all);
      }
    } catch (IOException e) {
      return failed(display, format, gz ? Gzip.describe(e) : "cannot read: " + Inputs.describe(e));
    } catch (SecurityException e) {
      return failed(display, format, "cannot read: " + Inputs.describe(e));
    } catch (OutOfMemoryError e) {
      return failed(display, format, "too large to read into memory");
    } catch (BadInputException e) {
      return failed(display, format, atLine(e), new Problem(display, e.line(), e.getMessage()));
    }
    if (decoded.text().isBlank()) {
      return noText(display, format, decoded, bytes, "no text (only whitespace)");
    }
    MetadataOverrides side = sidecar(file.toAbsolutePath().getParent(), null);
    Collector c = new Collector(display, side, sink);
    if (!gzWarning.isEmpty()) {
      c.warning(gzWarning);
    }
    if (!decoded.warning().isEmpty()) {
      c.warning(decoded.warning());
    }
    SourceFile src = new SourceFile(display, idBase, decoded.text());
    try {
      switch (format) {
        case "txt", "md" -> {
          Article a = TxtReader.read(src, format);
          String title = a.metadata().title();
          if (a.bodyStart() > 0 && !title.isEmpty() && ".!?".indexOf(title.charAt(title.length()
              - 1)) >= 0 && a.text().strip().startsWith(title)) {
            c.warning("the first line, a short sentence followed by a blank line, was taken as "
                + "the title and is not analysed (\"" + JsonlReader.firstLine(title) + "\")");
          }
          c.article(a);
        }
        case "html" -> {
          Article a = HtmlReader.read(src, c::warning);
          if (a.text().isBlank()) {
            return noText(display, format, decoded, bytes, "no text in the HTML (only markup, "
                + "scripts or styles)");
          }
          c.article(a);
        }
        case "jsonl" -> JsonlReader.read(src, options.fields(), c);
        case "json" -> JsonFileReader.read(src, options.fields(), c);
        case "csv" -> CsvCorpusReader.read(src, options.fields(), c);
        default -> throw new IllegalStateException(format);
      }
    } catch (BadInputException e) {
      c.problems.add(new Problem(display, e.line(), e.getMessage()));
      return new InputReport(display, format, InputReport.Status.FAILED, atLine(e),
          c.articles, c.bad, decoded.encoding(), bytes, c.problems);
    }
    if (c.articles == 0 && c.bad == 0) {
      return noText(display, format, decoded, bytes, "no records (only a header or blank lines)");
    }
    InputReport.Status status = c.articles == 0 && c.bad > 0
        ? InputReport.Status.FAILED : InputReport.Status.OK;
    return new InputReport(display, format, status, c.reason(), c.articles, c.bad,
        decoded.encoding(), bytes, c.problems);
  }

  /**
   * A large or gzip-compressed JSONL file, read line by line (no size limit: memory does not grow
   * with it). Compressed data cut short or damaged after some records keeps those records, with
   * a warning, as a truncated UTF-8 file does.
   */
  private InputReport streamJsonl(Path file, String display, String idBase, long bytes,
      boolean gz, String warning, Consumer<Article> sink) {
    MetadataOverrides side = sidecar(file.toAbsolutePath().getParent(), null);
    Collector c = new Collector(display, side, sink);
    if (!warning.isEmpty()) {
      c.warning(warning);
    }
    String encoding;
    try (java.io.InputStream in = gz ? Gzip.open(file) : Files.newInputStream(file)) {
      encoding = JsonlReader.stream(in, display, idBase, options.fields(), c)
          + (gz ? ", gzip" : "");
    } catch (IOException | SecurityException e) {
      boolean cutShort = e instanceof java.io.EOFException
          || e instanceof java.util.zip.ZipException;
      if (gz && cutShort && c.articles + c.bad > 0) {
        c.warning(Gzip.describe((IOException) e) + "; read up to record "
            + (c.articles + c.bad) + ", the rest is lost");
        return new InputReport(display, "jsonl", c.articles == 0 ? InputReport.Status.FAILED
            : InputReport.Status.OK, c.reason(), c.articles, c.bad, "UTF-8, gzip", bytes,
            c.problems);
      }
      String why = gz && e instanceof IOException io ? Gzip.describe(io)
          : "cannot read: " + Inputs.describe(e);
      c.problems.add(new Problem(display, 0, why));
      return new InputReport(display, "jsonl", InputReport.Status.FAILED,
          why + (c.articles > 0 ? " (after " + c.articles + " record(s))" : ""), c.articles,
          c.bad, "", bytes, c.problems);
    }
    if (c.articles == 0 && c.bad == 0) {
      String why = "no records (only a header or blank lines)";
      return new InputReport(display, "jsonl", InputReport.Status.SKIPPED, why, 0, 0, encoding,
          bytes, List.of(new Problem(display, 0, why)));
    }
    InputReport.Status status = c.articles == 0 && c.bad > 0
        ? InputReport.Status.FAILED : InputReport.Status.OK;
    return new InputReport(display, "jsonl", status, c.reason(), c.articles, c.bad, encoding,
        bytes, c.problems);
  }

  /** The sidecar metadata of {@code dir} (loaded once), or none. */
  private MetadataOverrides sidecar(Path dir, String display) {
    return sidecars.computeIfAbsent(dir, d -> {
      Path f = d.resolve(SIDECAR);
      if (!Files.isRegularFile(f) || !MetadataOverrides.looksLikeSidecar(f)) {
        return MetadataOverrides.none();
      }
      String shown = display != null ? display : f.toString();
      try {
        return MetadataOverrides.load(f, shown);
      } catch (BadInputException e) {
        sidecarProblems.put(d, new Problem(shown, e.line(), e.getMessage()));
        return MetadataOverrides.none();
      }
    });
  }

  /** Collects what one file yields, applying metadata overrides and keeping ids unique. */
  private final class Collector implements RecordSink {
    final String display;
    final MetadataOverrides side;
    final Consumer<Article> sink;
    final List<Problem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int articles;
    int bad;

    Collector(String display, MetadataOverrides side, Consumer<Article> sink) {
      this.display = display;
      this.side = side;
      this.sink = sink;
    }

    @Override
    public void article(Article a) {
      String id = a.id();
      for (int k = 2; !ids.add(id); k++) {
        id = a.id() + "~" + k;
      }
      // each metadata table is searched once: the row found gives the metadata and is noted
      String sideKey = side.matchedKey(a.path(), id);
      String key = options.overrides().matchedKey(a.path(), id);
      Metadata m = a.metadata()
          .overriddenBy(side.byKey(sideKey))
          .overriddenBy(options.overrides().byKey(key));
      if (key != null) {
        matchedOverrides.add(key);
      }
      if (sideKey != null) {
        matchedSidecarRows.computeIfAbsent(side, x -> new HashSet<>()).add(sideKey);
      }
      sink.accept(id.equals(a.id()) && m == a.metadata() ? a
          : new Article(id, a.path(), a.line(), a.format(), m, a.text(), a.bodyStart()));
      articles++;
    }

    @Override
    public void badRecord(int line, String message) {
      bad++;
      problems.add(new Problem(display, line, message));
    }

    @Override
    public void warning(String message) {
      warnings.add(message);
      problems.add(new Problem(display, 0, message));
    }

    private boolean sawHtml;

    @Override
    public void htmlRecord(int line) {
      if (!sawHtml) {
        sawHtml = true;
        warning("the text field holds HTML (first at line " + line + "): the text was "
            + "extracted from it, so offsets point into the extracted text");
      }
    }

    private int truncated;
    private int firstTruncated;

    @Override
    public void truncatedRecord(int line) {
      if (truncated++ == 0) {
        firstTruncated = line;
        problems.add(new Problem(display, 0, "texts cut short by NewsAPI (first at line " + line
            + "): the marker '[+N chars]' was taken off; they are excerpts of about 200 "
            + "characters, not articles"));
      }
    }

    String reason() {
      List<String> parts = new ArrayList<>(warnings);
      if (truncated > 0) {
        parts.add(truncated + " record(s) cut short by NewsAPI (first at line " + firstTruncated
            + "): each text ends in '[+N chars]', which was taken off; they are excerpts of "
            + "about 200 characters, not articles");
      }
      if (bad > 0) {
        Problem first = problems.stream().filter(p -> p.line() > 0).findFirst().orElse(null);
        parts.add(bad + " record(s) could not be read"
            + (first == null ? "" : "; first at line " + first.line() + ": " + first.message()));
      }
      return String.join("; ", parts);
    }
  }

  static String formatOf(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "txt", "text" -> "txt";
      case "md", "markdown" -> "md";
      case "html", "htm", "xhtml" -> "html";
      case "jsonl", "ndjson" -> "jsonl";
      case "json" -> "json";
      case "csv", "tsv" -> "csv";
      default -> null;
    };
  }

  private static String stem(String name) {
    name = Gzip.inner(name);
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 0 && dot > 0 ? name.substring(0, dot) : name;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  /** The message of {@code e} for manifest.csv, which names the line when there is one. */
  private static String atLine(BadInputException e) {
    return e.line() > 0 ? "line " + e.line() + ": " + e.getMessage() : e.getMessage();
  }

  /** A file that was read but holds nothing to analyse: skipped, with a problem naming it. */
  private static InputReport noText(String display, String format, TextDecoder.Decoded decoded,
      long bytes, String why) {
    return new InputReport(display, format, InputReport.Status.SKIPPED, why, 0, 0,
        decoded.encoding(), bytes, List.of(new Problem(display, 0, why)));
  }

  /** Why a symbolic link whose target cannot be reached is not read. */
  private static String brokenLink(Path link) {
    try {
      link.toRealPath();
    } catch (java.nio.file.FileSystemException e) {
      String m = String.valueOf(e.getReason());
      if (m.contains("levels of symbolic links") || m.contains("loop")) {
        return "symbolic link loop (not followed)";
      }
    } catch (IOException e) {
      // described below
    }
    String target;
    try {
      target = String.valueOf(Files.readSymbolicLink(link));
    } catch (IOException e) {
      target = "?";
    }
    return "broken symbolic link (its target " + target + " does not exist)";
  }

  private static InputReport failed(String path, String format, String reason) {
    return failed(path, format, reason, new Problem(path, 0, reason));
  }

  private static InputReport failed(String path, String format, String reason, Problem p) {
    return new InputReport(path, format, InputReport.Status.FAILED, reason, 0, 0, "", -1,
        List.of(p));
  }

  private static InputReport skipped(String path, String reason) {
    return new InputReport(path, "", InputReport.Status.SKIPPED, reason, 0, 0, "", -1, List.of());
  }
}
