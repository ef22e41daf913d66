package org.framelens.axes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The axes of a run, from {@code lexicons/axes.tsv} or {@code --axes FILE}: columns
 * {@code axis_id, pole_a, words_a, pole_b, words_b, description} (words space-separated,
 * {@code #} comments). Errors name the file and line.
 */
public final class AxisSet {

  private AxisSet() {
  }

  public static List<Axis> bundled() {
    try (InputStream in = AxisSet.class.getResourceAsStream("/lexicons/axes.tsv")) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "axes.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Axis> load(Path file) throws IOException {
    return parse(new java.io.StringReader(
        org.framelens.ingest.TextDecoder.readUtf8(file, file.toString())), file.toString());
  }

  public static List<Axis> parse(Reader reader, String name) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<Axis> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean header = false;
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!header) {
        if (!line.startsWith("axis_id\t")) {
          throw new IllegalArgumentException(name + ":" + no + ": the header must be axis_id"
              + "<TAB>pole_a<TAB>words_a<TAB>pole_b<TAB>words_b<TAB>description");
        }
        header = true;
        continue;
      }
      if (f.length != 6) {
        throw new IllegalArgumentException(name + ":" + no + ": expected 6 tab-separated fields, "
            + "found " + f.length);
      }
      String id = f[0].strip();
      if (!id.matches("[a-z0-9_.-]+") || !ids.add(id)) {
        throw new IllegalArgumentException(name + ":" + no + ": axis id '" + id
            + "' is not lower-case letters, digits, '_', '-', '.' or is repeated");
      }
      List<String> a = words(f[2]);
      List<String> b = words(f[4]);
      if (a.isEmpty() || b.isEmpty()) {
        throw new IllegalArgumentException(name + ":" + no + ": both poles need words");
      }
      out.add(new Axis(id, f[1].strip(), a, f[3].strip(), b, f[5].strip()));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(name + ": no axes");
    }
    return List.copyOf(out);
  }

  private static List<String> words(String cell) {
    List<String> w = new ArrayList<>();
    for (String s : cell.strip().split("\\s+")) {
      if (!s.isEmpty()) {
        w.add(s.toLowerCase(Locale.ROOT));
      }
    }
    return w;
  }
}
