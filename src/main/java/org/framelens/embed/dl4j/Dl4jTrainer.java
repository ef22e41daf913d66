package org.framelens.embed.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.models.word2vec.VocabWord;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.deeplearning4j.text.sentenceiterator.CollectionSentenceIterator;
import org.deeplearning4j.text.tokenization.tokenizerfactory.DefaultTokenizerFactory;
import org.framelens.embed.CompactVectorsWriter;
import org.framelens.embed.ModelException;
import org.framelens.embed.ModelInfo;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains a domain Word2Vec (skip-gram) model with Deeplearning4j on sentences that FrameLens has
 * already tokenized, and saves it in the compact store (rows in descending frequency, so SIF
 * weights work as for the default model). Uses {@code allowParallelTokenization(false)}: with
 * the default, DL4J's vocabulary pass is about 9× slower on this machine kind (probe notes).
 */
public final class Dl4jTrainer {

  /**
   * Training settings.
   *
   * @param dimensions vector length
   * @param window     context window
   * @param minCount   words seen fewer times are dropped
   * @param epochs     passes over the corpus (5–10 give usable vectors on a few MB)
   * @param workers    training threads (1 is slower but repeatable)
   * @param seed       random seed
   */
  public record Settings(int dimensions, int window, int minCount, int epochs, int workers,
      long seed) {
  }

  private Dl4jTrainer() {
  }

  /**
   * Trains on {@code sentences} (each a space-separated, lower-cased token sequence) and writes
   * the model to {@code out}.
   */
  public static ModelInfo train(List<String> sentences, Settings s, Path out, String provenance)
      throws ModelException {
    if (sentences.isEmpty()) {
      throw new ModelException("no sentences to train on");
    }
    DefaultTokenizerFactory tokenizer = new DefaultTokenizerFactory();
    Word2Vec w2v = new Word2Vec.Builder()
        .layerSize(s.dimensions())
        .windowSize(s.window())
        .minWordFrequency(s.minCount())
        .epochs(s.epochs())
        .iterations(1)
        .seed(s.seed())
        .workers(s.workers())
        .negativeSample(5)
        .sampling(1e-4)
        .allowParallelTokenization(false)
        .iterate(new CollectionSentenceIterator(sentences))
        .tokenizerFactory(tokenizer)
        .build();
    try {
      w2v.fit();
    } catch (RuntimeException e) {
      throw new ModelException("Word2Vec training failed: " + Dl4jImporter.firstLine(e), e);
    }
    List<VocabWord> vocab = new ArrayList<>(w2v.getVocab().vocabWords());
    if (vocab.isEmpty()) {
      throw new ModelException("no word occurs at least " + s.minCount() + " times; lower "
          + "--min-count or give more text");
    }
    vocab.sort(Comparator.comparingDouble(VocabWord::getElementFrequency).reversed()
        .thenComparing(VocabWord::getLabel));
    INDArray syn0 = w2v.lookupTable().getWeights();
    int dim = (int) syn0.columns();
    List<String> words = new ArrayList<>(vocab.size());
    int[] rows = new int[vocab.size()];
    for (int i = 0; i < vocab.size(); i++) {
      words.add(vocab.get(i).getLabel());
      rows[i] = vocab.get(i).getIndex();
    }
    float[] matrix = syn0.dup('c').data().asFloat();
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    ModelInfo template = ModelInfo.template(name,
        String.format(Locale.ROOT, "domain Word2Vec (skip-gram) trained by framelens vectors train: "
            + "%d dimensions, window %d, min count %d, %d epochs, seed %d, %d worker(s)",
            s.dimensions(), s.window(), s.minCount(), s.epochs(), s.seed(), s.workers()),
        "as of the training corpus", provenance, true);
    try {
      return CompactVectorsWriter.write(out, template, words, dim,
          (i, row) -> System.arraycopy(matrix, rows[i] * dim, row, 0, dim));
    } catch (IOException e) {
      throw new ModelException("cannot write the model to " + out + ": " + e.getMessage());
    }
  }
}
