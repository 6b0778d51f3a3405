package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** The count of a line's distinct articles: capped at the line's own threshold, whatever the merge order. */
class DistinctArticlesFnTest {
  private final LearnChrome.DistinctArticlesFn fn = new LearnChrome.DistinctArticlesFn(3);

  private LearnChrome.Articles of(long key, long... fingerprints) {
    LearnChrome.Articles a = fn.createAccumulator();
    for (long f : fingerprints) {
      a = fn.addInput(a, ChromeKeys.countedArticle(f, key));
    }
    return a;
  }

  @Test
  void shortLine_stopsAtThree_longLine_atSix_andRepeatsCountOnce() {
    long shortKey = ChromeKeys.countedKey(ChromeKeys.lineHash(ChromeKeys.scopeSeed("s"), "home"), false);
    long longKey = ChromeKeys.countedKey(shortKey, true);
    assertThat(fn.extractOutput(of(shortKey, 10, 20, 10, 20))).isEqualTo(2);
    assertThat(fn.extractOutput(of(shortKey, 10, 20, 30, 40, 50, 60, 70))).isEqualTo(3);
    assertThat(fn.extractOutput(of(longKey, 10, 20, 30, 40, 50))).isEqualTo(5);
    assertThat(fn.extractOutput(of(longKey, 10, 20, 30, 40, 50, 60, 70, 80))).isEqualTo(6);
  }

  @Test
  void mergedAndEncodedAccumulators_countTheUnion() throws Exception {
    long longKey = ChromeKeys.countedKey(ChromeKeys.lineHash(ChromeKeys.scopeSeed("s"), "a paragraph"), true);
    LearnChrome.Articles a = CoderUtils.clone(fn.getAccumulatorCoder(null, null), of(longKey, 10, 20, 30));
    LearnChrome.Articles b = of(longKey, 20, 30, 40);
    LearnChrome.Articles empty = fn.createAccumulator();
    assertThat(fn.extractOutput(fn.mergeAccumulators(List.of(empty, a, b)))).isEqualTo(4);
    LearnChrome.Articles c = of(longKey, 50, 60, 70, 80);
    LearnChrome.Articles d = CoderUtils.clone(fn.getAccumulatorCoder(null, null), of(longKey, 10, 20));
    assertThat(fn.extractOutput(fn.mergeAccumulators(List.of(d, c)))).isEqualTo(6);
    assertThat(fn.extractOutput(fn.mergeAccumulators(List.of()))).isZero();
  }
}
