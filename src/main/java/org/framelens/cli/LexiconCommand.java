package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.framelens.cues.Lexicon;
import org.framelens.cues.LexiconEntry;
import org.framelens.cues.LexiconExpander;
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
          + "PTC-style data.")
  static final class Expand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Parameters(arity = "0..1", paramLabel = "RULE") String rule;
    @Option(names = "-k", defaultValue = "10") int k;
    @Option(names = "--min-similarity", defaultValue = "0.6") double min;
    @Option(names = "--measure", paramLabel = "PTC_DIR",
        description = "PTC directory (articles/, task2-TC.labels) to measure expansion on.")
    Path measure;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        LexiconExpander x = new LexiconExpander(Models.load(modelOption.model));
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
        if (rule == null) {
          err.println("framelens: give a rule id or a word, or --measure DIR");
          return ExitCodes.USAGE;
        }
        LexiconEntry e = lexicon.entries().stream().filter(x2 -> x2.ruleId().equals(rule))
            .findFirst().orElse(null);
        if (e == null) {
          e = new LexiconEntry("word", java.util.List.of(
              org.framelens.cues.PhrasePattern.parse(rule)), org.framelens.cues.CueType.LOADED,
              "", "-", java.util.List.of(), "[[" + rule + "]]", "", "command line", 0);
        }
        o.printf("neighbours of %s (%s):%n", e.ruleId(), String.join(", ",
            LexiconExpander.seeds(e)));
        for (LexiconExpander.Suggestion s : x.suggest(e, k, min)) {
          o.printf(Locale.ROOT, "  %-20s %.4f  (from %s)%n", s.word(), s.similarity(), s.seed());
        }
        o.flush();
        return ExitCodes.OK;
      } catch (ModelException ex) {
        err.println("framelens: " + ex.getMessage());
        return ExitCodes.MODEL;
      } catch (IOException ex) {
        err.println("framelens: cannot read the data: " + ex.getMessage());
        return ExitCodes.NOTHING_READ;
      }
    }
  }
}
