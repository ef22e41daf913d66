package org.framelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.framelens.cues.Actors;
import org.framelens.cues.CueAnalyzer;
import org.framelens.cues.Lexicon;
import org.framelens.cues.LoadedModel;
import org.framelens.embed.SentenceEmbedder;

/** Builds the cue stage from the {@code --lexicon} and {@code --actors} options. */
final class CueOptions {

  private CueOptions() {
  }

  /**
   * Why the configuration files named by {@code --lexicon}, {@code --actors} and {@code --axes}
   * cannot be read, before any work, naming the option: an empty path (an unset shell
   * variable) or a directory; null when they can be tried (a missing or malformed file is named
   * by the loader).
   */
  static String checkFiles(List<Path> lexicons, Path actors, Path axes) {
    List<Object[]> given = new java.util.ArrayList<>();
    if (lexicons != null) {
      lexicons.forEach(p -> given.add(new Object[] {"--lexicon", "lexicon", p}));
    }
    given.add(new Object[] {"--actors", "actors file", actors});
    given.add(new Object[] {"--axes", "axes file", axes});
    for (Object[] g : given) {
      Path p = (Path) g[2];
      if (p == null) {
        continue;
      }
      if (p.toString().isBlank()) {
        return g[0] + " is empty (an unset variable?); give a file";
      }
      if (java.nio.file.Files.isDirectory(p)) {
        return "cannot read " + g[1] + " " + p + ": it is a directory; give a file";
      }
    }
    return null;
  }

  /**
   * The bundled lexicons plus the user's, the bundled or the user's actors.
   *
   * @throws IllegalArgumentException with "file:line: message" for a bad lexicon or actors file
   */
  static CueAnalyzer analyzer(List<Path> lexicons, Path actorsFile, SentenceEmbedder embedder,
      List<String> warnings) throws IOException {
    Lexicon lexicon = Lexicon.bundled();
    if (lexicons != null) {
      for (Path p : lexicons) {
        try {
          lexicon = lexicon.plus(Lexicon.load(p));
        } catch (IOException e) {
          throw new IOException("cannot read lexicon " + p + ": " + reason(e), e);
        }
      }
    }
    Actors actors;
    try {
      actors = actorsFile == null ? Actors.bundled() : Actors.load(actorsFile);
    } catch (IOException e) {
      throw new IOException("cannot read actors file " + actorsFile + ": " + reason(e), e);
    }
    return new CueAnalyzer(lexicon, actors, scorer(embedder, warnings));
  }

  /**
   * The bundled loaded-language model, when word vectors are on and are the ones it was trained
   * on (its features are coordinates in that vector space); else null, with a warning.
   */
  static LoadedModel scorer(SentenceEmbedder embedder, List<String> warnings) throws IOException {
    if (embedder == null) {
      return null;
    }
    LoadedModel model;
    try {
      model = LoadedModel.bundled(embedder.vectors(), Lexicon.bundled());
    } catch (IOException e) {
      warnings.add("the loaded-language model does not fit these word vectors (" + e.getMessage()
          + "); it is off and loaded language comes from the lexicons only");
      return null;
    }
    String trainedOn = model == null ? "" : model.info().getOrDefault("word_vectors", "");
    if (model != null && !trainedOn.endsWith(embedder.vectors().info().checksum())) {
      warnings.add("the loaded-language model was trained on other word vectors (" + trainedOn
          + "); with these it is off and loaded language comes from the lexicons only");
      return null;
    }
    return model;
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.MalformedInputException) {
      return "not UTF-8";
    }
    return e.getMessage();
  }
}
