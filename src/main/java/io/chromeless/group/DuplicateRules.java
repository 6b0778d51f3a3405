package io.chromeless.group;

import io.chromeless.model.Hashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which pages may be duplicates (bucket keys) and which candidate pairs are (verification).
 * Plain Java.
 *
 * <p>Keys: the {@value #BANDS} × {@value #ROWS} LSH bands of the signature. With 8 rows a band,
 * two captures of Jaccard similarity s share at least one band with probability 1 - (1 - s^8)^16:
 * 0.97 at s = 0.8, 0.69 at s = 0.7, 0.25 at s = 0.6 and 0.03 at s = 0.4 (the threshold where the
 * curve is steepest is about (1/16)^(1/8) ≈ 0.71). A paywall-cut capture holding 30–60 % of the
 * article has a Jaccard of 0.3–0.6 against the full one, which LSH misses, so a second key, the
 * hash of the body's first tokens, brings truncated captures to the article they start like.
 *
 * <p>Verification: a pair is a duplicate when its estimated Jaccard similarity is at least
 * {@value #MIN_JACCARD}, or when the shorter body is at least {@value #MIN_CONTAINMENT} contained in
 * the longer (a truncated capture). A follow-up story that only quotes the first paragraph shares
 * the prefix key but fails containment.
 *
 * <p>Bodies shorter than {@value #MIN_TOKENS} shingles group only with identical bodies
 * (near-empty or chrome-only bodies would otherwise chain unrelated articles). A bucket larger than {@value #MAX_ALL_PAIRS} is not
 * compared all-pairs: each member is compared with the first {@value #ANCHORS} members in doc-id
 * order (star edges to verified anchors), which bounds the work at O(n) per bucket.
 */
public final class DuplicateRules {
  public static final int BANDS = 16;
  public static final int ROWS = 8;
  public static final double MIN_JACCARD = 0.6;
  public static final double MIN_CONTAINMENT = 0.8;
  public static final int MIN_TOKENS = 20;
  public static final int MAX_ALL_PAIRS = 200;
  public static final int ANCHORS = 8;

  private static final long PREFIX_SALT = 0x2545F4914F6CDD1DL;
  private static final long EXACT_SALT = 0x6A09E667F3BCC909L;

  private DuplicateRules() {}

  /**
   * Bucket keys of a signature: the exact-content key always (identical bodies are one story
   * whatever their length, and must share one article id), the bands and the prefix key only for
   * bodies long enough to group by similarity.
   */
  public static long[] bucketKeys(Signature s) {
    long exact = Hashes.mix64(s.contentHash() ^ EXACT_SALT);
    if (s.shingles() < MIN_TOKENS) {
      return new long[] {exact};
    }
    long[] m = s.mins();
    long[] keys = new long[BANDS + 1 + (s.prefixHash() != 0 ? 1 : 0)];
    keys[BANDS] = exact;
    for (int b = 0; b < BANDS; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < ROWS; r++) {
        h = Hashes.mix64(h ^ m[b * ROWS + r]);
      }
      keys[b] = h;
    }
    if (s.prefixHash() != 0) {
      keys[BANDS + 1] = Hashes.mix64(s.prefixHash() ^ PREFIX_SALT);
    }
    return keys;
  }

  /** The similarity of a verified duplicate pair, or -1 if the pair is not a duplicate. */
  public static double verify(Signature a, Signature b) {
    if (a.contentHash() == b.contentHash()) {
      return 1.0;
    }
    if (a.shingles() < MIN_TOKENS || b.shingles() < MIN_TOKENS) {
      return -1;
    }
    double j = MinHasher.jaccard(a, b);
    if (j >= MIN_JACCARD) {
      return j;
    }
    int small = Math.min(a.shingles(), b.shingles());
    if (small < MIN_TOKENS * 2) {
      return -1;
    }
    double intersection = j * (a.shingles() + b.shingles()) / (1 + j);
    double containment = intersection / small;
    return containment >= MIN_CONTAINMENT ? j : -1;
  }

  /** A verified edge between two pages, smaller doc id first. */
  public static final class Edge {
    public final String a;
    public final String b;

    Edge(String x, String y) {
      if (x.compareTo(y) <= 0) {
        a = x;
        b = y;
      } else {
        a = y;
        b = x;
      }
    }
  }

  /** Verified edges among the members of one bucket (see the class comment for large buckets). */
  public static List<Edge> bucketEdges(List<Signature> members) {
    List<Signature> m = new ArrayList<>(members);
    m.sort(Comparator.comparing(Signature::docId));
    List<Edge> edges = new ArrayList<>();
    int n = m.size();
    int anchors = n > MAX_ALL_PAIRS ? ANCHORS : n;
    for (int i = 0; i < Math.min(anchors, n); i++) {
      for (int j = i + 1; j < n; j++) {
        Signature x = m.get(i);
        Signature y = m.get(j);
        if (!x.docId().equals(y.docId()) && verify(x, y) >= 0) {
          edges.add(new Edge(x.docId(), y.docId()));
        }
      }
    }
    return edges;
  }
}
