package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DuplicateRulesTest {
  private static final String[] VOCAB = vocabulary(5000, 1);

  private static String[] vocabulary(int n, long seed) {
    Random r = new Random(seed);
    String[] v = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      int len = 3 + r.nextInt(7);
      for (int j = 0; j < len; j++) {
        b.append((char) ('a' + r.nextInt(26)));
      }
      v[i] = b.toString();
    }
    return v;
  }

  /** An invented article of {@code words} words: paragraphs of random vocabulary. */
  static String article(long seed, int words) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(VOCAB[r.nextInt(VOCAB.length)]);
      b.append(i % 40 == 39 ? ".\n\n" : " ");
    }
    return b.toString().strip();
  }

  private static String firstWords(String text, double share) {
    String[] w = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(w, (int) (w.length * share)));
  }

  private static boolean grouped(String a, String b) {
    Signature x = MinHasher.sign("a", a);
    Signature y = MinHasher.sign("b", b);
    List<Long> kx = new ArrayList<>();
    for (long k : DuplicateRules.bucketKeys(x)) {
      kx.add(k);
    }
    boolean shareKey = false;
    for (long k : DuplicateRules.bucketKeys(y)) {
      shareKey |= kx.contains(k);
    }
    return shareKey && DuplicateRules.verify(x, y) >= 0;
  }

  @Test
  void identicalBodies_areDuplicates() {
    String a = article(1, 600);
    assertThat(grouped(a, a)).isTrue();
    assertThat(DuplicateRules.verify(MinHasher.sign("a", a), MinHasher.sign("b", a))).isEqualTo(1.0);
  }

  @Test
  void lightlyEdited_isDuplicate() {
    String a = article(2, 600);
    String edited = a.replaceFirst("\\b(\\w+)\\b", "changed").replace(".\n\n", ";\n\n") + " one more closing sentence here.";
    assertThat(grouped(a, edited)).isTrue();
  }

  @Test
  void paywallTruncatedCapture_joinsFullArticle() {
    String a = article(3, 800);
    for (double share : new double[] {0.3, 0.45, 0.6}) {
      assertThat(grouped(a, firstWords(a, share))).as("share %s", share).isTrue();
    }
  }

  @Test
  void followUpQuotingFirstParagraph_isNotMerged() {
    String original = article(4, 600);
    String followUp = firstWords(original, 0.08) + "\n\n" + article(5, 550);
    assertThat(grouped(original, followUp)).isFalse();
  }

  @Test
  void differentArticles_areNotDuplicates() {
    for (int i = 0; i < 50; i++) {
      assertThat(grouped(article(100 + i, 500), article(200 + i, 500))).isFalse();
    }
  }

  @Test
  void shortBodies_groupOnlyWhenIdentical() {
    String s = "short notice about the weather today";
    assertThat(DuplicateRules.bucketKeys(MinHasher.sign("a", s))).hasSize(1);
    assertThat(grouped(s, s)).isTrue();
    assertThat(grouped(s, s + " and tomorrow")).isFalse();
  }

  @Test
  void jaccardEstimate_isCloseToTheTruth() {
    // Two bodies sharing the first k of n distinct shingles: true Jaccard k / (2n - k).
    String a = article(7, 1000);
    String b = firstWords(a, 0.5) + " " + article(8, 500);
    double est = MinHasher.jaccard(MinHasher.sign("a", a), MinHasher.sign("b", b));
    double truth = 496.0 / (996 + 996 - 496);
    assertThat(est).isBetween(truth - 0.12, truth + 0.12);
  }

  @Test
  void oversizedBucket_usesStarEdges_linearInSize() {
    String body = article(9, 300);
    List<Signature> members =
        IntStream.range(0, 1000).mapToObj(i -> MinHasher.sign(String.format("d%04d", i), body)).collect(Collectors.toList());
    List<DuplicateRules.Edge> edges = DuplicateRules.bucketEdges(members);
    assertThat(edges.size()).isLessThanOrEqualTo(DuplicateRules.ANCHORS * 1000);
    UnionFind uf = new UnionFind();
    edges.forEach(e -> uf.union(e.a, e.b));
    assertThat(uf.roots().values().stream().distinct()).containsExactly("d0000");
  }
}
