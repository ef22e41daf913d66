package org.framelens.pipeline;

import org.framelens.ingest.InputReport;

/**
 * A row of {@code manifest.csv}: what became of one input, with what later stages counted.
 *
 * @param input              what ingest reported
 * @param boilerplateRemoved lines removed as boilerplate from its articles
 * @param sentences          sentences found in its articles
 */
public record ManifestEntry(InputReport input, int boilerplateRemoved, int sentences) {
}
