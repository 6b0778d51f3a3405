package io.chromeless.group;

import io.chromeless.model.Hashes;
import io.chromeless.parse.Text;

/**
 * One-permutation MinHash with densification over word shingles of a cleaned body. Plain Java.
 *
 * <p>Words are read in one pass over the characters (lower-cased; each character of a script
 * written without spaces is a word), each hashed once, with no String per word and no per-page
 * allocation beyond the signature itself (the token buffer is reused per thread). Each shingle of
 * {@link #SHINGLE} consecutive words gets one 64-bit hash: its top 7 bits choose one of {@link
 * #BINS} bins, 31 other bits compete for that bin's minimum. One hash per shingle instead of one
 * per shingle and permutation makes it about {@code BINS} times cheaper than classic MinHash.
 *
 * <p>Bins no shingle fell into are filled from the nearest non-empty bin to the right
 * (circularly), re-hashed with the distance (rotation densification, Shrivastava and Li, 2014), so
 * that two signatures agree on a bin with probability equal to their Jaccard similarity also for
 * short bodies. A filled bin is marked by the sign bit (real minima are non-negative), which {@link
 * #containment} needs: in a bin where both bodies have a real minimum, the smaller body's minimum
 * is below the larger's only if it is a shingle the larger body does not have.
 */
public final class MinHasher {
  public static final int BINS = 128;
  public static final int SHINGLE = 5;
  /** Tokens hashed into a prefix key, which brings truncated captures to their full article. */
  public static final int PREFIX_TOKENS = 24;

  private static final int BIN_SHIFT = 64 - 7;
  private static final int EMPTY = Integer.MAX_VALUE;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long[] SHINGLE_MULT = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L,
      0xD6E8FEB86659FD93L, 0xFF51AFD7ED558CCDL};
  /** ASCII letters and digits: 1 = lower-case or digit, 2 = upper-case. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 'a'; c <= 'z'; c++) {
      ASCII[c] = 1;
    }
    for (int c = '0'; c <= '9'; c++) {
      ASCII[c] = 1;
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      ASCII[c] = 2;
    }
  }

  /** Per-thread token buffer: the only sizeable memory a signature needs besides its bins. */
  private static final ThreadLocal<Tokens> TOKENS = ThreadLocal.withInitial(Tokens::new);

  private MinHasher() {}

  /** Token hashes of one body and where its first long paragraph starts. */
  static final class Tokens {
    long[] hashes = new long[2048];
    int n;
    /** Index of the first token of the first paragraph of at least PREFIX_TOKENS tokens, or -1. */
    int firstLong;
  }

  public static Signature sign(String docId, String body) {
    Tokens t = TOKENS.get();
    tokenize(body, t);
    long[] tok = t.hashes;
    int n = t.n;
    int[] mins = new int[BINS];
    java.util.Arrays.fill(mins, EMPTY);
    long content = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < n; i++) {
      content = Hashes.mix64(content ^ tok[i]) + i;
    }
    int shingles = 0;
    if (n > 0) {
      int k = Math.min(SHINGLE, n);
      for (int i = 0; i + k <= n; i++) {
        long h = 0;
        for (int j = 0; j < k; j++) {
          h += tok[i + j] * SHINGLE_MULT[j];
        }
        h = Hashes.mix64(h);
        int bin = (int) (h >>> BIN_SHIFT);
        int v = (int) h & 0x7FFFFFFF;
        if (v < mins[bin]) {
          mins[bin] = v;
        }
      }
      shingles = n - k + 1;
      densify(mins);
    }
    return new Signature(docId, mins, shingles, content, prefixHashes(tok, n, t.firstLong));
  }

  /** Start offsets, in tokens, of the prefix keys: a dateline of one or two words kept in one capture and cut in another. */
  public static final int PREFIX_OFFSETS = 3;

  /**
   * Prefix hashes: the body's first {@link #PREFIX_TOKENS} tokens; and those of the first long
   * paragraph (at least that many tokens; the first paragraph when it is long) from its first,
   * second and third token, so that a dateline of one or two words kept in one capture and cut in
   * another, or a short chrome line above the article, does not hide the common start.
   */
  static long[] prefixHashes(long[] tok, int n, int firstLong) {
    long[] out = new long[1 + PREFIX_OFFSETS];
    int k = 0;
    long head = prefixHash(tok, 0, n);
    if (head != 0) {
      out[k++] = head;
    }
    if (firstLong >= 0) {
      for (int d = firstLong == 0 ? 1 : 0; d < PREFIX_OFFSETS; d++) {
        long h = prefixHash(tok, firstLong + d, n);
        if (h != 0) {
          out[k++] = h;
        }
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  private static long prefixHash(long[] tok, int from, int n) {
    if (n - from < PREFIX_TOKENS) {
      return 0;
    }
    long p = 0x51ED270B27A4F0C1L;
    for (int i = from; i < from + PREFIX_TOKENS; i++) {
      p = Hashes.mix64(p ^ tok[i]);
    }
    return p == 0 ? 1 : p;
  }

  /** Rotation densification in one backward pass; filled bins carry the sign bit. */
  private static void densify(int[] mins) {
    int last = -1;
    for (int i = BINS - 1; i >= 0; i--) {
      if (mins[i] != EMPTY) {
        last = i;
        break;
      }
    }
    if (last < 0) {
      return;
    }
    // Walk right to left starting just left of a full bin, so the nearest full bin to the right
    // of each empty bin is known when it is reached.
    int src = last;
    int srcValue = mins[last];
    for (int step = 1; step < BINS; step++) {
      int i = (last - step + BINS) % BINS;
      if (mins[i] != EMPTY) {
        src = i;
        srcValue = mins[i];
        continue;
      }
      int d = (src - i + BINS) % BINS;
      mins[i] = (int) Hashes.mix64(srcValue + d * 0x9E3779B97F4A7C15L) | 0x80000000;
    }
  }

  /** Hashes of the words of a text into {@code t}; each character of a space-less script is a word. */
  static void tokenize(String s, Tokens t) {
    long[] out = t.hashes;
    int n = 0;
    long h = 0;
    boolean in = false;
    int newlines = 0;
    int paragraphStart = 0;
    t.firstLong = -1;
    int len = s.length();
    for (int i = 0; i < len; ) {
      char c = s.charAt(i);
      int cp;
      boolean word;
      boolean cjk = false;
      if (c < 128) {
        i++;
        byte kind = ASCII[c];
        cp = kind == 2 ? c + 32 : c;
        word = kind != 0;
      } else {
        cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetterOrDigit(cp)) {
          cjk = Text.isCjk(cp);
          word = !cjk;
          cp = Character.toLowerCase(cp);
        } else {
          word = false;
        }
      }
      if (word) {
        if (!in) {
          h = FNV_OFFSET;
          in = true;
          if (newlines >= 2) {
            paragraphStart = paragraphBreak(t, paragraphStart, n);
          }
          newlines = 0;
        }
        h = (h ^ cp) * FNV_PRIME;
        continue;
      }
      if (in) {
        if (n == out.length) {
          out = t.hashes = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = h;
        in = false;
      }
      if (c == '\n') {
        newlines++;
      }
      if (cjk) {
        if (n == out.length) {
          out = t.hashes = java.util.Arrays.copyOf(out, n * 2);
        }
        if (newlines >= 2) {
          paragraphStart = paragraphBreak(t, paragraphStart, n);
        }
        newlines = 0;
        out[n++] = (cp * 0x9E3779B97F4A7C15L) ^ 0x7F4A7C15L;
      }
    }
    if (in) {
      if (n == out.length) {
        out = t.hashes = java.util.Arrays.copyOf(out, n + 1);
      }
      out[n++] = h;
    }
    t.n = n;
    paragraphBreak(t, paragraphStart, n);
  }

  /** A paragraph [start, n) ended: note it if it is the first long one; returns the next start. */
  private static int paragraphBreak(Tokens t, int start, int n) {
    if (t.firstLong < 0 && n - start >= PREFIX_TOKENS) {
      t.firstLong = start;
    }
    return n;
  }

  /** Hashes of the words of a text (a copy; for tests and tools). */
  static long[] tokenHashes(String s) {
    Tokens t = new Tokens();
    tokenize(s, t);
    return java.util.Arrays.copyOf(t.hashes, t.n);
  }

  /** Estimated Jaccard similarity of the two shingle sets: the share of agreeing bins. */
  public static double jaccard(Signature a, Signature b) {
    int[] x = a.mins();
    int[] y = b.mins();
    int eq = 0;
    for (int i = 0; i < BINS; i++) {
      if (x[i] == y[i]) {
        eq++;
      }
    }
    return (double) eq / BINS;
  }

  /**
   * Estimated containment |A ∩ B| / |A| of the shingles of {@code a} in those of {@code b}, and
   * how many bins it rests on. Over the bins where both have a real minimum: equal minima are
   * shingles in A ∩ B, a smaller minimum in A is a shingle of A not in B; the containment is
   * {@code equal / (equal + smaller)}. A body wholly contained in the other scores exactly 1.
   */
  public static Containment containment(Signature a, Signature b) {
    int[] x = a.mins();
    int[] y = b.mins();
    int eq = 0;
    int lt = 0;
    for (int i = 0; i < BINS; i++) {
      int u = x[i];
      int v = y[i];
      if ((u | v) < 0) {
        continue; // a filled bin on either side says nothing about order
      }
      if (u == v) {
        eq++;
      } else if (u < v) {
        lt++;
      }
    }
    return new Containment(eq + lt == 0 ? 0 : (double) eq / (eq + lt), eq + lt);
  }

  /** A containment estimate and the number of bins it rests on. */
  public record Containment(double value, int bins) {}
}
