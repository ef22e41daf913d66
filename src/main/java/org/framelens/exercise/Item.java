package org.framelens.exercise;

import java.util.List;

/**
 * One exercise item: what students see (sentences) and the key (answers, differences).
 *
 * @param number      1-based position on the worksheet
 * @param bucket      why it was selected: a cue type id, {@code clean}, or for {@code compare}
 *                    the kind of difference, for {@code sources} the kind of answer
 * @param sentences   one sentence (spot, sources) or two or three aligned ones (compare)
 * @param answers     the key, each point anchored to an exact span
 * @param clean       whether the tool found no framing cue in it (spot)
 * @param differences for compare: how the framing differs, one plain sentence each
 */
public record Item(int number, String bucket, List<ItemSentence> sentences,
    List<Answer> answers, boolean clean, List<String> differences) {

  public Item {
    sentences = List.copyOf(sentences);
    answers = List.copyOf(answers);
    differences = List.copyOf(differences);
    if (sentences.isEmpty() || answers.isEmpty()) {
      throw new IllegalArgumentException("an item needs a sentence and an answer");
    }
  }

  Item withNumber(int n) {
    return new Item(n, bucket, sentences, answers, clean, differences);
  }
}
