package io.chromeless.group;

import io.chromeless.model.Hashes;
import io.chromeless.parse.Text;

/**
 * One-permutation MinHash with densification over word shingles of a cleaned body.
 *
 * <p>Each word is hashed once as it is read (lower-cased, no String per word); each shingle of
 * {@link #SHINGLE} consecutive words gets one 64-bit hash, whose top 7 bits choose one of
 * {@link #BINS} bins and whose other bits compete for that bin's minimum. One hash per shingle
 * instead of one per shingle and permutation makes it about {@code BINS} times cheaper than
 * classic MinHash. Bins no shingle fell into are filled from the next non-empty bin to the right
 * (circularly), re-hashed with the distance, so that two signatures agree on a bin with
 * probability equal to their Jaccard similarity also for short bodies (rotation densification,
 * Shrivastava and Li, 2014).
 */
public final class MinHasher {
  public static final int BINS = 128;
  public static final int SHINGLE = 5;
  /** Tokens hashed into the prefix key that brings truncated captures to their full article. */
  public static final int PREFIX_TOKENS = 24;

  private static final int BIN_SHIFT = 64 - 7;
  private static final long VALUE_MASK = (1L << BIN_SHIFT) - 1;
  private static final long EMPTY = Long.MAX_VALUE;

  private MinHasher() {}

  public static Signature sign(String docId, String body) {
    long[] tokens = tokenHashes(body);
    int n = tokens.length;
    long[] mins = new long[BINS];
    java.util.Arrays.fill(mins, EMPTY);
    int shingles = 0;
    long content = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < n; i++) {
      content = Hashes.mix64(content ^ tokens[i]) + i;
    }
    if (n > 0) {
      int k = Math.min(SHINGLE, n);
      for (int i = 0; i + k <= n; i++) {
        long h = 0;
        for (int j = 0; j < k; j++) {
          h = (h ^ tokens[i + j]) * 0x100000001b3L + j;
        }
        h = Hashes.mix64(h);
        int bin = (int) (h >>> BIN_SHIFT);
        long v = h & VALUE_MASK;
        if (v < mins[bin]) {
          mins[bin] = v;
        }
        shingles++;
      }
      densify(mins);
    }
    long prefix = 0;
    if (n >= PREFIX_TOKENS) {
      prefix = 0x51ED270B27A4F0C1L;
      for (int i = 0; i < PREFIX_TOKENS; i++) {
        prefix = Hashes.mix64(prefix ^ tokens[i]);
      }
      if (prefix == 0) {
        prefix = 1;
      }
    }
    return new Signature(docId, mins, shingles, content, prefix);
  }

  private static void densify(long[] mins) {
    int firstFull = -1;
    for (int i = 0; i < BINS; i++) {
      if (mins[i] != EMPTY) {
        firstFull = i;
        break;
      }
    }
    if (firstFull < 0) {
      return;
    }
    long[] src = mins.clone();
    for (int i = 0; i < BINS; i++) {
      if (src[i] != EMPTY) {
        continue;
      }
      int d = 1;
      while (src[(i + d) % BINS] == EMPTY) {
        d++;
      }
      mins[i] = Hashes.mix64(src[(i + d) % BINS] + d * 0x9E3779B97F4A7C15L) & VALUE_MASK;
    }
  }

  /** Hashes of the words of a text, lower-cased; each character of a space-less script is a word. */
  static long[] tokenHashes(String s) {
    long[] out = new long[Math.max(16, s.length() / 5)];
    int n = 0;
    long h = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean cjk = Text.isCjk(cp);
      if (Character.isLetterOrDigit(cp) && !cjk) {
        if (!in) {
          h = 0xcbf29ce484222325L;
          in = true;
        }
        h = (h ^ Character.toLowerCase(cp)) * 0x100000001b3L;
        continue;
      }
      if (in) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = h;
        in = false;
      }
      if (cjk) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = (cp * 0x9E3779B97F4A7C15L) ^ 0x7F4A7C15L;
      }
    }
    if (in) {
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n + 1);
      }
      out[n++] = h;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Estimated Jaccard similarity of the two shingle sets: the share of agreeing bins. */
  public static double jaccard(Signature a, Signature b) {
    long[] x = a.mins();
    long[] y = b.mins();
    int eq = 0;
    for (int i = 0; i < BINS; i++) {
      if (x[i] == y[i]) {
        eq++;
      }
    }
    return (double) eq / BINS;
  }
}
