package org.framelens.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to read inputs.
 *
 * @param fields    field names for JSONL and CSV corpora
 * @param overrides metadata from a {@code --manifest} file (applied after sidecars)
 * @param maxBytes  files larger than this are not read (failed)
 * @param outputs   the files and directories the run writes (its output directory, an
 *                  embeddings file): met inside an input directory, they are skipped, not read
 *                  (see {@link OutputOverlap})
 */
public record IngestOptions(FieldMapping fields, MetadataOverrides overrides, long maxBytes,
    List<Path> outputs) {

  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  public IngestOptions {
    Objects.requireNonNull(fields);
    Objects.requireNonNull(overrides);
    outputs = List.copyOf(outputs);
  }

  /** Options for a run that writes nothing an input directory could hold. */
  public IngestOptions(FieldMapping fields, MetadataOverrides overrides, long maxBytes) {
    this(fields, overrides, maxBytes, List.of());
  }

  public static IngestOptions defaults() {
    return new IngestOptions(FieldMapping.defaults(), MetadataOverrides.none(), DEFAULT_MAX_BYTES);
  }

  /** These options for a run that writes {@code paths} (files or directories). */
  public IngestOptions withOutputs(List<Path> paths) {
    return new IngestOptions(fields, overrides, maxBytes, paths);
  }
}
