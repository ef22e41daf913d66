package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.framelens.cues.Lexicon;
import org.framelens.cues.LexiconEntry;
import org.framelens.cues.LexiconExpander;
import org.framelens.cues.PhrasePattern;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.eval.SpanScore;
import org.framelens.learn.ExpansionCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framelens lexicon}: tools for the people who extend the lexicons. */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
    description = "Tools for extending lexicons.", subcommands = {LexiconCommand.Expand.class})
final class LexiconCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required (expand)");
  }

  @Command(name = "expand", mixinStandardHelpOptions = true,
      description = "List the nearest neighbours in the word vectors of a lexicon entry's words "
          + "(RULE is a rule id such as loaded.regime, or a word), for extending it by hand. "
          + "With --measure DIR, score the whole loaded lexicon with and without expansion on "
          + "PTC-style data.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          "0:neighbours listed (or, with --measure, both scores printed)",
          "1:RULE is neither a lexicon entry nor a word in the vocabulary, or the entry has no "
              + "single word in the vocabulary to expand",
          "2:usage error (no or empty RULE, -k below 1, --min-similarity outside -1..1)",
          "3:the --measure data could not be read",
          "5:the word-vector model is missing, corrupted or could not be fetched"})
  static final class Expand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Parameters(arity = "0..1", paramLabel = "RULE") String rule;
    @Option(names = "-k", defaultValue = "10",
        description = "Neighbours per word, 1 or more (default: ${DEFAULT-VALUE}).") int k;
    @Option(names = "--min-similarity", defaultValue = "0.6",
        description = "Lowest cosine similarity listed, from -1 to 1 (default: ${DEFAULT-VALUE}).")
    double min;
    @Option(names = "--measure", paramLabel = "PTC_DIR",
        description = "PTC directory (articles/, task2-TC.labels) to measure expansion on.")
    Path measure;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String usage = k < 1 ? "-k must be 1 or more, got " + k
          : !(min >= -1 && min <= 1) ? "--min-similarity must be from -1 to 1 (a cosine "
              + "similarity), got " + min
          : measure != null && measure.toString().isEmpty()
              ? "--measure is empty (an unset variable?); give a PTC directory"
          : measure == null && rule == null ? "give a rule id or a word, or --measure DIR"
          : measure == null && rule.isBlank() ? "RULE is empty (an unset variable?); give a rule "
              + "id such as loaded.regime, or a word"
          : null;
      PhrasePattern asWord = null;
      if (usage == null && measure == null) {
        try {
          asWord = PhrasePattern.parse(rule);
        } catch (IllegalArgumentException e) {
          usage = "cannot read '" + rule + "' as a word: " + e.getMessage();
        }
      }
      if (usage != null) {
        err.println("framelens: " + usage);
        return ExitCodes.USAGE;
      }
      try {
        CompactVectors vectors = Models.load(modelOption.model);
        LexiconExpander x = new LexiconExpander(vectors);
        Lexicon lexicon = Lexicon.bundled();
        if (measure != null) {
          Path a = measure.resolve("articles");
          Path l = measure.resolve("task2-TC.labels");
          SpanScore plain = ExpansionCheck.score(lexicon, a, l);
          Lexicon expanded = x.expand(lexicon, k, min);
          SpanScore more = ExpansionCheck.score(expanded, a, l);
          o.printf(Locale.ROOT, "lexicon only           %s (%d entries)%n", plain,
              lexicon.entries().size());
          o.printf(Locale.ROOT, "lexicon + neighbours   %s (%d entries; k=%d, similarity >= %.2f)%n",
              more, expanded.entries().size(), k, min);
          o.flush();
          return ExitCodes.OK;
        }
        LexiconEntry e = lexicon.entries().stream().filter(x2 -> x2.ruleId().equals(rule))
            .findFirst().orElse(null);
        boolean word = e == null;
        if (word) {
          e = new LexiconEntry("word", java.util.List.of(asWord),
              org.framelens.cues.CueType.LOADED, "", "-", java.util.List.of(),
              "[[" + rule + "]]", "", "command line", 0);
        }
        java.util.List<String> seeds = LexiconExpander.seeds(e);
        if (seeds.stream().noneMatch(w -> vectors.index(w) >= 0)) {
          err.println("framelens: " + (word ? notAWord(rule, seeds, vectors, lexicon)
              : noSingleWord(e, seeds, vectors)));
          return ExitCodes.SOME_FAILED;
        }
        o.printf("neighbours of %s (%s):%n", e.ruleId(), String.join(", ", seeds));
        for (LexiconExpander.Suggestion s : x.suggest(e, k, min)) {
          o.printf(Locale.ROOT, "  %-20s %.4f  (from %s)%n", s.word(), s.similarity(), s.seed());
        }
        o.flush();
        return ExitCodes.OK;
      } catch (ModelException ex) {
        err.println("framelens: " + ex.getMessage());
        return ExitCodes.MODEL;
      } catch (IOException ex) {
        err.println("framelens: cannot read the data: " + EvalCommand.describe(ex));
        return ExitCodes.NOTHING_READ;
      }
    }

    /** Why RULE, which is no lexicon entry, cannot be expanded as a word either. */
    private static String notAWord(String rule, java.util.List<String> seeds,
        CompactVectors vectors, Lexicon lexicon) {
      if (rule.strip().matches("[A-Za-z][A-Za-z_]+\\.\\S+")) {
        return "'" + rule + "' is not a lexicon entry (the entries' rule ids start with "
            + prefixes(lexicon) + "; see src/main/resources/lexicons/), nor a word in the "
            + "vocabulary of " + vectors.info().name();
      }
      if (seeds.isEmpty()) {
        return "'" + rule + "' is not a single word; give one word, or the rule id of a lexicon "
            + "entry such as loaded.regime";
      }
      return "'" + seeds.get(0) + "' is not in the vocabulary of " + vectors.info().name();
    }

    /** Why entry {@code e} has nothing to expand: none of its single words is in the vectors. */
    private static String noSingleWord(LexiconEntry e, java.util.List<String> seeds,
        CompactVectors vectors) {
      return e.ruleId() + " has no single word to expand: " + (seeds.isEmpty()
          ? "its phrasings are all phrases of several words or patterns"
          : "none of its words (" + String.join(", ", seeds) + ") is in the vocabulary of "
              + vectors.info().name());
    }

    /** "agentless., booster., …": the first part of the bundled entries' rule ids. */
    private static String prefixes(Lexicon lexicon) {
      return lexicon.entries().stream().map(LexiconEntry::ruleId)
          .filter(id -> id.indexOf('.') > 0).map(id -> id.substring(0, id.indexOf('.') + 1))
          .distinct().sorted().collect(java.util.stream.Collectors.joining(", "));
    }
  }
}
