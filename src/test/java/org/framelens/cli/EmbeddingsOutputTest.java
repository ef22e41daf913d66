package org.framelens.cli;

import static org.framelens.cli.CliRun.assumeDefaultModel;
import static org.framelens.cli.CliRun.csvRows;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.framelens.analyze.Sentence;
import org.framelens.cli.CliRun.Result;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.DefaultModel;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.embed.SentenceEmbeddings;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze seeds --embeddings FILE.npy} on the real default model (skipped when it is not
 * converted): the .npy format, parsed here without NumPy; the row index against sentences.csv;
 * the common-component removal; the OOV rates; and byte-identical output across runs.
 */
class EmbeddingsOutputTest {

  @TempDir
  Path tmp;

  /** A parsed .npy file: its shape and its float32 rows. */
  private record Npy(int rows, int cols, float[][] data) {
  }

  private static final Pattern SHAPE = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)");

  /** Parses a .npy v1.0 file of little-endian float32 in C order, checking its header. */
  private static Npy readNpy(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertTrue(bytes.length >= 10, "too short for a .npy header");
    assertEquals((byte) 0x93, b.get(), "magic byte");
    byte[] magic = new byte[5];
    b.get(magic);
    assertEquals("NUMPY", new String(magic, StandardCharsets.US_ASCII));
    assertEquals(1, b.get(), "major version");
    assertEquals(0, b.get(), "minor version");
    int headerLen = Short.toUnsignedInt(b.getShort());
    int dataStart = 10 + headerLen;
    assertEquals(0, dataStart % 64, "data starts at a multiple of 64, not " + dataStart);
    String header = new String(bytes, 10, headerLen, StandardCharsets.US_ASCII);
    assertTrue(header.endsWith("\n"), "header ends with a newline");
    assertTrue(header.startsWith("{") && header.trim().endsWith("}"), header);
    assertTrue(header.contains("'descr': '<f4'"), header);
    assertTrue(header.contains("'fortran_order': False"), header);
    Matcher m = SHAPE.matcher(header);
    assertTrue(m.find(), "a 2-d shape in " + header);
    int rows = Integer.parseInt(m.group(1));
    int cols = Integer.parseInt(m.group(2));
    assertEquals((long) dataStart + (long) rows * cols * Float.BYTES, bytes.length,
        "file size is header + rows × cols × 4");
    float[][] data = new float[rows][cols];
    b.position(dataStart);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        data[r][c] = b.getFloat();
      }
    }
    return new Npy(rows, cols, data);
  }

  private static double dot(float[] a, double[] u) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * u[i];
    }
    return s;
  }

  private static double norm(float[] a) {
    double s = 0;
    for (float x : a) {
      s += (double) x * x;
    }
    return Math.sqrt(s);
  }

  /** The unit top eigenvector of XᵀX by power iteration. */
  private static double[] topComponent(List<float[]> rows, int dim) {
    double[][] gram = new double[dim][dim];
    for (float[] v : rows) {
      for (int i = 0; i < dim; i++) {
        for (int j = 0; j < dim; j++) {
          gram[i][j] += (double) v[i] * v[j];
        }
      }
    }
    double[] u = new double[dim];
    // a start that is not the writer's (all equal), so the test does not share its bias
    for (int i = 0; i < dim; i++) {
      u[i] = 1.0 + 0.01 * i;
    }
    for (int iter = 0; iter < 2000; iter++) {
      double[] next = new double[dim];
      for (int i = 0; i < dim; i++) {
        for (int j = 0; j < dim; j++) {
          next[i] += gram[i][j] * u[j];
        }
      }
      double n = 0;
      for (double x : next) {
        n += x * x;
      }
      n = Math.sqrt(n);
      for (int i = 0; i < dim; i++) {
        next[i] /= n;
      }
      u = next;
    }
    return u;
  }

  /** Mean |cos(row, u)| over the non-zero rows. */
  private static double meanAbsCos(List<float[]> rows, double[] u) {
    double sum = 0;
    int n = 0;
    for (float[] v : rows) {
      double nv = norm(v);
      if (nv == 0) {
        continue;
      }
      sum += Math.abs(dot(v, u)) / nv;
      n++;
    }
    assertTrue(n > 0, "some non-zero rows");
    return sum / n;
  }

  /**
   * The index's {@code article_id} is written as in {@code sentences.csv} (formula-neutralised,
   * or exact with {@code --raw-csv}), so the two join (hunt 5, F1).
   */
  @Test
  void theIndexJoinsSentencesCsvWhateverTheIds() throws Exception {
    assumeDefaultModel();
    Path in = Files.writeString(tmp.resolve("ids.jsonl"), "{\"id\": -5, \"source\": \"S\", "
        + "\"text\": \"Officials said the drills were defensive. The regime lied.\"}\n"
        + "{\"id\": \"=A1\", \"source\": \"S\", \"text\": \"Officials said nothing. The "
        + "regime lied again.\"}\n{\"id\": \"@x\", \"source\": \"S\", \"text\": \"The "
        + "troops left.\"}\n", StandardCharsets.UTF_8);
    for (boolean raw : new boolean[] {false, true}) {
      Path out = tmp.resolve("ids" + raw);
      Path npy = out.resolve("v.npy");
      List<String> args = new ArrayList<>(List.of("analyze", in.toString(), "--out",
          out.toString(), "--embeddings", npy.toString(), "--quiet"));
      if (raw) {
        args.add("--raw-csv");
      }
      Result r = run(args.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      List<String> keys = new ArrayList<>();
      for (CSVRecord s : csvRows(out.resolve("sentences.csv"))) {
        keys.add(s.get("article_id") + "#" + s.get("sentence_index"));
      }
      List<String> index = new ArrayList<>();
      for (CSVRecord x : csvRows(out.resolve("v.index.csv"))) {
        index.add(x.get("article_id") + "#" + x.get("sentence_index"));
      }
      assertEquals(keys, index, "the index joins sentences.csv" + (raw ? " (--raw-csv)" : ""));
      assertEquals(raw ? List.of("-5#0", "-5#1", "=A1#0", "=A1#1", "@x#0")
          : List.of("-5#0", "-5#1", "'=A1#0", "'=A1#1", "'@x#0"), index);
    }
  }

  @Test
  void npyFileIndexAndCommonComponent() throws Exception {
    assumeDefaultModel();
    Path out = tmp.resolve("r1");
    Path npyPath = out.resolve("vectors.npy");
    Result r = run("analyze", "seeds", "--out", out.toString(), "--embeddings", npyPath.toString(),
        "--quiet");
    assertEquals(0, r.code(), r.err());

    // the .npy
    Npy npy = readNpy(npyPath);
    List<CSVRecord> sentences = csvRows(out.resolve("sentences.csv"));
    assertTrue(sentences.size() > 50, "the seeds have about a hundred sentences");
    assertEquals(sentences.size(), npy.rows(), "one row per sentence in sentences.csv");
    assertEquals(100, npy.cols());

    // the row index beside it
    Path indexPath = out.resolve("vectors.index.csv");
    assertTrue(Files.isRegularFile(indexPath));
    List<CSVRecord> index = csvRows(indexPath);
    assertEquals(sentences.size(), index.size());
    for (int i = 0; i < index.size(); i++) {
      CSVRecord x = index.get(i);
      CSVRecord s = sentences.get(i);
      assertEquals(Integer.toString(i), x.get("row"));
      for (String col : List.of("article_id", "sentence_index", "start", "end")) {
        assertEquals(s.get(col), x.get(col), col + " of row " + i);
      }
    }
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
          .toList(), "no temporary files left");
    }

    // the common component: recompute the SIF vectors before removal with the Java API
    CompactVectors model = CompactVectors.load(DefaultModel.directory());
    Map<String, float[]> before = new HashMap<>();
    Pipeline.defaults(IngestOptions.defaults(), new SentenceEmbedder(model), null)
        .run(List.of("seeds"), result -> {
          SentenceEmbeddings e = result.embeddings();
          for (Sentence s : result.analyzed().sentences()) {
            before.put(result.analyzed().article().id() + "#" + s.index(), e.vector(s.index()));
          }
        });
    List<float[]> raw = new ArrayList<>();
    for (CSVRecord x : index) {
      float[] v = before.get(x.get("article_id") + "#" + x.get("sentence_index"));
      assertTrue(v != null, "sentence " + x.get("article_id") + "#" + x.get("sentence_index"));
      raw.add(v);
    }
    List<float[]> written = List.of(npy.data());
    double[] u = topComponent(raw, npy.cols());
    double rawCos = meanAbsCos(raw, u);
    double writtenCos = meanAbsCos(written, u);
    assertTrue(rawCos > 0.2, "the SIF vectors share a common component (mean |cos| " + rawCos
        + "), so the check below is not vacuous");
    assertTrue(writtenCos < 0.05, "rows are orthogonal to the common component after removal: "
        + "mean |cos| " + writtenCos);
    // and the removal is exactly the projection: written = raw - (raw·u) u
    for (int i = 0; i < raw.size(); i++) {
      float[] v = raw.get(i);
      double p = dot(v, u);
      for (int d = 0; d < v.length; d++) {
        assertEquals(v[d] - p * u[d], written.get(i)[d], 1e-4,
            "row " + i + " dimension " + d);
      }
    }

    // OOV rates
    assertTrue(sentences.get(0).isMapped("oov_rate"), "sentences.csv has an oov_rate column");
    double sum = 0;
    int n = 0;
    for (CSVRecord s : sentences) {
      String v = s.get("oov_rate");
      if (v.isEmpty()) {
        assertEquals("0", s.get("words"), "only a sentence without words has no OOV rate");
        continue;
      }
      double rate = Double.parseDouble(v);
      assertTrue(rate >= 0 && rate <= 1, "oov_rate " + v);
      sum += rate;
      n++;
    }
    assertTrue(n > 0);
    assertTrue(sum / n < 0.05, "mean OOV rate on the seeds " + sum / n);
  }

  @Test
  void twoRunsGiveByteIdenticalFiles() throws Exception {
    assumeDefaultModel();
    List<byte[]> npys = new ArrayList<>();
    List<byte[]> indexes = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      Path out = tmp.resolve(name);
      Path npyPath = out.resolve("vectors.npy");
      Result r = run("analyze", "seeds", "--out", out.toString(), "--embeddings",
          npyPath.toString(), "--quiet");
      assertEquals(0, r.code(), r.err());
      npys.add(Files.readAllBytes(npyPath));
      indexes.add(Files.readAllBytes(out.resolve("vectors.index.csv")));
    }
    assertArrayEquals(npys.get(0), npys.get(1), ".npy files differ between runs");
    assertArrayEquals(indexes.get(0), indexes.get(1), "index files differ between runs");
  }

  @Test
  void noEmbeddingsWithEmbeddingsIsAUsageError() {
    Path out = tmp.resolve("r");
    Path npy = tmp.resolve("x.npy");
    Result r = run("analyze", "seeds", "--no-embeddings", "--embeddings", npy.toString(),
        "--out", out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--embeddings"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(npy), "no .npy written");
    assertFalse(Files.exists(out), "no reports written");
  }
}
