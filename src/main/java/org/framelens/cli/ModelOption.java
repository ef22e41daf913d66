package org.framelens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --model} option shared by every command that uses word vectors. */
final class ModelOption {

  @Option(names = "--model", paramLabel = "PATH",
      description = "Word vectors: a FrameLens model directory, or a word2vec text/binary, GloVe "
          + "text or fastText .vec file (imported once with Deeplearning4j, cached in "
          + "models/imported/). Default: models/glove-6b-100d (GloVe 6B 100-d).")
  Path model;
}
