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

  @Test
  void containment_ofAPrefix_isExactlyOne_andOfAFollowUp_low() {
    String a = article(20, 700);
    Signature full = MinHasher.sign("full", a);
    Signature cut = MinHasher.sign("cut", firstWords(a, 0.3));
    assertThat(MinHasher.containment(cut, full).value()).isEqualTo(1.0);
    assertThat(MinHasher.containment(cut, full).bins()).isGreaterThanOrEqualTo(DuplicateRules.MIN_CONTAINMENT_BINS);
    Signature followUp = MinHasher.sign("f", firstWords(a, 0.1) + "\n\n" + article(21, 600));
    assertThat(MinHasher.containment(followUp, full).value()).isLessThan(0.4);
    DuplicateRules.Match m = DuplicateRules.match(cut, full);
    assertThat(m.kind()).isEqualTo(DuplicateRules.MatchKind.CONTAINED);
    assertThat(m.a()).isEqualTo("cut");
  }

  @Test
  void truncatedCapture_withADatelineWordOrAChromeLineOnTop_stillStartsAlike() {
    String a = article(22, 700);
    String cut = firstWords(a, 0.4);
    assertThat(grouped(a, "PENDALE " + cut)).isTrue();
    assertThat(grouped("HARLOW BAY " + a, cut)).isTrue();
    assertThat(grouped("You are reading 2 of 9 free stories this month.\n\n" + a, cut)).isTrue();
    // Not merely shared words: an unrelated body with the same chrome line on top is no duplicate.
    assertThat(grouped("You are reading 2 of 9 free stories this month.\n\n" + a,
        "You are reading 2 of 9 free stories this month.\n\n" + article(23, 300))).isFalse();
  }

  @Test
  void shortCaptureOfMostlyTheSharedParagraph_joinsOneStory_neverBridgesBoth() {
    // A story, its follow-up opening with the story's first paragraph, and a short paywall-cut
    // capture of the follow-up that holds that paragraph and a few words more: contained in both
    // (the sketch cannot tell a few words apart), it joins one of them, its best container, and
    // does not bridge the two stories.
    String first = article(24, 600);
    String shared = firstWords(first, 0.15);
    String followUp = shared + "\n\n" + article(25, 500);
    String cut = firstWords(followUp, 0.17);
    List<Signature> bucket = List.of(MinHasher.sign("story", first), MinHasher.sign("followup", followUp),
        MinHasher.sign("cut", cut));
    // Contained in both: the cut alone cannot tell its story.
    assertThat(DuplicateRules.match(bucket.get(2), bucket.get(0)).kind()).isEqualTo(DuplicateRules.MatchKind.CONTAINED);
    assertThat(DuplicateRules.match(bucket.get(2), bucket.get(1)).kind()).isEqualTo(DuplicateRules.MatchKind.CONTAINED);
    UnionFind uf = new UnionFind();
    DuplicateRules.bucketEdges(bucket).forEach(e -> uf.union(e.a, e.b));
    assertThat(uf.find("cut")).isIn(uf.find("followup"), uf.find("story"));
    assertThat(uf.find("story")).isNotEqualTo(uf.find("followup"));
  }

  @Test
  void candidateCurve_isTheDocumentedOne() {
    assertThat(DuplicateRules.candidateProbability(0.8, DuplicateRules.BANDS, DuplicateRules.ROWS)).isBetween(0.94, 0.95);
    assertThat(DuplicateRules.candidateProbability(0.8, 9, 13)).isBetween(0.39, 0.40);
    assertThat(DuplicateRules.candidateProbability(0.4, DuplicateRules.BANDS, DuplicateRules.ROWS)).isLessThan(0.011);
  }
}
