package org.framelens.embed;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the model a command asked for: the default model when none is named, a compact model
 * directory, or a word2vec/GloVe/fastText file, which is imported once through Deeplearning4j
 * and cached by content hash under {@code models/imported/}. Only that last case starts ND4J.
 */
public final class Models {

  private Models() {
  }

  /** Loads the model named by a {@code --model} option ({@code null}: the default model). */
  public static CompactVectors load(Path model) throws ModelException {
    if (model == null) {
      return DefaultModel.load();
    }
    if (Files.isDirectory(model)) {
      return CompactVectors.load(model);
    }
    if (!Files.exists(model)) {
      throw new ModelException("model " + model + " does not exist");
    }
    Path dir = org.framelens.embed.dl4j.Dl4jImporter.importModel(model,
        DefaultModel.home().resolve("models"));
    return CompactVectors.load(dir);
  }
}
