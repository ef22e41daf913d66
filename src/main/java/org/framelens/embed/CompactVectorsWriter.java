package org.framelens.embed;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the compact model store (see {@link CompactVectors}). The store is written into a
 * temporary directory beside the target and renamed into place at the end, and
 * {@code model.properties} is its last file, so an interrupted conversion never leaves a model
 * that looks complete.
 */
public final class CompactVectorsWriter {

  /** Supplies row {@code i} of the matrix into {@code out}. */
  @FunctionalInterface
  public interface Rows {
    void row(int i, float[] out) throws IOException;
  }

  private CompactVectorsWriter() {
  }

  /**
   * The files a model directory holds (with the licence files {@code scripts/fetch-model} copies
   * beside the default model); a directory with anything else is not replaced.
   */
  static final List<String> MODEL_FILES = List.of(CompactVectors.PROPERTIES, CompactVectors.VOCAB,
      CompactVectors.VECTORS, CompactVectors.NORMS, "LICENSE.wink", "ACKNOWLEDGEMENT.wink.md");

  /**
   * Why {@code dir} may not be replaced by a model, if it may not: an empty path, a file, or a
   * directory holding anything other than a model's files (writing a model replaces the whole
   * directory, so {@code --out .} or {@code --out corpus} would otherwise delete it). A missing
   * path, an empty directory and an earlier model are fine.
   */
  public static Optional<String> refusal(Path dir) throws IOException {
    if (dir.toString().isBlank()) {
      return Optional.of("the model directory is empty (an unset variable?); give a "
          + "path such as models/my-domain");
    }
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(dir + " exists and is not a directory; a model is a "
          + "directory: choose another path");
    }
    try (Stream<Path> s = Files.list(dir)) {
      Optional<String> other = s.map(p -> p.getFileName().toString())
          .filter(n -> !MODEL_FILES.contains(n)).sorted().findFirst();
      if (other.isPresent()) {
        return Optional.of(dir + " holds files that are not part of a FrameLens model ("
            + dir.resolve(other.get()) + "); writing the model would replace the whole "
            + "directory: choose another path, or an empty or new directory");
      }
    }
    return Optional.empty();
  }

  /**
   * Writes a model.
   *
   * @param template name, description, licence, provenance and frequency order; its
   *                 dimensions, words and checksum are replaced by the real ones
   * @return the info as written
   * @throws ModelException when {@code dir} may not be replaced (see {@link #refusal})
   */
  public static ModelInfo write(Path dir, ModelInfo template, List<String> words, int dimensions,
      Rows rows) throws IOException, ModelException {
    Optional<String> refusal = refusal(dir);
    if (refusal.isPresent()) {
      throw new ModelException("cannot write the model: " + refusal.get());
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.isEmpty() || w.indexOf('\n') >= 0 || w.indexOf('\r') >= 0) {
        throw new ModelException("word " + (i + 1) + " of the model is empty or contains a line "
            + "break; cannot store it");
      }
    }
    Path parent = dir.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".");
    try {
      Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions
          .fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the default permissions
    }
    try {
      Files.write(tmp.resolve(CompactVectors.VOCAB), (String.join("\n", words) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      float[] row = new float[dimensions];
      ByteBuffer buf = ByteBuffer.allocate(dimensions * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      ByteBuffer normBuf = ByteBuffer.allocate(words.size() * Float.BYTES)
          .order(ByteOrder.LITTLE_ENDIAN);
      try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(
          Files.newOutputStream(tmp.resolve(CompactVectors.VECTORS)), 1 << 20), sha)) {
        for (int i = 0; i < words.size(); i++) {
          java.util.Arrays.fill(row, 0f);
          rows.row(i, row);
          buf.clear();
          double norm = 0;
          for (float f : row) {
            buf.putFloat(f);
            norm += (double) f * f;
          }
          out.write(buf.array());
          normBuf.putFloat((float) Math.sqrt(norm));
        }
      }
      Files.write(tmp.resolve(CompactVectors.NORMS), normBuf.array());
      ModelInfo info = new ModelInfo(template.name(), dimensions, words.size(),
          template.description(), template.licence(), template.provenance(),
          "sha256:" + HexFormat.of().formatHex(sha.digest()), template.frequencyOrdered());
      try (Writer w = Files.newBufferedWriter(tmp.resolve(CompactVectors.PROPERTIES),
          StandardCharsets.ISO_8859_1)) {
        info.write(w);
      }
      if (Files.exists(dir)) {
        deleteTree(dir);
      }
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      return info;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (Files.exists(tmp)) {
        deleteTree(tmp);
      }
    }
  }

  static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
