package org.framelens.embed;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a compact model is: the content of its {@code model.properties}.
 *
 * @param name        short name, such as {@code glove-6b-100d}
 * @param dimensions  vector length
 * @param words       vocabulary size (rows)
 * @param description what the vectors are and where they come from
 * @param licence     the vectors' licence
 * @param provenance  how this copy was made (package, version, integrity, converter)
 * @param checksum    {@code sha256:} of {@code vectors.f32}
 * @param frequencyOrdered whether row order is descending corpus frequency (SIF weights rely on it)
 */
public record ModelInfo(String name, int dimensions, int words, String description, String licence,
    String provenance, String checksum, boolean frequencyOrdered) {

  public static final String FORMAT = "framelens-vectors-1";

  /** Descriptive fields for a model about to be written (sizes and checksum filled in then). */
  public static ModelInfo template(String name, String description, String licence,
      String provenance, boolean frequencyOrdered) {
    return new ModelInfo(name, 0, 0, description, licence, provenance, "", frequencyOrdered);
  }

  void write(Writer w) throws IOException {
    // sorted keys and no date comment, so the file is reproducible
    TreeMap<String, String> m = new TreeMap<>();
    m.put("format", FORMAT);
    m.put("name", name);
    m.put("dimensions", Integer.toString(dimensions));
    m.put("words", Integer.toString(words));
    m.put("description", description);
    m.put("licence", licence);
    m.put("provenance", provenance);
    m.put("checksum", checksum);
    m.put("frequency_ordered", Boolean.toString(frequencyOrdered));
    for (var e : m.entrySet()) {
      w.write(e.getKey() + "=" + escape(e.getValue()) + "\n");
    }
  }

  static ModelInfo read(Reader r, String where) throws ModelException {
    Properties p = new Properties();
    try {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new ModelException(where + " is not a readable properties file: " + e.getMessage());
    }
    String format = p.getProperty("format");
    if (!FORMAT.equals(format)) {
      throw new ModelException(where + " has format '" + format + "', expected '" + FORMAT + "'");
    }
    try {
      return new ModelInfo(p.getProperty("name", ""), Integer.parseInt(p.getProperty("dimensions")),
          Integer.parseInt(p.getProperty("words")), p.getProperty("description", ""),
          p.getProperty("licence", ""), p.getProperty("provenance", ""),
          p.getProperty("checksum", ""), Boolean.parseBoolean(p.getProperty("frequency_ordered")));
    } catch (NumberFormatException | NullPointerException e) {
      throw new ModelException(where + " lacks valid 'dimensions' and 'words' entries");
    }
  }

  private static String escape(String v) {
    StringBuilder b = new StringBuilder();
    for (char c : v.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case ':', '=', '#', '!' -> b.append('\\').append(c);
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
