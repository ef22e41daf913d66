package org.framelens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a run's outputs and its inputs apart, so that a run never reads its own reports as
 * articles and never replaces an input with a report.
 *
 * <p>Two cases. An input given on the command line that is itself one of the run's outputs (the
 * output directory, or a file the run writes) is an error before anything is read or written:
 * {@link #check}. An output met while walking an input directory (the output directory inside
 * the corpus folder, as in {@code analyze corpus --out corpus/reports}) is skipped and listed in
 * the manifest: {@link Ingestor}. Paths are compared after resolving symbolic links and
 * {@code ..}, for the part of the path that exists.
 */
public final class OutputOverlap {

  private OutputOverlap() {
  }

  /**
   * Why the run cannot go ahead, or empty: an input in {@code inputs} (as given on the command
   * line) is one of {@code outputs}, the run's output directory first, then the files it writes.
   *
   * @param option the option that names the output directory, for the message
   */
  public static Optional<String> check(List<String> inputs, List<Path> outputs, String option) {
    Set<Path> keys = keys(outputs);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    for (String input : inputs) {
      Path p = Inputs.path(input);
      if (p == null || !Files.exists(p)) {
        continue;
      }
      Path key = located(p);
      if (!keys.contains(key)) {
        continue;
      }
      if (Files.isDirectory(p)) {
        return Optional.of("the input directory " + input + " is where this run writes ("
            + option + "): what it writes there would be read as articles and could replace "
            + "input files; choose another " + option);
      }
      return Optional.of("the input " + input + " is a file this run writes: it would be read "
          + "and then replaced; choose another " + option);
    }
    return Optional.empty();
  }

  /**
   * Why the run cannot go ahead, or empty: the output directory {@code out} lies inside an input
   * directory (so the walk will skip it, {@link Ingestor}) but holds files that are not the
   * run's own ({@code own}: reports of earlier runs, worksheets, hidden files), such as articles,
   * which would then be neither read nor listed, or metadata that a report would replace.
   */
  public static Optional<String> outputHoldsInputs(List<String> inputs, Path out,
      java.util.function.Predicate<Path> own, String option) {
    if (!Files.isDirectory(out)) {
      return Optional.empty();
    }
    Path key = located(out);
    for (String input : inputs) {
      Path p = Inputs.path(input);
      if (p == null || !Files.isDirectory(p) || !key.startsWith(located(p))) {
        continue;
      }
      try (java.util.stream.Stream<Path> all = Files.walk(out, 8)) {
        Optional<Path> other = all.filter(f -> !f.equals(out))
            .filter(f -> !f.getFileName().toString().startsWith("."))
            .filter(f -> !Files.isDirectory(f) && !own.test(f))
            .findFirst();
        if (other.isPresent()) {
          return Optional.of("the output directory " + out + " is inside the input " + input
              + " and holds files that are not FrameLens reports (" + other.get() + "): they "
              + "would not be read, and a report could replace one; choose another " + option);
        }
      } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
        return Optional.of("cannot look into the output directory " + out + " inside the input "
            + input + ": " + Inputs.describe(e) + "; choose another " + option);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The located form ({@link #located}) of every path in {@code paths}. */
  static Set<Path> keys(List<Path> paths) {
    return paths.stream().map(OutputOverlap::located).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * {@code p} as an absolute path with symbolic links resolved in the part that exists (a file
   * that does not exist yet is located by its nearest existing folder).
   */
  static Path located(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    Path rest = null;
    while (existing != null) {
      try {
        Path real = existing.toRealPath();
        return rest == null ? real : real.resolve(rest);
      } catch (IOException | SecurityException e) {
        Path name = existing.getFileName();
        if (name == null) {
          break;
        }
        rest = rest == null ? name : name.resolve(rest);
        existing = existing.getParent();
      }
    }
    return abs;
  }
}
