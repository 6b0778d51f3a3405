package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.corpus.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One-permutation hashing with densification keeps the accuracy of MinHash: on generated pairs
 * (every duplicate kind against its original, follow-ups, unrelated articles, and short bodies
 * where most bins are empty and densification fills them) the estimate is compared with the exact
 * Jaccard similarity of the 5-word shingle sets. For article-length bodies the standard error of
 * an unbiased estimate from 128 bins is sqrt(J(1-J)/128) <= 0.044: the test asserts no bias (mean
 * error within 0.01), a mean absolute error under 0.03, 95 % of estimates within 2.5 standard
 * errors and none off by 0.2. A short body has fewer shingles than bins and the estimate rests on
 * as many samples as it has shingles.
 */
class MinHasherAccuracyTest {
  /** Exact shingle set, from the same word tokens the signature uses. */
  private static Set<List<Long>> shingles(String body) {
    long[] t = MinHasher.tokenHashes(body);
    Set<List<Long>> out = new HashSet<>();
    int k = Math.min(MinHasher.SHINGLE, t.length);
    for (int i = 0; i + k <= t.length; i++) {
      List<Long> s = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        s.add(t[i + j]);
      }
      out.add(s);
    }
    return out;
  }

  private static double exact(String a, String b) {
    Set<List<Long>> x = shingles(a);
    Set<List<Long>> y = shingles(b);
    Set<List<Long>> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return union.isEmpty() ? 1 : (double) x.size() / union.size();
  }

  private static String words(String s, int from, int to) {
    String[] w = s.split("\\s+");
    StringBuilder b = new StringBuilder();
    for (int i = from; i < Math.min(to, w.length); i++) {
      b.append(i > from ? " " : "").append(w[i]);
    }
    return b.toString();
  }

  @Test
  void densifiedOnePermutationEstimates_trackExactJaccard() {
    List<GeneratedPage> pages = CorpusGenerator.of(4000, 5).generate();
    Map<String, GeneratedPage> originals = new HashMap<>();
    for (GeneratedPage p : pages) {
      if (p.kind() == Kind.ORIGINAL) {
        originals.put(p.story(), p);
      }
    }
    List<String[]> pairs = new ArrayList<>();
    for (GeneratedPage p : pages) {
      GeneratedPage o = originals.get(p.story().replace("f", ""));
      if (o != null && p != o && p.kind().isArticle()) {
        pairs.add(new String[] {o.body(), p.body()});
      }
    }
    Random r = new Random(9);
    List<GeneratedPage> list = new ArrayList<>(originals.values());
    list.sort(java.util.Comparator.comparing(GeneratedPage::name));
    for (int i = 0; i < 300; i++) {
      String a = list.get(r.nextInt(list.size())).body();
      pairs.add(new String[] {a, list.get(r.nextInt(list.size())).body()});
      // Short bodies (20-70 words): most of the 128 bins are empty and filled by densification.
      int n = 20 + r.nextInt(50);
      int cut = r.nextInt(n);
      pairs.add(new String[] {words(a, 0, n), words(a, cut, cut + n)});
    }
    List<String[]> longPairs = new ArrayList<>();
    List<String[]> shortPairs = new ArrayList<>();
    for (String[] pair : pairs) {
      (Math.min(shingles(pair[0]).size(), shingles(pair[1]).size()) >= 2 * MinHasher.BINS ? longPairs : shortPairs)
          .add(pair);
    }
    // Bodies of 256 shingles or more (articles): every bin is filled by a real minimum or nearly.
    double[] l = errors("long bodies", longPairs);
    assertThat(longPairs.size()).isGreaterThan(1500);
    assertThat(Math.abs(l[0])).isLessThan(0.01);
    assertThat(l[1]).isLessThan(0.03);
    assertThat(l[2]).isLessThan(0.2);
    assertThat(l[3]).isGreaterThan(0.95);
    // Short bodies: fewer real minima than bins, densification copies them; still unbiased, with
    // the error of as many samples as there are shingles (SE sqrt(J(1-J)/min(128, shingles))).
    double[] s2 = errors("short bodies", shortPairs);
    assertThat(shortPairs.size()).isGreaterThan(300);
    assertThat(Math.abs(s2[0])).isLessThan(0.02);
    assertThat(s2[3]).isGreaterThan(0.95);
  }

  /** Mean error, mean absolute error, max absolute error, share within 2.5 standard errors. */
  private static double[] errors(String what, List<String[]> pairs) {
    int within = 0;
    double sumErr = 0;
    double sumAbs = 0;
    double worst = 0;
    for (String[] pair : pairs) {
      double j = exact(pair[0], pair[1]);
      double est = MinHasher.jaccard(MinHasher.sign("a", pair[0]), MinHasher.sign("b", pair[1]));
      double err = est - j;
      int samples = Math.min(MinHasher.BINS, Math.min(shingles(pair[0]).size(), shingles(pair[1]).size()));
      double se = Math.sqrt(j * (1 - j) / Math.max(1, samples));
      within += Math.abs(err) <= 2.5 * se + 1e-9 ? 1 : 0;
      sumErr += err;
      sumAbs += Math.abs(err);
      worst = Math.max(worst, Math.abs(err));
    }
    int n = pairs.size();
    System.out.printf("MinHasherAccuracyTest %s: %d pairs, mean error %+.4f, mean |error| %.4f, max |error| %.4f,"
        + " within 2.5 SE %.1f%%%n", what, n, sumErr / n, sumAbs / n, worst, 100.0 * within / n);
    return new double[] {sumErr / n, sumAbs / n, worst, (double) within / n};
  }
}
