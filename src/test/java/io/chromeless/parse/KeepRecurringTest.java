package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/**
 * A line's distinct articles, capped at the line's own threshold (3 short, 6 long at the default),
 * repeats counted once; and the lines that reach it, out of a line's grouped pairs.
 */
public class KeepRecurringTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static final long SHORT = ChromeKeys.countedKey(ChromeKeys.lineHash(ChromeKeys.scopeSeed("s"), "home"), false);
  private static final long LONG = ChromeKeys.countedKey(SHORT, true);

  private static List<Long> articles(long... fingerprints) {
    List<Long> out = new ArrayList<>();
    for (long f : fingerprints) {
      out.add(f);
    }
    return out;
  }

  private static int count(long key, long... fingerprints) {
    LearnChrome.Articles a = new LearnChrome.Articles(key, 3);
    articles(fingerprints).forEach(a::add);
    return a.size;
  }

  @Test
  public void shortLine_stopsAtThree_longLine_atSix_andRepeatsCountOnce() {
    assertThat(count(SHORT, 10, 20, 10, 20)).isEqualTo(2);
    assertThat(count(SHORT, 10, 20, 30, 40, 50, 60, 70)).isEqualTo(3);
    assertThat(count(LONG, 10, 20, 30, 40, 50)).isEqualTo(5);
    assertThat(count(LONG, 10, 20, 30, 40, 50, 60, 70, 80)).isEqualTo(6);
  }

  @Test
  public void keepsTheLinesThatReachTheirThreshold() {
    long other = ChromeKeys.countedKey(ChromeKeys.lineHash(ChromeKeys.scopeSeed("s"), "a paragraph"), true);
    long shortFew = ChromeKeys.countedKey(ChromeKeys.lineHash(ChromeKeys.scopeSeed("t"), "menu"), false);
    PCollection<Long> kept = p
        .apply(Create.of(Arrays.asList(
            KV.of(SHORT, (Iterable<Long>) articles(1, 2, 2, 3, 4)),      // 3 of 3 (and more): chrome
            KV.of(shortFew, (Iterable<Long>) articles(1, 2, 1, 2)),   // 2 of 3: not
            KV.of(other, (Iterable<Long>) articles(1, 2, 3, 4, 5))))     // 5 of 6: not
            .withCoder(KvCoder.of(VarLongCoder.of(), IterableCoder.of(VarLongCoder.of()))))
        .apply(ParDo.of(new LearnChrome.KeepRecurringFn(3)));
    PAssert.that(kept).containsInAnyOrder(ChromeKeys.lineHashOf(SHORT));
    p.run().waitUntilFinish();
  }
}
