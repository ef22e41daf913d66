package org.framelens.embed;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The compact model store, read in plain Java: a directory with {@code model.properties},
 * {@code vocab.txt} (UTF-8, one word per line, row order), {@code vectors.f32} (little-endian
 * float32, row-major, words × dimensions) and {@code norms.f32} (one float32 norm per row).
 * The matrix is memory-mapped, so loading costs only the vocabulary index (about 0.2 s for
 * 341,479 words) and the operating system shares the pages between runs.
 */
public final class CompactVectors implements WordVectors {

  public static final String PROPERTIES = "model.properties";
  public static final String VOCAB = "vocab.txt";
  public static final String VECTORS = "vectors.f32";
  public static final String NORMS = "norms.f32";

  private final ModelInfo info;
  private final int dim;
  private final WordIndex index;
  private final FloatBuffer matrix;
  private final float[] norms;

  private CompactVectors(ModelInfo info, WordIndex index, FloatBuffer matrix, float[] norms) {
    this.info = info;
    this.dim = info.dimensions();
    this.index = index;
    this.matrix = matrix;
    this.norms = norms;
  }

  /** Whether {@code dir} looks like a compact model (has a model.properties). */
  public static boolean isModelDirectory(Path dir) {
    return Files.isRegularFile(dir.resolve(PROPERTIES));
  }

  /**
   * Loads and checks a compact model: sizes of every file must agree with the properties.
   *
   * @throws ModelException naming the file that is missing, truncated or inconsistent
   */
  public static CompactVectors load(Path dir) throws ModelException {
    Path props = dir.resolve(PROPERTIES);
    if (!Files.isRegularFile(props)) {
      throw new ModelException("no model at " + dir + " (" + PROPERTIES + " is missing)");
    }
    ModelInfo info;
    try (Reader r = Files.newBufferedReader(props, StandardCharsets.ISO_8859_1)) {
      info = ModelInfo.read(r, props.toString());
    } catch (IOException e) {
      throw new ModelException("cannot read " + props + ": " + e.getMessage());
    }
    if (info.dimensions() <= 0 || info.words() <= 0) {
      throw new ModelException(props + " declares " + info.words() + " words of "
          + info.dimensions() + " dimensions");
    }
    long expected = (long) info.words() * info.dimensions() * Float.BYTES;
    Path vec = dir.resolve(VECTORS);
    Path nrm = dir.resolve(NORMS);
    checkSize(vec, expected, info);
    checkSize(nrm, (long) info.words() * Float.BYTES, info);
    WordIndex index = readVocab(dir.resolve(VOCAB), info.words());
    try (FileChannel ch = FileChannel.open(vec, StandardOpenOption.READ);
        FileChannel nc = FileChannel.open(nrm, StandardOpenOption.READ)) {
      if (expected > Integer.MAX_VALUE) {
        throw new ModelException(vec + " is larger than 2 GB; models up to 2 GB of vectors are "
            + "supported (e.g. 5M words of 100 dimensions)");
      }
      MappedByteBuffer mb = ch.map(FileChannel.MapMode.READ_ONLY, 0, expected);
      FloatBuffer matrix = mb.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
      float[] norms = new float[info.words()];
      nc.map(FileChannel.MapMode.READ_ONLY, 0, (long) info.words() * Float.BYTES)
          .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(norms);
      return new CompactVectors(info, index, matrix, norms);
    } catch (IOException e) {
      throw new ModelException("cannot map " + vec + ": " + e.getMessage());
    }
  }

  private static void checkSize(Path f, long expected, ModelInfo info) throws ModelException {
    long size;
    try {
      size = Files.size(f);
    } catch (IOException e) {
      throw new ModelException("model file " + f + " is missing or unreadable; convert the model "
          + "again (see models/README.md)");
    }
    if (size != expected) {
      throw new ModelException("model file " + f + " has " + size + " bytes, expected " + expected
          + " for " + info.words() + " words × " + info.dimensions() + " dimensions: it is "
          + (size < expected ? "truncated" : "corrupted") + "; convert the model again");
    }
  }

  /**
   * Reads the vocabulary straight into a char array (decoded once, not via a String) and finds
   * the lines in it: for the default model, 2.9 MB and 341,479 lines, read at every start.
   */
  private static WordIndex readVocab(Path f, int expected) throws ModelException {
    CharBuffer decoded;
    try {
      decoded = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(f)));
    } catch (IOException e) {
      throw new ModelException("vocabulary " + f + " is missing or not UTF-8: " + e.getMessage());
    }
    char[] text = decoded.array();
    int length = decoded.limit();
    int[] starts = new int[expected + 1];
    int n = lineStarts(text, length, starts);
    if (n > expected) {
      throw new ModelException("vocabulary " + f + " has more than the " + expected
          + " words declared in " + PROPERTIES);
    }
    if (starts[n] < length) {
      throw new ModelException("vocabulary " + f + " does not end with a line break after word "
          + n + ": it is truncated or corrupted");
    }
    if (n != expected) {
      throw new ModelException("vocabulary " + f + " has " + n + " lines, expected " + expected
          + ": it is truncated or corrupted");
    }
    return new WordIndex(text, starts);
  }

  /**
   * Records in {@code starts[1..]} where each line of {@code text[0, length)} after the first
   * begins, up to {@code starts.length - 1} lines; returns the number of line breaks found, or
   * {@code starts.length} when there are more.
   */
  private static int lineStarts(char[] text, int length, int[] starts) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      if (text[i] == '\n') {
        if (n == starts.length - 1) {
          return starts.length;
        }
        starts[++n] = i + 1;
      }
    }
    return n;
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public int dimensions() {
    return dim;
  }

  @Override
  public int size() {
    return index.size();
  }

  @Override
  public int index(String word) {
    return index.find(word, 0, word.length(), false);
  }

  @Override
  public int find(CharSequence text, int from, int to) {
    return index.find(text, from, to, true);
  }

  @Override
  public int find(CharSequence text, int from, int to, char[] scratch) {
    return index.find(text, from, to, true, scratch);
  }

  @Override
  public String word(int row) {
    return index.word(row);
  }

  @Override
  public float get(int row, int d) {
    return matrix.get(row * dim + d);
  }

  @Override
  public void addTo(int row, float weight, float[] acc) {
    float[] v = ROW.get();
    if (v.length != dim) {
      v = new float[dim];
      ROW.set(v);
    }
    addTo(row, weight, acc, v);
  }

  @Override
  public void addTo(int row, float weight, float[] acc, float[] scratch) {
    matrix.get(row * dim, scratch, 0, dim);
    for (int d = 0; d < dim; d++) {
      acc[d] += weight * scratch[d];
    }
  }

  private static final ThreadLocal<float[]> ROW = ThreadLocal.withInitial(() -> new float[0]);

  @Override
  public float dot(int row, float[] v) {
    float[] r = ROW.get();
    if (r.length != dim) {
      r = new float[dim];
      ROW.set(r);
    }
    matrix.get(row * dim, r, 0, dim);
    float s = 0;
    for (int d = 0; d < dim; d++) {
      s += r[d] * v[d];
    }
    return s;
  }

  @Override
  public void copyRows(int first, int n, float[] dst) {
    matrix.get(first * dim, dst, 0, n * dim);
  }

  @Override
  public float norm(int row) {
    return norms[row];
  }
}
