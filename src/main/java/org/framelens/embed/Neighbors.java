package org.framelens.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Exact top-k nearest neighbours by cosine similarity over the whole vocabulary (a brute-force
 * scan with precomputed norms; about 34 million multiply-adds for the default model).
 */
public final class Neighbors {

  /** A neighbour and its cosine similarity. */
  public record Neighbor(String word, int row, double similarity) {
  }

  private static final int BLOCK = 1024;
  private final WordVectors vectors;

  public Neighbors(WordVectors vectors) {
    this.vectors = vectors;
  }

  /** The k words most similar to {@code word}, itself excluded; empty if it is unknown. */
  public List<Neighbor> of(String word, int k) {
    int row = vectors.index(word);
    if (row < 0) {
      return List.of();
    }
    return of(vectors.vector(row), k, row);
  }

  /** The k rows most similar to vector {@code q}, excluding row {@code exclude} (or -1). */
  public List<Neighbor> of(float[] q, int k, int exclude) {
    double qn = 0;
    for (float f : q) {
      qn += (double) f * f;
    }
    qn = Math.sqrt(qn);
    if (qn == 0 || k <= 0) {
      return List.of();
    }
    // min-heap of the best k (at most the whole vocabulary, so a huge k allocates no more);
    // ties broken by row so results are deterministic
    PriorityQueue<Neighbor> heap = new PriorityQueue<>(Math.min(k, vectors.size()) + 1,
        (a, b) -> a.similarity() != b.similarity()
        ? Double.compare(a.similarity(), b.similarity()) : Integer.compare(b.row(), a.row()));
    double floor = -2;
    int n = vectors.size();
    int dim = vectors.dimensions();
    float[] block = new float[BLOCK * dim];
    float[] dots = new float[BLOCK];
    for (int first = 0; first < n; first += BLOCK) {
      int rows = Math.min(BLOCK, n - first);
      vectors.copyRows(first, rows, block);
      for (int i = 0; i < rows; i++) {
        // four partial sums break the dependency chain of one running sum
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int base = i * dim;
        int d = 0;
        for (; d + 3 < dim; d += 4) {
          s0 += block[base + d] * q[d];
          s1 += block[base + d + 1] * q[d + 1];
          s2 += block[base + d + 2] * q[d + 2];
          s3 += block[base + d + 3] * q[d + 3];
        }
        for (; d < dim; d++) {
          s0 += block[base + d] * q[d];
        }
        dots[i] = (s0 + s1) + (s2 + s3);
      }
      for (int i = 0; i < rows; i++) {
      int r = first + i;
      if (r == exclude) {
        continue;
      }
      float norm = vectors.norm(r);
      if (norm == 0) {
        continue;
      }
      double sim = dots[i] / (norm * qn);
      if (heap.size() < k) {
        heap.add(new Neighbor(null, r, sim));
        if (heap.size() == k) {
          floor = heap.peek().similarity();
        }
      } else if (sim > floor) {
        heap.poll();
        heap.add(new Neighbor(null, r, sim));
        floor = heap.peek().similarity();
      }
      }
    }
    List<Neighbor> out = new ArrayList<>(heap.size());
    while (!heap.isEmpty()) {
      Neighbor x = heap.poll();
      out.add(new Neighbor(vectors.word(x.row()), x.row(), x.similarity()));
    }
    java.util.Collections.reverse(out);
    return out;
  }
}
