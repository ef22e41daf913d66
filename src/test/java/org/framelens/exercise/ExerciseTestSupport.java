package org.framelens.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.cues.CueAnalyzer;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.Pipeline;

/** Runs the default pipeline (no word vectors) over texts written as files, for the key tests. */
final class ExerciseTestSupport {

  private ExerciseTestSupport() {
  }

  /** The results for {@code text} written as {@code dir/name}, run with the other files there. */
  static List<ArticleResult> analyze(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
    List<ArticleResult> results = new ArrayList<>();
    Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null))
        .run(List.of(dir.toString()), results::add);
    return results;
  }
}
