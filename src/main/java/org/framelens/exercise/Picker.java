package org.framelens.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Balanced, reproducible selection. Candidates sit in buckets (a cue type, "clean", a kind of
 * difference...), each bucket in a deterministic order that is then shuffled with the seeded
 * generator. Picking goes round the buckets in their fixed order, one candidate per bucket per
 * round, so every bucket is represented before any gets a second item; within a bucket the
 * candidate from the least-used group (article or outlet pair) wins, ties broken by the shuffled
 * order. A candidate sharing a sentence with one already picked is skipped, so no sentence is
 * shown twice.
 *
 * @param <T> a candidate
 */
final class Picker<T> {

  /** A candidate with the sentence keys it uses and the group it spreads over. */
  record Candidate<T>(T value, String bucket, Set<String> keys, String group) {
  }

  private final Map<String, List<Candidate<T>>> buckets = new LinkedHashMap<>();
  private final Map<String, Integer> limits = new HashMap<>();

  /** Declares a bucket (buckets are visited in declaration order). */
  Picker<T> bucket(String name) {
    buckets.computeIfAbsent(name, k -> new ArrayList<>());
    return this;
  }

  /** At most {@code max} items from {@code name}. */
  Picker<T> limit(String name, int max) {
    limits.put(name, max);
    return this;
  }

  void add(T value, String bucket, Set<String> keys, String group) {
    List<Candidate<T>> b = buckets.get(bucket);
    if (b != null) {
      b.add(new Candidate<>(value, bucket, Set.copyOf(keys), group));
    }
  }

  /** Up to {@code n} candidates, balanced over the buckets; {@code used} keys are excluded. */
  List<Candidate<T>> pick(int n, Random random, Set<String> used) {
    Map<String, List<Candidate<T>>> shuffled = new LinkedHashMap<>();
    buckets.forEach((k, v) -> shuffled.put(k, shuffle(v, random)));
    Set<String> taken = new HashSet<>(used);
    Map<String, Integer> perGroup = new HashMap<>();
    Map<String, Integer> perBucket = new HashMap<>();
    List<Candidate<T>> out = new ArrayList<>();
    boolean progress = true;
    while (out.size() < n && progress) {
      progress = false;
      for (Map.Entry<String, List<Candidate<T>>> e : shuffled.entrySet()) {
        if (out.size() >= n) {
          break;
        }
        if (perBucket.getOrDefault(e.getKey(), 0) >= limits.getOrDefault(e.getKey(),
            Integer.MAX_VALUE)) {
          continue;
        }
        Candidate<T> best = null;
        for (Candidate<T> c : e.getValue()) {
          if (c.keys().stream().anyMatch(taken::contains)) {
            continue;
          }
          if (best == null || perGroup.getOrDefault(c.group(), 0)
              < perGroup.getOrDefault(best.group(), 0)) {
            best = c;
          }
        }
        if (best != null) {
          out.add(best);
          taken.addAll(best.keys());
          perGroup.merge(best.group(), 1, Integer::sum);
          perBucket.merge(e.getKey(), 1, Integer::sum);
          progress = true;
        }
      }
    }
    return out;
  }

  /** A Fisher–Yates shuffle driven by {@code random} (java.util.Random is specified exactly). */
  static <X> List<X> shuffle(List<X> in, Random random) {
    List<X> l = new ArrayList<>(in);
    for (int i = l.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      X t = l.get(i);
      l.set(i, l.get(j));
      l.set(j, t);
    }
    return l;
  }

  static String key(String articleId, int sentence) {
    return articleId + "#" + sentence;
  }
}
