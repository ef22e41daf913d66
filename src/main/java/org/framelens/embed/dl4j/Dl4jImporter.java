package org.framelens.embed.dl4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.deeplearning4j.models.embeddings.loader.WordVectorSerializer;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.CompactVectorsWriter;
import org.framelens.embed.ModelException;
import org.framelens.embed.ModelInfo;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Imports a word2vec text or binary, GloVe text or fastText {@code .vec} model through
 * Deeplearning4j's {@link WordVectorSerializer} and converts it once into the compact store,
 * cached under {@code cacheRoot/imported/<sha256 prefix>}: the same file is never imported twice.
 * Text files are checked first (every line must have the same dimension) so that a malformed
 * model gives a clear error with its line number instead of a DL4J exception.
 */
public final class Dl4jImporter {

  /**
   * Deeplearning4j's serializer logs each failed guess at a file's format with a stack trace
   * (and the file's bytes) before it throws; FrameLens reports the failure itself in one line,
   * so that logger is off unless the user set its level. Set before the class is first used,
   * when slf4j-simple reads the level of its logger.
   */
  static final String SERIALIZER_LOG_LEVEL = "org.slf4j.simpleLogger.log."
      + "org.deeplearning4j.models.embeddings.loader.WordVectorSerializer";

  static {
    if (System.getProperty(SERIALIZER_LOG_LEVEL) == null) {
      System.setProperty(SERIALIZER_LOG_LEVEL, "off");
    }
  }

  private Dl4jImporter() {
  }

  /** The compact store for {@code model}, importing and converting it if not cached yet. */
  public static Path importModel(Path model, Path cacheRoot) throws ModelException {
    if (!Files.isRegularFile(model)) {
      throw new ModelException("model file " + model + " does not exist or is not a file");
    }
    String sha = sha256(model);
    Path dir = cacheRoot.resolve("imported").resolve(sha.substring(0, 16));
    if (CompactVectors.isModelDirectory(dir)) {
      return dir;
    }
    boolean binary = isBinary(model);
    if (binary) {
      checkBinaryHeader(model);
    } else {
      checkTextModel(model);
    }
    Word2Vec w2v;
    try {
      w2v = WordVectorSerializer.readWord2VecModel(model.toFile(), false);
    } catch (RuntimeException | OutOfMemoryError e) {
      throw new ModelException("cannot import " + model + " as a word2vec/GloVe model: "
          + reason(e), e);
    }
    int n = w2v.getVocab().numWords();
    INDArray syn0 = w2v.lookupTable().getWeights();
    if (n == 0 || syn0 == null || syn0.rows() < n) {
      throw new ModelException("cannot import " + model + ": no word vectors found in it");
    }
    int dim = (int) syn0.columns();
    float[] matrix = syn0.dup('c').data().asFloat();
    List<String> words = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      words.add(w2v.getVocab().wordAtIndex(i));
    }
    for (float f : matrix) {
      if (!Float.isFinite(f)) {
        throw new ModelException("cannot import " + model + ": it contains NaN or infinite values");
      }
    }
    ModelInfo template = ModelInfo.template(stem(model),
        "word vectors imported from " + model.getFileName() + " (" + (binary ? "binary" : "text")
            + " word2vec/GloVe format)", "as of the source file " + model.getFileName(),
        "imported with Deeplearning4j WordVectorSerializer from " + model.getFileName()
            + " (sha256:" + sha + ")", true);
    try {
      CompactVectorsWriter.write(dir, template, words, dim,
          (i, out) -> System.arraycopy(matrix, i * dim, out, 0, dim));
    } catch (IOException e) {
      throw new ModelException("cannot write the converted model to " + dir + ": " + e.getMessage());
    }
    return dir;
  }

  /** Word2vec binary files have a text header line, then raw floats. */
  static boolean isBinary(Path model) throws ModelException {
    try (InputStream in = open(model)) {
      byte[] head = in.readNBytes(4096);
      int nl = 0;
      for (int i = 0; i < head.length; i++) {
        int b = head[i] & 0xFF;
        if (b == '\n') {
          nl++;
        } else if (b == 0 && nl >= 1) {
          return true;
        }
      }
      int controls = 0;
      for (byte b : head) {
        int c = b & 0xFF;
        if (c < 0x09 || (c > 0x0d && c < 0x20)) {
          controls++;
        }
      }
      return controls > head.length / 20;
    } catch (IOException e) {
      throw new ModelException("cannot read model file " + model + ": " + e.getMessage());
    }
  }

  /**
   * A word2vec binary file starts with a text line {@code <words> <dimensions>}: anything else
   * (a random or compressed file, an image) is refused before Deeplearning4j guesses at it.
   */
  static void checkBinaryHeader(Path model) throws ModelException {
    byte[] head;
    try (InputStream in = open(model)) {
      head = in.readNBytes(64);
    } catch (IOException e) {
      throw new ModelException("cannot read model file " + model + ": " + e.getMessage());
    }
    int nl = 0;
    while (nl < head.length && head[nl] != '\n') {
      nl++;
    }
    String first = new String(head, 0, nl, StandardCharsets.ISO_8859_1).strip();
    if (nl == head.length || !first.matches("[1-9]\\d{0,9} [1-9]\\d{0,5}")) {
      throw new ModelException("cannot import " + model + ": it is not a word-vector model (a "
          + "binary file that does not start with the word2vec header line '<words> "
          + "<dimensions>'; the text formats are word2vec, GloVe and fastText .vec)");
    }
  }

  /** Every data line of a text model must be a word and the same number of numbers. */
  static void checkTextModel(Path model) throws ModelException {
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(open(model),
        StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      int dim = -1;
      int declared = -1;
      int declaredWords = -1;
      int rows = 0;
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.strip().split(" ");
        if (lineNo == 1 && f.length == 2 && isInt(f[0]) && isInt(f[1])) {
          declared = Integer.parseInt(f[1]);
          declaredWords = Integer.parseInt(f[0]);
          continue;
        }
        int d = f.length - 1;
        if (d < 1) {
          throw new ModelException(model + ":" + lineNo + ": expected a word and its vector");
        }
        for (int k = 1; k < f.length; k++) {
          try {
            Float.parseFloat(f[k]);
          } catch (NumberFormatException e) {
            throw new ModelException(model + ":" + lineNo + ": '" + f[k] + "' is not a number");
          }
        }
        if (dim < 0) {
          dim = d;
          if (declared > 0 && declared != d) {
            throw new ModelException(model + ":" + lineNo + ": header declares " + declared
                + " dimensions but the vector has " + d);
          }
        } else if (d != dim) {
          throw new ModelException(model + ":" + lineNo + ": vector has " + d
              + " dimensions, earlier lines have " + dim + " (wrong dimension or truncated file)");
        }
        Integer first = seen.putIfAbsent(f[0], lineNo);
        if (first != null) {
          throw new ModelException(model + ":" + lineNo + ": the word '" + f[0] + "' is given "
              + "twice (first on line " + first + "); a model gives each word one vector");
        }
        rows++;
      }
      if (rows == 0) {
        throw new ModelException(model + " holds no word vectors");
      }
      if (declaredWords >= 0 && rows != declaredWords) {
        throw new ModelException(model + ": header declares " + declaredWords + " words but the "
            + "file has " + rows + " (truncated?)");
      }
    } catch (IOException e) {
      throw new ModelException("cannot read model file " + model + ": " + e.getMessage());
    }
  }

  private static InputStream open(Path p) throws IOException {
    InputStream in = Files.newInputStream(p);
    return p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  private static boolean isInt(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  static String sha256(Path p) throws ModelException {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 20];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new ModelException("cannot read model file " + p + ": " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.indexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /**
   * Why Deeplearning4j failed, in one line, for a FrameLens user: its first line, without its
   * advice to "use corresponding loader directly" (which only a programmer can follow) and
   * without control characters or bytes of the file it may quote.
   */
  static String reason(Throwable e) {
    String m = firstLine(e).replaceAll("\\.?\\s*Please use corresponding loader directly\\.?",
        "");
    if (m.startsWith("Unable to guess input file format")) {
      m = "Deeplearning4j cannot tell its format (word2vec text or binary, GloVe, fastText .vec)";
    }
    StringBuilder b = new StringBuilder();
    m.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0xFFFD
        ? '?' : c));
    String out = b.toString().strip();
    return out.length() > 200 ? out.substring(0, 200) + "…" : out;
  }

  static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl >= 0 ? m.substring(0, nl) : m;
  }
}
