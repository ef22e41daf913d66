package org.framelens.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.framelens.compare.Comparison;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.Match;
import org.framelens.cues.SentenceCues;
import org.framelens.cues.Voice;
import org.framelens.analyze.EnglishCheck;
import org.framelens.pipeline.ArticleResult;
import org.framelens.text.SpeakerTurns;
import org.framelens.text.Span;

/**
 * Builds exercises from analysed articles: pure functions, same inputs and options, same
 * exercise. See {@link Picker} for how items are balanced.
 */
public final class Exercises {

  /** Share of spot items that are clean sentences. */
  static final double CLEAN_SHARE = 0.3;
  /** Basic compare items: sentences at least this similar (clearly the same fact). */
  static final double BASIC_SIMILARITY = 0.8;

  private Exercises() {
  }

  /** The exercise the options ask for; {@code pairs} is needed for {@code compare} only. */
  public static Exercise build(List<ArticleResult> results, List<AlignedPair> pairs,
      Options o) {
    return switch (o.kind()) {
      case SPOT -> spot(results, o);
      case COMPARE -> compare(results, pairs, o);
      case SOURCES -> sources(results, o);
    };
  }

  private static List<ArticleResult> byId(List<ArticleResult> results) {
    List<ArticleResult> l = new ArrayList<>(results);
    l.sort(Comparator.comparing(r -> r.analyzed().article().id()));
    return l;
  }

  private record At(ArticleResult result, int sentence) {
    String key() {
      return Picker.key(result.analyzed().article().id(), sentence);
    }

    /** Its position and its text: a sentence repeated word for word is the same item. */
    Set<String> keys() {
      return Set.of(key(), textKey(result, sentence));
    }
  }

  /**
   * The key of a sentence's wording (case and spacing ignored): syndicated copy and repeated
   * paragraphs give the same sentence several positions, and no item may repeat it.
   */
  static String textKey(ArticleResult r, int sentence) {
    return "text:" + r.analyzed().sentences().get(sentence).span().text(r.analyzed().text())
        .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The articles an exercise may use: analysed, and reading as English prose ({@link
   * EnglishCheck}): FrameLens's lexicons, rules and model are English, so a key built from
   * another language would grade students against figures that mean little. The articles left
   * out are counted in {@code notes}.
   */
  private static List<ArticleResult> usable(List<ArticleResult> results, List<String> notes) {
    List<ArticleResult> out = new ArrayList<>();
    int foreign = 0;
    for (ArticleResult r : byId(results)) {
      if (r.cues().isEmpty()) {
        continue;
      }
      if (EnglishCheck.looksNonEnglish(r.analyzed())) {
        foreign++;
        continue;
      }
      out.add(r);
    }
    if (foreign > 0) {
      notes.add(foreign + " article(s) do not read as English prose and were left out: "
          + "FrameLens's word lists, rules and model are English, so their keys would mean "
          + "little.");
    }
    return out;
  }

  // ---------------------------------------------------------------- spot

  /** Spot the framing: single sentences, flagged (balanced by cue type) and clean. */
  public static Exercise spot(List<ArticleResult> results, Options o) {
    boolean basic = o.level() == Level.BASIC;
    Picker<At> flagged = new Picker<>();
    List<String> order = new ArrayList<>(List.of("loaded_author", "unattributed_claim",
        "loaded_quoted", "loaded_reported", "weasel", "agentless_passive", "scare_quote",
        "doubt"));
    if (!basic) {
      order.addAll(List.of("hedge", "booster", "loaded_model"));
    }
    order.forEach(flagged::bucket);
    Picker<At> clean = new Picker<At>().bucket("clean_sourced").bucket("clean_plain");
    List<String> notes = new ArrayList<>();
    for (ArticleResult r : usable(results, notes)) {
      String id = r.analyzed().article().id();
      for (int i = 0; i < r.analyzed().sentences().size(); i++) {
        if (!Facts.printable(r, i) || !Facts.defensible(r, i)) {
          continue;
        }
        List<Evidence> ev = Facts.framing(r, i);
        At at = new At(r, i);
        if (ev.isEmpty()) {
          if (Facts.question(r, i)) {
            continue; // a question states nothing: no "checkable fact", and no clean example
          }
          SentenceCues c = Facts.cues(r, i);
          clean.add(at, c.attributed() ? "clean_sourced" : "clean_plain", at.keys(), id);
          continue;
        }
        if (basic && !ev.stream().allMatch(Facts::highConfidence)) {
          continue;
        }
        Set<String> buckets = new LinkedHashSet<>();
        for (Evidence e : ev) {
          buckets.add(e.type() != CueType.LOADED ? e.type().id()
              : e.match() == Match.MODEL ? "loaded_model"
              : e.voice() == Voice.QUOTED ? "loaded_quoted"
              : org.framelens.cues.CueAnalyzer.isReported(e) ? "loaded_reported"
              : "loaded_author");
        }
        buckets.forEach(b -> flagged.add(at, b, at.keys(), id));
      }
    }
    int n = o.items();
    Random random = new Random(o.seed());
    int nClean = n < 2 ? 0 : Math.max(1, (int) Math.round(n * CLEAN_SHARE));
    List<Picker.Candidate<At>> picked = new ArrayList<>(clean.pick(nClean, random, Set.of()));
    picked.addAll(flagged.pick(n - picked.size(), random, keys(picked)));
    if (picked.size() < n) {
      picked.addAll(clean.pick(n - picked.size(), random, keys(picked)));
    }
    List<Item> items = new ArrayList<>();
    for (Picker.Candidate<At> c : picked) {
      ArticleResult r = c.value().result();
      int i = c.value().sentence();
      boolean isClean = c.bucket().startsWith("clean");
      List<Answer> answers = new ArrayList<>();
      if (isClean) {
        answers.add(Facts.clean(r, i));
      } else {
        answers.addAll(Facts.hits(r, i));
      }
      answers.add(Facts.voice(r, i));
      answers.add(Facts.attribution(r, i));
      items.add(new Item(0, isClean ? "clean" : c.bucket(), List.of(Facts.sentence(r, i)),
          answers, isClean, List.of()));
    }
    shortfall(notes, items.size(), n, "sentences");
    if (!items.isEmpty() && items.stream().noneMatch(Item::clean)) {
      notes.add("No clean sentence could be found, so every item has at least one cue.");
    }
    return new Exercise(o, numbered(Picker.shuffle(items, random)), notes);
  }

  private static <T> Set<String> keys(List<Picker.Candidate<T>> picked) {
    Set<String> s = new HashSet<>();
    picked.forEach(c -> s.addAll(c.keys()));
    return s;
  }

  private static void shortfall(List<String> notes, int got, int asked, String what) {
    if (got < asked) {
      notes.add(String.format(Locale.ROOT, "Only %d item(s) could be made from these %s "
          + "(%d asked for).", got, what, asked));
    }
  }

  private static List<Item> numbered(List<Item> items) {
    List<Item> out = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      out.add(items.get(k).withNumber(k + 1));
    }
    return out;
  }

  // ---------------------------------------------------------------- compare

  /** The same fact in two or three outlets: how does the framing differ? */
  public static Exercise compare(List<ArticleResult> results, List<AlignedPair> pairs,
      Options o) {
    boolean basic = o.level() == Level.BASIC;
    Map<String, ArticleResult> byId = new TreeMap<>();
    List<String> notes = new ArrayList<>();
    usable(results, notes).forEach(r -> byId.put(r.analyzed().article().id(), r));
    // usable pairs, best partner per (sentence, other outlet)
    Map<String, Map<String, Object[]>> partners = new TreeMap<>();
    for (AlignedPair p : pairs) {
      ArticleResult a = byId.get(p.articleA());
      ArticleResult b = byId.get(p.articleB());
      if (a == null || b == null || a.cues().isEmpty() || b.cues().isEmpty()
          || !usable(a, p.sentenceA(), basic) || !usable(b, p.sentenceB(), basic)
          || (basic && p.similarity() < BASIC_SIMILARITY)) {
        continue;
      }
      String outletB = outlet(b);
      if (outletB.equals(outlet(a))
          || textKey(a, p.sentenceA()).equals(textKey(b, p.sentenceB()))) {
        continue; // one outlet, or the same words twice: nothing to compare
      }
      Object[] prev = partners.computeIfAbsent(Picker.key(p.articleA(), p.sentenceA()),
          k -> new TreeMap<>()).get(outletB);
      if (prev == null || (double) prev[2] < p.similarity()) {
        partners.get(Picker.key(p.articleA(), p.sentenceA())).put(outletB,
            new Object[] {a, p.sentenceA(), p.similarity(), b, p.sentenceB()});
      }
    }
    Map<String, List<At>> candidates = new TreeMap<>();
    for (Map<String, Object[]> m : partners.values()) {
      List<Object[]> best = new ArrayList<>(m.values());
      best.sort(Comparator.comparingDouble((Object[] x) -> -(double) x[2]));
      for (Object[] x : best) {
        addCandidate(candidates, List.of(new At((ArticleResult) x[0], (int) x[1]),
            new At((ArticleResult) x[3], (int) x[4])));
      }
      if (!basic && best.size() >= 2) {
        Object[] x = best.get(0);
        Object[] y = best.get(1);
        addCandidate(candidates, List.of(new At((ArticleResult) x[0], (int) x[1]),
            new At((ArticleResult) x[3], (int) x[4]), new At((ArticleResult) y[3], (int) y[4])));
      }
    }
    Picker<List<At>> picker = new Picker<>();
    List<String> order = basic ? List.of("loaded", "attribution", "unattributed_claim")
        : List.of("loaded", "attribution", "unattributed_claim", "voice", "other", "alike");
    order.forEach(picker::bucket);
    picker.limit("alike", 1);
    for (List<At> c : candidates.values()) {
      Set<String> keys = c.stream().flatMap(at -> at.keys().stream())
          .collect(Collectors.toSet());
      String group = c.stream().map(at -> outlet(at.result())).sorted()
          .collect(Collectors.joining(" | "));
      Map<String, String> diffs = differences(c);
      if (diffs.isEmpty()) {
        picker.add(c, "alike", keys, group);
      }
      diffs.keySet().forEach(d -> picker.add(c, d, keys, group));
    }
    int n = o.items();
    Random random = new Random(o.seed());
    List<Item> items = new ArrayList<>();
    for (Picker.Candidate<List<At>> c : picker.pick(n, random, Set.of())) {
      List<ItemSentence> shown = new ArrayList<>();
      List<Answer> answers = new ArrayList<>();
      for (At at : c.value()) {
        shown.add(Facts.sentence(at.result(), at.sentence()));
        List<Answer> hits = Facts.hits(at.result(), at.sentence());
        answers.addAll(hits.isEmpty() ? List.of(Facts.clean(at.result(), at.sentence())) : hits);
        answers.add(Facts.voice(at.result(), at.sentence()));
        answers.add(Facts.attribution(at.result(), at.sentence()));
      }
      Map<String, String> d = differences(c.value());
      items.add(new Item(0, c.bucket(), shown, answers, d.isEmpty(), d.isEmpty()
          ? List.of("FrameLens found no difference in loaded words, sources, voice or unsourced "
              + "claims: these outlets frame this fact alike.")
          : List.copyOf(d.values())));
    }
    shortfall(notes, items.size(), n, "aligned sentences");
    return new Exercise(o, numbered(Picker.shuffle(items, random)), notes);
  }

  private static boolean usable(ArticleResult r, int i, boolean basic) {
    return Facts.printable(r, i) && Facts.defensible(r, i)
        && (!basic || Facts.framing(r, i).stream().allMatch(Facts::highConfidence));
  }

  private static String outlet(ArticleResult r) {
    String s = r.analyzed().article().metadata().source();
    return s.isEmpty() ? Comparison.NO_SOURCE_LABEL : s;
  }

  /** Adds a candidate once, its sentences in outlet order. */
  private static void addCandidate(Map<String, List<At>> candidates, List<At> ats) {
    List<At> l = new ArrayList<>(ats);
    l.sort(Comparator.comparing((At at) -> outlet(at.result())).thenComparing(At::key));
    if (l.stream().map(at -> outlet(at.result())).distinct().count() < l.size()) {
      return;
    }
    candidates.putIfAbsent(l.stream().map(At::key).collect(Collectors.joining(" ")), l);
  }

  /** How the sentences' framing differs, by aspect, each in one plain sentence. */
  static Map<String, String> differences(List<At> ats) {
    Map<String, String> d = new LinkedHashMap<>();
    List<String> loaded = new ArrayList<>();
    List<String> source = new ArrayList<>();
    List<String> voice = new ArrayList<>();
    List<String> claim = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (At at : ats) {
      ArticleResult r = at.result();
      String text = r.analyzed().text();
      List<Evidence> ev = Facts.framing(r, at.sentence());
      SentenceCues c = Facts.cues(r, at.sentence());
      String who = outlet(r);
      loaded.add(who + ": " + words(ev, text, e -> e.type() == CueType.LOADED));
      source.add(who + ": " + (c.attributed() && !c.attributionSource().isEmpty()
          ? "names “" + c.attributionSource() + "”" : c.attributed() ? "names a source"
          : "names no source"));
      voice.add(who + ": " + switch (c.voiceMix()) {
        case "quoted" -> "quotes a source";
        case "mixed" -> "mixes its own words with a quotation";
        default -> "speaks in its own voice";
      });
      claim.add(who + ": " + (c.unattributedClaim() ? "asserts it without a source ("
          + words(ev, text, e -> e.type() == CueType.UNATTRIBUTED_CLAIM) + ")"
          : "makes no unsourced claim"));
      other.add(who + ": " + words(ev, text, e -> e.type() != CueType.LOADED
          && e.type() != CueType.UNATTRIBUTED_CLAIM, true));
    }
    put(d, "loaded", "Loaded words", loaded, ats, at -> count(at, CueType.LOADED));
    put(d, "attribution", "Sources", source, ats, at -> Facts.cues(at.result(), at.sentence())
        .attributed() ? 1 : 0);
    put(d, "unattributed_claim", "Unsourced claims", claim, ats,
        at -> Facts.cues(at.result(), at.sentence()).unattributedClaim() ? 1 : 0);
    put(d, "voice", "Voice", voice, ats, at -> Facts.cues(at.result(), at.sentence())
        .voiceMix().hashCode());
    put(d, "other", "Other cues", other, ats, at -> (int) Facts.framing(at.result(),
        at.sentence()).stream().filter(e -> e.type() != CueType.LOADED
        && e.type() != CueType.UNATTRIBUTED_CLAIM).map(Evidence::type).distinct()
        .mapToInt(t -> 1 << t.ordinal()).sum());
    return d;
  }

  private static int count(At at, CueType t) {
    return (int) Facts.framing(at.result(), at.sentence()).stream().filter(e -> e.type() == t)
        .count();
  }

  private static void put(Map<String, String> d, String aspect, String label, List<String> parts,
      List<At> ats, java.util.function.ToIntFunction<At> value) {
    if (ats.stream().mapToInt(value).distinct().count() > 1) {
      d.put(aspect, label + ": " + String.join("; ", parts) + ".");
    }
  }

  private static String words(List<Evidence> ev, String text,
      java.util.function.Predicate<Evidence> which) {
    return words(ev, text, which, false);
  }

  private static String words(List<Evidence> ev, String text,
      java.util.function.Predicate<Evidence> which, boolean withType) {
    List<String> w = ev.stream().filter(which).map(e -> (withType ? e.type().id().replace('_',
        ' ') + " " : "") + "“" + e.span().text(text) + "”" + (e.type() == CueType.LOADED
        && e.voice() == Voice.QUOTED ? " (quoted)" : "")).distinct().toList();
    return w.isEmpty() ? "none" : String.join(", ", w);
  }

  // ---------------------------------------------------------------- sources

  /** Categories of "who says so?" answers, in the order the picker balances them. */
  static final List<String> SOURCE_CATEGORIES = List.of("named_person", "institution",
      "media_document", "anonymous", "weasel", "unknown", "agentless", "unattributed_claim",
      "outlet");

  /** For one article: every claim, and who says so. */
  public static Exercise sources(List<ArticleResult> results, Options o) {
    boolean basic = o.level() == Level.BASIC;
    List<String> notes = new ArrayList<>();
    List<ArticleResult> all = o.article().isEmpty() ? usable(results, notes)
        : byId(results).stream().filter(r -> !r.cues().isEmpty()).toList();
    ArticleResult chosen;
    if (!o.article().isEmpty()) {
      chosen = all.stream().filter(r -> r.analyzed().article().id().equals(o.article()))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("no article with id "
              + o.article() + "; the ids are: " + all.stream().map(r -> r.analyzed().article()
              .id()).collect(Collectors.joining(", "))));
      if (EnglishCheck.looksNonEnglish(chosen.analyzed())) {
        notes.add("Article " + o.article() + " does not read as English prose: FrameLens's word "
            + "lists, rules and model are English, so this key means little; check every "
            + "answer.");
      }
    } else {
      chosen = all.stream().max(Comparator.comparingInt((ArticleResult r) -> categories(r, basic)
          .values().stream().flatMap(List::stream).collect(Collectors.toSet()).size())
          .thenComparingInt(r -> categories(r, basic).size())
          .thenComparing(r -> r.analyzed().article().id(), Comparator.reverseOrder()))
          .orElse(null);
      if (chosen != null) {
        notes.add("Article " + chosen.analyzed().article().id() + " was chosen because its "
            + "claims have the widest mix of sources; choose another with --article.");
      }
    }
    List<Item> items = new ArrayList<>();
    int n = o.items();
    if (chosen != null) {
      Map<Integer, List<String>> cats = categories(chosen, basic);
      List<Integer> selected = new ArrayList<>(cats.keySet());
      if (selected.size() > n) {
        Picker<Integer> picker = new Picker<>();
        SOURCE_CATEGORIES.forEach(picker::bucket);
        String id = chosen.analyzed().article().id();
        cats.forEach((i, cs) -> cs.forEach(cat -> picker.add(i, cat,
            Set.of(Picker.key(id, i)), id)));
        selected = new ArrayList<>(picker.pick(n, new Random(o.seed()), Set.of()).stream()
            .map(Picker.Candidate::value).toList());
        selected.sort(null);
        notes.add(String.format(Locale.ROOT, "%d of the article's %d claims are listed, "
            + "balanced over the kinds of source (raise --count for more).", selected.size(),
            cats.size()));
      }
      for (int i : selected) {
        items.add(new Item(0, cats.get(i).get(0), List.of(Facts.sentence(chosen, i)),
            whoSays(chosen, i), cats.get(i).contains("outlet")
                || cats.get(i).contains("unattributed_claim"), List.of()));
      }
    }
    if (items.isEmpty()) {
      notes.add("No claim could be listed from these articles.");
    }
    return new Exercise(o, numbered(items), notes);
  }

  /** Sentence index → its answer categories, for the sentences the level lets through. */
  private static Map<Integer, List<String>> categories(ArticleResult r, boolean basic) {
    Map<Integer, List<String>> out = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < r.analyzed().sentences().size(); i++) {
      if (!Facts.printable(r, i) || !Facts.defensible(r, i) || !seen.add(textKey(r, i))) {
        continue;
      }
      List<String> cats = whoSays(r, i).stream().map(Exercises::category).distinct()
          .toList();
      if (basic && (cats.contains("unknown") || cats.contains("agentless")
          || cats.contains("anonymous") || cats.size() > 1)) {
        continue;
      }
      out.put(i, cats);
    }
    return out;
  }

  private static String category(Answer a) {
    if (!a.sourceType().isEmpty()) {
      return a.sourceType();
    }
    return switch (a.ruleId().startsWith("claim.") ? "claim" : a.aspect()) {
      case "claim" -> "unattributed_claim";
      case "agentless_passive" -> "agentless";
      case "weasel" -> "weasel";
      default -> a.ruleId().equals("attribution.none") || a.answer().startsWith("nobody")
          ? "outlet" : "unknown";
    };
  }

  /** The key for "who says so?": every source named for the sentence, or nobody. */
  static List<Answer> whoSays(ArticleResult r, int i) {
    String text = r.analyzed().text();
    String id = r.analyzed().article().id();
    List<Answer> out = new ArrayList<>();
    for (Evidence e : Facts.evidence(r, i)) {
      switch (e.type()) {
        case ATTRIBUTION -> {
          if (!Facts.sources(e)) {
            continue; // "did not say", "declined to comment", a belief: nobody speaks here
          }
          Span where = e.sourceSpan() != null && !e.sourceSpan().isEmpty() ? e.sourceSpan()
              : e.span();
          SentenceCues c = Facts.cues(r, i);
          String named = e.sourceSpan() == null ? "" : e.sourceSpan().text(text);
          String who = named.isEmpty() ? "a source" : "“" + (c != null
              && c.attributionSource().startsWith(named + " (") ? c.attributionSource() : named)
              + "”";
          out.add(Answer.at(text, id, where, "source", who + Facts.sourceKind(e.sourceType()),
              e.ruleId(), e.voice().id(), e.sourceType() == null ? "unknown"
                  : e.sourceType().id(), "high", e.explanation().strip()));
        }
        case WEASEL -> out.add(Answer.at(text, id, e.span(), "weasel",
            "a vague group that is not named", e.ruleId(), e.voice().id(), "", "high",
            e.explanation().strip()));
        case AGENTLESS_PASSIVE -> out.add(Answer.at(text, id, e.span(), "agentless_passive",
            "nobody named: the accuser or judge is hidden", e.ruleId(), e.voice().id(), "",
            "high", e.explanation().strip()));
        default -> {
        }
      }
    }
    if (!out.isEmpty()) {
      return dedupe(out);
    }
    Answer a = Facts.attribution(r, i);
    Evidence not = Facts.notSourcing(r, i);
    if (!a.answer().startsWith("yes") && not != null) {
      // a negated or belief cue: nobody is the source, and the key says why
      return List.of(new Answer(a.articleId(), a.start(), a.end(), a.text(), "source",
          "nobody: " + Facts.nobodyBecause(not, text), a.ruleId(), a.voice(), "", "high",
          a.explanation()));
    }
    if (!a.ruleId().equals("attribution.none")) {
      return List.of(new Answer(a.articleId(), a.start(), a.end(), a.text(), "source",
          a.answer().replaceFirst("^yes: ", ""), a.ruleId(), a.voice(),
          a.sourceType().isEmpty() ? "unknown" : a.sourceType(), a.confidence(),
          a.explanation()));
    }
    Evidence claim = Facts.evidence(r, i).stream()
        .filter(e -> e.type() == CueType.UNATTRIBUTED_CLAIM).findFirst().orElse(null);
    if (Facts.hearsay(r, i) != null) {
      // "reportedly", "allegedly": second-hand, and the outlet says it has not confirmed it
      return List.of(new Answer(a.articleId(), a.start(), a.end(), a.text(), "source",
          "nobody named: second-hand, the outlet has not confirmed it", a.ruleId(), a.voice(),
          "", "high", a.explanation()));
    }
    if (claim != null) {
      return List.of(Answer.at(text, id, claim.span(), "unattributed_claim",
          "nobody: unattributed", claim.ruleId(), claim.voice().id(), "", "high",
          claim.explanation().strip()));
    }
    boolean quoted = a.voice().equals("quoted");
    SpeakerTurns.Turn turn = quoted ? Facts.turn(r, r.analyzed().sentences().get(i).span())
        : null;
    return List.of(new Answer(a.articleId(), a.start(), a.end(), a.text(), "source",
        turn != null ? "nobody named: a turn of a transcript, after “" + turn.label().text(text)
            + ":”"
        : quoted ? "nobody: a quotation whose speaker is not named"
            : "nobody: unattributed (the outlet states it as fact)", a.ruleId(), a.voice(), "",
        "high", a.explanation()));
  }

  private static List<Answer> dedupe(List<Answer> in) {
    Map<String, Answer> m = new LinkedHashMap<>();
    for (Answer a : in) {
      m.putIfAbsent(a.start() + ":" + a.end() + ":" + a.aspect(), a);
    }
    return List.copyOf(m.values());
  }
}
