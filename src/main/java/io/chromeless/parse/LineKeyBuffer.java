package io.chromeless.parse;

import java.util.Arrays;

/**
 * Pre-combines a worker's (counted line key, counted article) pairs before they leave {@code
 * LearnChrome}'s first step: per key, the distinct articles seen so far, at most as many as the
 * line's threshold ({@link ChromeKeys#threshold}). A footer on every page of a site then leaves as a
 * handful of pairs per flush, not one pair per page.
 *
 * <p>Why here and not only in the runner's combiner: the combine is lifted either way, but each
 * pair that leaves the DoFn costs its trip through the runner's collectors and the combiner's
 * sort buffer (on embedded Flink, handing about 30 pairs a page on cost more CPU than computing
 * them). What leaves is a subset of the pairs that came in, so the combine downstream counts the
 * same distinct articles, capped at the same threshold: the same lines are learned.
 *
 * <p>Memory is bounded: {@link #add} reports when the buffer holds {@code maxKeys} keys, and the
 * caller then {@link #drain}s it. Open addressing over parallel arrays, no boxing. Not thread-safe
 * (one per DoFn instance).
 */
public final class LineKeyBuffer {
  /** Receives the pairs on {@link #drain}. */
  public interface Sink {
    void accept(long countedKey, long countedArticle);
  }

  private final int minArticles;
  private final int maxKeys;
  private final int width;
  private final long[] keys;
  private final boolean[] used;
  private final byte[] sizes;
  /** {@code width} articles per slot. */
  private final long[] articles;
  private int size;

  /**
   * @param minArticles the job's threshold for a short line (as {@code LearnChrome}'s), at least 1
   * @param maxKeys how many distinct keys the buffer holds before it asks to be drained
   */
  public LineKeyBuffer(int minArticles, int maxKeys) {
    if (minArticles < 1 || maxKeys < 1) {
      throw new IllegalArgumentException("minArticles and maxKeys must be >= 1");
    }
    this.minArticles = minArticles;
    this.maxKeys = maxKeys;
    this.width = ChromeKeys.threshold(true, minArticles);
    int capacity = Integer.highestOneBit(maxKeys * 2 - 1) << 1; // load factor at most 1/2
    this.keys = new long[capacity];
    this.used = new boolean[capacity];
    this.sizes = new byte[capacity];
    this.articles = new long[capacity * width];
    if (width > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("threshold too large: " + width);
    }
  }

  /** Distinct keys held. */
  public int size() {
    return size;
  }

  /**
   * Adds one page's pair.
   *
   * @return true when the buffer is full and must be {@link #drain}ed before the next add
   */
  public boolean add(long countedKey, long countedArticle) {
    int mask = keys.length - 1;
    int slot = (int) mix(countedKey) & mask;
    while (used[slot] && keys[slot] != countedKey) {
      slot = (slot + 1) & mask;
    }
    if (!used[slot]) {
      used[slot] = true;
      keys[slot] = countedKey;
      sizes[slot] = 0;
      size++;
    }
    int cap = ChromeKeys.threshold(ChromeKeys.isLong(countedKey), minArticles);
    int n = sizes[slot];
    if (n < cap) {
      int base = slot * width;
      boolean seen = false;
      for (int i = 0; i < n && !seen; i++) {
        seen = articles[base + i] == countedArticle;
      }
      if (!seen) {
        articles[base + n] = countedArticle;
        sizes[slot] = (byte) (n + 1);
      }
    }
    return size >= maxKeys;
  }

  /** Hands every held pair to {@code sink} and empties the buffer. */
  public void drain(Sink sink) {
    for (int slot = 0; slot < keys.length; slot++) {
      if (used[slot]) {
        int base = slot * width;
        for (int i = 0; i < sizes[slot]; i++) {
          sink.accept(keys[slot], articles[base + i]);
        }
      }
    }
    Arrays.fill(used, false);
    size = 0;
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
