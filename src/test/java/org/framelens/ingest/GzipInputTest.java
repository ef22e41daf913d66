package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gzip-compressed inputs ({@code .jsonl.gz}, {@code .csv.gz}, {@code .txt.gz}, ...) read as their
 * uncompressed files are, with the same articles and ids; cut-short, damaged, mislabelled and
 * oversized ("zip bomb") files give plain messages and keep what can be kept.
 */
class GzipInputTest {

  @TempDir
  Path dir;

  private static final String JSONL = "{\"id\":\"a\",\"source\":\"X\",\"text\":\"First article.\"}\n"
      + "{\"id\": broken\n"
      + "{\"source\":\"Y\",\"text\":\"No id, so file:line.\"}\n";

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  static byte[] gzip(String s) throws IOException {
    return gzip(s.getBytes(StandardCharsets.UTF_8));
  }

  private record Run(List<InputReport> reports, List<Article> articles) {
  }

  private Run read(Path... files) {
    return read(IngestOptions.defaults(), files);
  }

  private Run read(IngestOptions options, Path... files) {
    List<Article> articles = new ArrayList<>();
    List<String> names = Arrays.stream(files).map(Path::toString).toList();
    return new Run(new Ingestor(options).read(names, articles::add), articles);
  }

  /** What an article is, for comparing two readings (its path differs by the .gz). */
  private static String describe(Article a) {
    return a.id() + " " + a.line() + " " + a.format() + " " + a.metadata() + " " + a.text();
  }

  @Test
  void eachFormatReadsAsItsUncompressedFile() throws IOException {
    String[][] files = {
        {"c.jsonl", JSONL},
        {"d.csv", "id,source,text\nx,Z,\"A CSV article, quoted.\"\ny,Z,Another one.\n"},
        {"e.txt", "A headline\n\nThe body of a plain-text article.\n"},
        {"f.html", "<html><head><title>T</title></head><body><p>An HTML article.</p></body></html>"},
        {"g.json", "{\"title\":\"J\",\"maintext\":\"A news-please article.\"}"},
    };
    for (String[] f : files) {
      Path plain = Files.writeString(dir.resolve(f[0]), f[1]);
      Path sub = Files.createDirectories(dir.resolve("gz-" + f[0]));
      Path gz = Files.write(sub.resolve(f[0] + ".gz"), gzip(f[1]));
      Run a = read(plain);
      Run b = read(gz);
      assertEquals(a.articles().stream().map(GzipInputTest::describe).toList(),
          b.articles().stream().map(GzipInputTest::describe).toList(), f[0]);
      assertTrue(b.articles().size() >= 1, f[0]);
      InputReport ra = a.reports().get(0);
      InputReport rb = b.reports().get(0);
      assertEquals(ra.format(), rb.format(), f[0]);
      assertEquals(ra.status(), rb.status(), f[0]);
      assertEquals(ra.reason(), rb.reason(), f[0]);
      assertEquals(ra.encoding() + ", gzip", rb.encoding(), f[0]);
      assertEquals(Files.size(gz), rb.bytes(), "bytes is the compressed size: " + f[0]);
    }
  }

  @Test
  void concatenatedMembersReadAsOneFile() throws IOException {
    byte[] one = gzip("{\"id\":\"p\",\"text\":\"One.\"}\n");
    byte[] two = gzip("{\"id\":\"q\",\"text\":\"Two.\"}\n");
    byte[] both = Arrays.copyOf(one, one.length + two.length);
    System.arraycopy(two, 0, both, one.length, two.length);
    Run r = read(Files.write(dir.resolve("cat.jsonl.gz"), both));
    assertEquals(List.of("p", "q"), r.articles().stream().map(Article::id).toList());
  }

  @Test
  void truncatedJsonlKeepsTheRecordsBeforeTheCut() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record number ").append(i)
          .append(" of a corpus that was cut short while it was copied.\"}\n");
    }
    byte[] z = gzip(sb.toString());
    Path f = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(z, z.length / 2));
    Run r = read(f);
    InputReport rep = r.reports().get(0);
    assertEquals(InputReport.Status.OK, rep.status());
    assertTrue(rep.articles() > 100 && rep.articles() < 2000, "" + rep.articles());
    assertEquals(rep.articles(), r.articles().size());
    assertTrue(rep.reason().startsWith("the compressed data ends early (a truncated .gz file); "
        + "read up to record " + rep.articles() + ", the rest is lost"), rep.reason());
    for (int i = 0; i < r.articles().size(); i++) {
      assertEquals("r" + i, r.articles().get(i).id());
    }
  }

  @Test
  void truncatedTextKeepsWhatCameBeforeWithAWarning() throws IOException {
    String text = "A headline\n\n" + "The body of an article that goes on. ".repeat(4000);
    byte[] z = gzip(text);
    Path f = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(z, z.length - 100));
    Run r = read(f);
    InputReport rep = r.reports().get(0);
    assertEquals(InputReport.Status.OK, rep.status(), rep.reason());
    assertTrue(rep.reason().startsWith("the compressed data ends early (a truncated .gz file); "
        + "read up to byte "), rep.reason());
    String got = r.articles().get(0).text();
    assertTrue(got.length() > 1000 && text.startsWith(got.strip()), "" + got.length());
  }

  @Test
  void notGzipAtAllIsReadAsUncompressedWithAWarning() throws IOException {
    Path f = Files.writeString(dir.resolve("plain.jsonl.gz"), JSONL);
    Path g = Files.writeString(dir.resolve("plain.txt.gz"), "Not compressed at all.");
    Run r = read(f, g);
    for (InputReport rep : r.reports()) {
      assertEquals(InputReport.Status.OK, rep.status());
      assertTrue(rep.reason().startsWith(Gzip.NOT_GZIP), rep.reason());
      assertEquals("UTF-8", rep.encoding());
    }
    assertEquals(List.of("a", "plain:3", "plain"),
        r.articles().stream().map(Article::id).toList());
  }

  @Test
  void damagedDataFromTheStartFails() throws IOException {
    byte[] z = gzip("Some text that will not survive. ".repeat(100));
    for (int i = 10; i < z.length - 8; i++) {
      z[i] = (byte) 0xff; // the header survives, the deflate stream does not
    }
    Run r = read(Files.write(dir.resolve("bad.txt.gz"), z));
    InputReport rep = r.reports().get(0);
    assertEquals(InputReport.Status.FAILED, rep.status());
    assertTrue(rep.reason().startsWith("damaged gzip data ("), rep.reason());
  }

  @Test
  void decompressingPastTheLimitFailsWithoutHoldingIt() throws IOException {
    // 40 MB of spaces compress to about 40 KB: over a 1 MB limit
    byte[] z = gzip(("Text. " + " ".repeat(1 << 20)).repeat(40));
    Path f = Files.write(dir.resolve("bomb.txt.gz"), z);
    IngestOptions small = new IngestOptions(FieldMapping.defaults(), MetadataOverrides.none(),
        1 << 20);
    Run r = read(small, f);
    InputReport rep = r.reports().get(0);
    assertEquals(InputReport.Status.FAILED, rep.status());
    assertEquals("too large once decompressed (over 1048576 bytes, the limit)", rep.reason());
    assertThrows(Gzip.TooLarge.class, () -> Gzip.readAll(f, 1 << 20));
  }

  @Test
  void otherCompressionAndArchivesAreNamed() throws IOException {
    Path zip = Files.write(dir.resolve("corpus.zip"), new byte[] {'P', 'K', 3, 4});
    Path tgz = Files.write(dir.resolve("corpus.tar.gz"), gzip("x"));
    Path bz2 = Files.write(dir.resolve("corpus.jsonl.bz2"), new byte[] {'B', 'Z', 'h'});
    Path odd = Files.write(dir.resolve("notes.gz"), gzip("x"));
    Run r = read(zip, tgz, bz2, odd);
    assertEquals("a ZIP archive (.zip): decompress it first; FrameLens reads .gz files itself",
        r.reports().get(0).reason());
    assertEquals("a tar archive (.tar.gz): decompress it first; FrameLens reads .gz files itself",
        r.reports().get(1).reason());
    assertEquals("a bzip2-compressed file (.bz2): decompress it first; FrameLens reads .gz "
        + "files itself", r.reports().get(2).reason());
    assertTrue(r.reports().get(3).reason().startsWith("unsupported file type .gz (supported: "),
        r.reports().get(3).reason());
    for (InputReport rep : r.reports()) {
      assertEquals(InputReport.Status.FAILED, rep.status(), "given by name: failed");
    }
  }

  @Test
  void streamedLineOverTheLimitIsABadRecordNotHeld() throws IOException {
    String text = "{\"id\":\"a\",\"text\":\"Before.\"}\n"
        + "{\"id\":\"b\",\"text\":\"" + "x".repeat(5000) + "\"}\n"
        + "{\"id\":\"c\",\"text\":\"After.\"}";
    JsonlStreamTest.Recorder rec = new JsonlStreamTest.Recorder();
    JsonlReader.stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "f.jsonl", "f", FieldMapping.defaults(), rec, 1000);
    assertEquals(List.of("article a line 1 : Before.", "bad 2: line longer than 1000 bytes, "
        + "not read", "article c line 3 : After."), rec.events);
    // a too-long last line without a newline is a bad record too
    JsonlStreamTest.Recorder last = new JsonlStreamTest.Recorder();
    JsonlReader.stream(new ByteArrayInputStream(("{\"id\":\"a\",\"text\":\"A.\"}\n"
        + "y".repeat(3000)).getBytes(StandardCharsets.UTF_8)), "f.jsonl", "f",
        FieldMapping.defaults(), last, 1000);
    assertEquals(List.of("article a line 1 : A.", "bad 2: line longer than 1000 bytes, "
        + "not read"), last.events);
  }

  @Test
  void idsMatchTheUncompressedFile() throws IOException {
    Path plain = Files.writeString(dir.resolve("same.jsonl"), JSONL);
    Path sub = Files.createDirectories(dir.resolve("z"));
    Path gz = Files.write(sub.resolve("same.jsonl.gz"), gzip(JSONL));
    assertArrayEquals(read(plain).articles().stream().map(Article::id).toArray(),
        read(gz).articles().stream().map(Article::id).toArray());
    assertEquals("same:3", read(gz).articles().get(1).id());
  }
}
