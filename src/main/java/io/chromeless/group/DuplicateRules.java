package io.chromeless.group;

import io.chromeless.model.Hashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which pages may be duplicates (bucket keys), which candidate pairs are (verification), and how
 * a bucket turns into candidate pairs. Plain Java: the Beam stage and tools outside it use the same
 * rules. docs/GROUPING.md explains the choices with figures.
 *
 * <p><b>Keys.</b> The {@value #BANDS} × {@value #ROWS} LSH bands of the signature: two bodies of
 * Jaccard similarity s share at least one band with probability 1 - (1 - s^8)^16:
 *
 * <pre>
 *   s            0.3    0.4    0.5    0.6    0.7    0.75   0.8    0.85   0.9    0.95
 *   16 × 8       0.001  0.010  0.061  0.237  0.613  0.815  0.947  0.994  1.000  1.000
 *   9 × 13       0.000  0.000  0.001  0.012  0.084  0.195  0.399  0.686  0.929  0.999
 * </pre>
 *
 * (16 × 8 is steepest near (1/16)^(1/8) ≈ 0.71; 9 × 13, what datasketch picks for a 0.8
 * threshold, finds only 40 % of pairs at s = 0.8). A paywall-cut capture holding 30-60 % of the article has a Jaccard similarity of
 * 0.3-0.6 with the full capture, which bands miss, so prefix keys (hashes of {@value
 * MinHasher#PREFIX_TOKENS} tokens where the body and its first long paragraph start, tolerant of a
 * dateline word or two: {@link MinHasher#prefixHashes}) bring captures that start alike together;
 * an exact-content key brings identical bodies together whatever their length.
 *
 * <p><b>Verification.</b> A pair is a duplicate when the bodies are identical ({@link
 * MatchKind#SAME}); or both have at least {@value #MIN_TOKENS} shingles and an estimated Jaccard
 * similarity of at least {@value #MIN_JACCARD} ({@link MatchKind#SIMILAR}: re-crawls, typo fixes,
 * updates, syndicated copies); or the shorter body (at least {@value #MIN_CONTAINED_SHINGLES}
 * shingles) starts like the longer one (a prefix key in common) and is at least {@value
 * #MIN_CONTAINMENT} contained in it ({@link MatchKind#CONTAINED}: a truncated capture). A follow-up
 * story that opens with an earlier story's first paragraph shares its prefix but is mostly new
 * text, so it fails containment. A contained capture joins only its best container ({@link
 * #BEST_CONTAINER}): a short capture that is mostly a shared first paragraph cannot bridge a story
 * and its follow-up.
 *
 * <p><b>Large buckets.</b> Bodies shorter than {@value #MIN_TOKENS} shingles (near-empty pages,
 * stray chrome) get the exact-content key only: they group only with identical bodies and never
 * chain unrelated articles. A bucket of more than {@value #MAX_ALL_PAIRS} members (thousands of
 * identical chrome-only bodies, one wire story on every site) is not compared all-pairs: each
 * member is paired with the first {@value #ANCHORS} members in content-hash order (star edges to
 * anchors, verified like any pair), so a bucket of n members costs at most {@value #ANCHORS}·n
 * pairs, not n²/2; the anchors depend on content only, not on file names or input order.
 */
public final class DuplicateRules {
  public static final int BANDS = 16;
  public static final int ROWS = 8;
  public static final double MIN_JACCARD = 0.7;
  public static final double MIN_CONTAINMENT = 0.85;
  public static final int MIN_TOKENS = 20;
  public static final int MIN_CONTAINED_SHINGLES = 50;
  /** Bins a containment estimate must rest on (both bodies with a real minimum). */
  public static final int MIN_CONTAINMENT_BINS = 12;
  public static final int MAX_ALL_PAIRS = 200;
  public static final int ANCHORS = 8;

  private static final long PREFIX_SALT = 0x2545F4914F6CDD1DL;
  private static final long EXACT_SALT = 0x6A09E667F3BCC909L;

  private DuplicateRules() {}

  /** 1 - (1 - s^rows)^bands: the probability that two bodies of Jaccard similarity s share a band. */
  public static double candidateProbability(double s, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  /**
   * Bucket keys of a signature: the exact-content key always (identical bodies are one story
   * whatever their length, and must share one article id), the bands and the prefix keys only for
   * bodies long enough to group by similarity.
   */
  public static long[] bucketKeys(Signature s) {
    long exact = Hashes.mix64(s.contentHash() ^ EXACT_SALT);
    if (s.shingles() < MIN_TOKENS) {
      return new long[] {exact};
    }
    int[] m = s.mins();
    long[] prefixes = s.prefixHashes();
    long[] keys = new long[BANDS + 1 + prefixes.length];
    for (int b = 0; b < BANDS; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < ROWS; r++) {
        h = Hashes.mix64(h ^ (m[b * ROWS + r] & 0xFFFFFFFFL));
      }
      keys[b] = h;
    }
    int k = BANDS;
    keys[k++] = exact;
    for (long p : prefixes) {
      keys[k++] = Hashes.mix64(p ^ PREFIX_SALT);
    }
    return keys;
  }

  /** How a verified pair is a duplicate. */
  public enum MatchKind {
    /** Identical bodies. */
    SAME,
    /** Jaccard similarity at least {@link #MIN_JACCARD}. */
    SIMILAR,
    /** The shorter body starts like the longer and is contained in it: a truncated capture. */
    CONTAINED
  }

  /** A verified duplicate pair. For {@link MatchKind#CONTAINED}, {@code a} is the contained capture. */
  public record Match(MatchKind kind, String a, String b, double jaccard, double containment,
      long bContentHash) {}

  /** The match between two signatures, or null when they are not duplicates. */
  public static Match match(Signature a, Signature b) {
    if (a.contentHash() == b.contentHash()) {
      return new Match(MatchKind.SAME, a.docId(), b.docId(), 1.0, 1.0, b.contentHash());
    }
    if (a.shingles() < MIN_TOKENS || b.shingles() < MIN_TOKENS) {
      return null;
    }
    double j = MinHasher.jaccard(a, b);
    if (j >= MIN_JACCARD) {
      return new Match(MatchKind.SIMILAR, a.docId(), b.docId(), j, Math.max(j, 0), b.contentHash());
    }
    Signature small = a.shingles() < b.shingles() || (a.shingles() == b.shingles() && a.contentHash() < b.contentHash())
        ? a : b;
    Signature large = small == a ? b : a;
    if (small.shingles() < MIN_CONTAINED_SHINGLES || !startAlike(small, large)) {
      return null;
    }
    MinHasher.Containment c = MinHasher.containment(small, large);
    if (c.bins() < MIN_CONTAINMENT_BINS || c.value() < MIN_CONTAINMENT) {
      return null;
    }
    return new Match(MatchKind.CONTAINED, small.docId(), large.docId(), j, c.value(), large.contentHash());
  }

  /** Whether two bodies share a prefix key: they start alike. */
  static boolean startAlike(Signature x, Signature y) {
    for (long p : x.prefixHashes()) {
      for (long q : y.prefixHashes()) {
        if (p == q) {
          return true;
        }
      }
    }
    return false;
  }

  /** The similarity of a verified duplicate pair (estimated Jaccard), or -1 if it is not one. */
  public static double verify(Signature a, Signature b) {
    Match m = match(a, b);
    return m == null ? -1 : m.jaccard();
  }

  /**
   * Of the containers of one contained capture, the best first: the highest containment, then the
   * highest Jaccard similarity, then the smallest content hash (never a file name or input order).
   */
  public static final Comparator<Match> BEST_CONTAINER =
      Comparator.comparingDouble((Match m) -> -m.containment())
          .thenComparingDouble(m -> -m.jaccard())
          .thenComparingLong(Match::bContentHash)
          .thenComparing(Match::b);

  /** A member of a bucket: what choosing its candidate pairs needs. */
  public record Member(String docId, long contentHash) {}

  /** A candidate pair, smaller doc id first. */
  public record Pair(String a, String b) {
    public static Pair of(String x, String y) {
      return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
    }
  }

  static final Comparator<Member> CONTENT_ORDER =
      Comparator.comparingLong(Member::contentHash).thenComparing(Member::docId);

  /**
   * Candidate pairs of one bucket: all pairs up to {@link #MAX_ALL_PAIRS} members, star pairs to
   * the first {@link #ANCHORS} members in content order above (see the class comment).
   */
  public static List<Pair> candidatePairs(List<Member> members) {
    List<Member> m = new ArrayList<>(members);
    m.sort(CONTENT_ORDER);
    int n = m.size();
    int anchors = n > MAX_ALL_PAIRS ? ANCHORS : n;
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < Math.min(anchors, n); i++) {
      for (int j = i + 1; j < n; j++) {
        String x = m.get(i).docId();
        String y = m.get(j).docId();
        if (!x.equals(y)) {
          out.add(Pair.of(x, y));
        }
      }
    }
    return out;
  }

  /** A verified edge between two pages, smaller doc id first. */
  public static final class Edge {
    public final String a;
    public final String b;

    public Edge(String x, String y) {
      if (x.compareTo(y) <= 0) {
        a = x;
        b = y;
      } else {
        a = y;
        b = x;
      }
    }
  }

  /**
   * Edges of a set of matches: every SAME and SIMILAR match, and for each contained capture its
   * match with the best container only.
   */
  public static List<Edge> edges(Iterable<Match> matches) {
    List<Edge> out = new ArrayList<>();
    Map<String, Match> best = new HashMap<>();
    for (Match m : matches) {
      if (m.kind() == MatchKind.CONTAINED) {
        best.merge(m.a(), m, (x, y) -> BEST_CONTAINER.compare(x, y) <= 0 ? x : y);
      } else {
        out.add(new Edge(m.a(), m.b()));
      }
    }
    best.values().stream().sorted(Comparator.comparing(Match::a))
        .forEach(m -> out.add(new Edge(m.a(), m.b())));
    return out;
  }

  /** Verified edges among the members of one bucket (the stage's rules applied in memory). */
  public static List<Edge> bucketEdges(List<Signature> members) {
    Map<String, Signature> byId = new HashMap<>();
    List<Member> ms = new ArrayList<>();
    for (Signature s : members) {
      byId.put(s.docId(), s);
      ms.add(new Member(s.docId(), s.contentHash()));
    }
    List<Match> matches = new ArrayList<>();
    for (Pair p : candidatePairs(ms)) {
      Match m = match(byId.get(p.a()), byId.get(p.b()));
      if (m != null) {
        matches.add(m);
      }
    }
    return edges(matches);
  }
}
