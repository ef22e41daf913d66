package org.framelens.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The default model's pinned identity ({@code default-model.properties}) and where its compact
 * store lives: {@code models/NAME} under the FrameLens home (system property
 * {@code framelens.home}, set by the launcher; else the working directory).
 */
public final class DefaultModel {

  private static final Properties P = loadProperties();

  /** A load started by {@link #prefetch} and not yet taken by {@link #load}, with its directory. */
  private static final AtomicReference<Prefetch> PREFETCH = new AtomicReference<>();

  private record Prefetch(Path dir, FutureTask<CompactVectors> task) {
  }

  private DefaultModel() {
  }

  public static String name() {
    return P.getProperty("name");
  }

  public static String packageSpec() {
    return P.getProperty("package") + "@" + P.getProperty("version");
  }

  public static String integrity() {
    return P.getProperty("integrity");
  }

  public static Path home() {
    String h = System.getProperty("framelens.home");
    return Path.of(h == null || h.isBlank() ? "." : h);
  }

  public static Path directory() {
    return home().resolve("models").resolve(name());
  }

  /** The template for the converted model: name, description, licence, provenance. */
  public static ModelInfo template(String tarballSha512) {
    String provenance = "npm package " + packageSpec() + ", tarball integrity " + integrity()
        + (tarballSha512 == null || tarballSha512.isEmpty() ? "" : " (sha512 checked: "
        + tarballSha512.substring(0, Math.min(16, tarballSha512.length())) + "...)")
        + "; converted from " + P.getProperty("json") + " by framelens vectors convert-wink";
    return ModelInfo.template(name(), P.getProperty("description"), P.getProperty("licence"),
        provenance, true);
  }

  /**
   * Starts loading the default model on a background thread, for a command that is about to need
   * it: the load (mostly building the vocabulary index, about 0.1 s) then overlaps the command's
   * other start-up work instead of preceding it. {@link #load} takes the result, waiting for it if
   * need be. Does nothing when the model is not converted (load explains that) or a load is
   * already under way; a result nobody takes is dropped with the process.
   */
  public static void prefetch() {
    Path dir = directory();
    if (!CompactVectors.isModelDirectory(dir)) {
      return;
    }
    Prefetch p = new Prefetch(dir, new FutureTask<>(() -> CompactVectors.load(dir)));
    if (PREFETCH.compareAndSet(null, p)) {
      Thread t = new Thread(p.task(), "framelens-model-load");
      t.setDaemon(true);
      t.start();
    }
  }

  /** Loads the default model, or explains in one line how to get it. */
  public static CompactVectors load() throws ModelException {
    Path dir = directory();
    if (!CompactVectors.isModelDirectory(dir)) {
      throw new ModelException("the default word vectors are not converted yet (" + dir
          + " is missing): run ./framelens once with network access (it fetches "
          + packageSpec() + " with npm), or scripts/fetch-model, or pass --model PATH");
    }
    Prefetch p = PREFETCH.getAndSet(null);
    if (p != null && p.dir().equals(dir)) {
      try {
        return p.task().get();
      } catch (ExecutionException e) {
        // the exception the load would have thrown here
        if (e.getCause() instanceof ModelException m) {
          throw m;
        }
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading the word vectors", e);
      }
    }
    return CompactVectors.load(dir);
  }

  private static Properties loadProperties() {
    Properties p = new Properties();
    try (InputStream in = DefaultModel.class.getResourceAsStream("default-model.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
