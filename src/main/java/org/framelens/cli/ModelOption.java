package org.framelens.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --model} option shared by every command that uses word vectors. */
final class ModelOption {

  @Option(names = "--model", paramLabel = "PATH", converter = NonEmptyPath.class,
      description = "Word vectors: a FrameLens model directory, or a word2vec text/binary, GloVe "
          + "text or fastText .vec file (imported once with Deeplearning4j, cached in "
          + "models/imported/). Default: models/glove-6b-100d (GloVe 6B 100-d).")
  Path model;

  /**
   * Refuses {@code --model ""} (typically an unset shell variable) as a usage error, rather
   * than looking for a model in the current directory and reporting it missing there.
   */
  static final class NonEmptyPath implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("the path is empty (an unset variable?); give a "
            + "model directory or a vectors file, or leave --model out for the default");
      }
      return Path.of(value);
    }
  }
}
