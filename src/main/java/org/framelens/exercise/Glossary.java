package org.framelens.exercise;

import java.util.List;

/** The cue types in plain words, printed at the end of every worksheet. */
final class Glossary {

  record Term(String term, String meaning) {
  }

  static final List<Term> TERMS = List.of(
      new Term("Loaded word", "A word that carries a judgement or a feeling (“brutal”, "
          + "“so-called”, “a bid to”) where a neutral word would do."),
      new Term("The outlet's own voice", "Words written by the news outlet itself, outside "
          + "quotation marks. The outlet is responsible for them."),
      new Term("Quoted source", "Words inside quotation marks: someone else said them and the "
          + "outlet reports them. Loaded words in a quote are the speaker's, not the outlet's."),
      new Term("Attribution", "Saying who a claim comes from (“the ministry said”, "
          + "“according to Reuters”), so readers can judge the source."),
      new Term("Weasel attribution", "A vague source that hides who is speaking (“some argue”, "
          + "“critics say”, “there are concerns”)."),
      new Term("Agentless accusation", "An accusation or judgement with no one making it "
          + "(“is accused of”, “is widely considered”)."),
      new Term("Unattributed claim", "A contested statement (a motive, a judgement, a "
          + "prediction) that the outlet makes in its own voice without naming a source."),
      new Term("Scare quotes", "Quotation marks around a word, with no speaker named, that keep "
          + "the writer at a distance from it (troops sent to the “threatened areas”). Quotation "
          + "marks around a name or title (the “Union State”) are not scare quotes."),
      new Term("Hedge", "A word that makes a claim softer or less certain (“may”, "
          + "“reportedly”)."),
      new Term("Booster", "A word that makes a claim sound surer (“clearly”, “undoubtedly”)."),
      new Term("Doubt", "Words that cast doubt on what someone said (“claimed that”, "
          + "“purported”)."),
      new Term("Clean sentence", "A sentence with none of the cues above: it reports in neutral "
          + "words, and says who says so when it matters."));

  private Glossary() {
  }
}
