package org.framelens.ingest;

import java.util.Objects;

/**
 * How to read inputs.
 *
 * @param fields    field names for JSONL and CSV corpora
 * @param overrides metadata from a {@code --manifest} file (applied after sidecars)
 * @param maxBytes  files larger than this are not read (failed)
 */
public record IngestOptions(FieldMapping fields, MetadataOverrides overrides, long maxBytes) {

  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  public IngestOptions {
    Objects.requireNonNull(fields);
    Objects.requireNonNull(overrides);
  }

  public static IngestOptions defaults() {
    return new IngestOptions(FieldMapping.defaults(), MetadataOverrides.none(), DEFAULT_MAX_BYTES);
  }
}
