package io.chromeless.parse;

import java.util.Arrays;

/**
 * Pre-combines a worker's (counted line key, article fingerprint) pairs before they leave {@code
 * LearnChrome}'s first step: per key, the distinct articles seen so far, at most as many as the
 * line's threshold ({@link ChromeKeys#threshold}). A footer on every page of a site then leaves as a
 * handful of pairs per flush, not one pair per page.
 *
 * <p>Why here: each pair that leaves the DoFn costs its trip through the runner's collectors and
 * its shuffle (on embedded Flink, handing about 30 pairs a page on cost more CPU than computing
 * them), and this buffer is what keeps a hot line's pairs few, in place of a runner's combiner
 * ({@code LearnChrome} groups the pairs and counts; its class doc says why it no longer combines).
 * What leaves is a subset of the pairs that came in, so the count downstream finds the same
 * distinct articles, capped at the same threshold: the same lines are learned.
 *
 * <p>A line is <em>decided</em> once one drain has handed on as many distinct articles as its
 * threshold: the count downstream will find at least that many, so the line is chrome whatever
 * else it sees. The buffer remembers decided keys (at most {@code maxKeys / 4}; past that it stops
 * remembering, which costs pairs, not correctness) and drops their later pairs. On a worker's
 * bundle of a whole partition, as on Flink's batch runner, a footer then leaves once per bundle
 * instead of once per flush.
 *
 * <p>Memory is bounded: {@link #add} reports when the buffer holds {@code maxKeys} keys, and the
 * caller then {@link #drain}s it. Open addressing over parallel arrays, no boxing. Not thread-safe
 * (one per DoFn instance).
 */
public final class LineKeyBuffer {
  /** Receives the pairs on {@link #drain}. */
  public interface Sink {
    void accept(long countedKey, long article);
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
  /** Keys already handed on with their threshold's worth of articles: open addressing, like {@link #keys}. */
  private final long[] decided;
  private final boolean[] decidedUsed;
  private final int maxDecided;
  private int decidedSize;

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
    this.maxDecided = Math.max(1, maxKeys / 4);
    int decidedCapacity = Integer.highestOneBit(maxDecided * 2 - 1) << 1;
    this.decided = new long[decidedCapacity];
    this.decidedUsed = new boolean[decidedCapacity];
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
  public boolean add(long countedKey, long article) {
    if (decidedSize > 0 && isDecided(countedKey)) {
      return false;
    }
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
        seen = articles[base + i] == article;
      }
      if (!seen) {
        articles[base + n] = article;
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
        if (sizes[slot] >= ChromeKeys.threshold(ChromeKeys.isLong(keys[slot]), minArticles)) {
          decide(keys[slot]);
        }
      }
    }
    Arrays.fill(used, false);
    size = 0;
  }

  /** Distinct keys remembered as decided. */
  int decided() {
    return decidedSize;
  }

  private boolean isDecided(long countedKey) {
    int mask = decided.length - 1;
    for (int slot = (int) mix(countedKey) & mask; decidedUsed[slot]; slot = (slot + 1) & mask) {
      if (decided[slot] == countedKey) {
        return true;
      }
    }
    return false;
  }

  private void decide(long countedKey) {
    if (decidedSize >= maxDecided) {
      return;
    }
    int mask = decided.length - 1;
    int slot = (int) mix(countedKey) & mask;
    while (decidedUsed[slot]) {
      if (decided[slot] == countedKey) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    decidedUsed[slot] = true;
    decided[slot] = countedKey;
    decidedSize++;
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
