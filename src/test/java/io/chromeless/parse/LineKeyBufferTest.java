package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pre-combining of line keys: fewer pairs out, the same distinct articles counted per line. */
class LineKeyBufferTest {
  private static final long SHORT = 10L; // even: a short line's counted key
  private static final long LONG = 11L; // odd: a long line's

  private static List<long[]> drain(LineKeyBuffer b) {
    List<long[]> out = new ArrayList<>();
    b.drain((k, a) -> out.add(new long[] {k, a}));
    return out;
  }

  @Test
  void aLineOnManyArticles_leavesAsManyPairsAsItsThreshold() {
    LineKeyBuffer b = new LineKeyBuffer(3, 100);
    for (long article = 2; article < 200; article += 2) {
      b.add(SHORT, article);
      b.add(LONG, article | 1L);
    }
    List<long[]> out = drain(b);
    assertThat(out.stream().filter(p -> p[0] == SHORT)).hasSize(3);
    assertThat(out.stream().filter(p -> p[0] == LONG)).hasSize(6);
    assertThat(b.size()).isZero();
  }

  @Test
  void aLineDrainedWithItsThreshold_isDecided_andLeavesNoMorePairs() {
    LineKeyBuffer b = new LineKeyBuffer(3, 100);
    for (long article = 2; article <= 6; article += 2) {
      b.add(SHORT, article);
    }
    b.add(20, 2); // a short line on one article so far: not decided
    assertThat(drain(b)).hasSize(4);
    assertThat(b.decided()).isEqualTo(1);
    for (long article = 8; article <= 40; article += 2) {
      assertThat(b.add(SHORT, article)).isFalse();
    }
    b.add(20, 4);
    // the decided line is not held again; the other one still counts its articles
    assertThat(b.size()).isEqualTo(1);
    assertThat(drain(b)).extracting(p -> p[0]).containsExactly(20L);
  }

  @Test
  void theSameArticleTwice_countsOnce() {
    LineKeyBuffer b = new LineKeyBuffer(3, 100);
    b.add(SHORT, 4);
    b.add(SHORT, 4);
    b.add(SHORT, 6);
    assertThat(drain(b)).extracting(p -> p[1]).containsExactlyInAnyOrder(4L, 6L);
  }

  @Test
  void full_atMaxKeys_andUsableAfterDrain() {
    LineKeyBuffer b = new LineKeyBuffer(3, 3);
    assertThat(b.add(2, 100)).isFalse();
    assertThat(b.add(4, 100)).isFalse();
    assertThat(b.add(4, 102)).isFalse();
    assertThat(b.add(6, 100)).isTrue();
    assertThat(drain(b)).hasSize(4);
    assertThat(b.add(6, 104)).isFalse();
    assertThat(drain(b)).hasSize(1);
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new LineKeyBuffer(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LineKeyBuffer(3, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Distinct articles per key, capped at the key's threshold: what the combine downstream decides on. */
  private static Map<Long, Integer> capped(List<long[]> pairs, int minArticles) {
    Map<Long, Set<Long>> seen = new HashMap<>();
    for (long[] p : pairs) {
      seen.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]);
    }
    Map<Long, Integer> out = new HashMap<>();
    seen.forEach((k, v) -> out.put(k, Math.min(v.size(), ChromeKeys.threshold(ChromeKeys.isLong(k), minArticles))));
    return out;
  }

  @Test
  void anyFlushSize_sameCappedCountsAsNoBuffer_withFewerPairs() {
    Random r = new Random(5);
    List<long[]> in = new ArrayList<>();
    for (int page = 0; page < 3000; page++) {
      long article = (r.nextInt(400) + 1) * 2L; // some pages are captures of the same article
      for (int line = 0; line < 25; line++) {
        // a few hundred recurring lines (menus, footers) and many lines of one page only
        long key = r.nextInt(4) == 0 ? r.nextInt(300) : 1000 + page * 100L + line;
        in.add(new long[] {key, article});
      }
    }
    for (int maxKeys : new int[] {1, 7, 500, 1 << 16}) {
      LineKeyBuffer b = new LineKeyBuffer(3, maxKeys);
      List<long[]> out = new ArrayList<>();
      for (long[] p : in) {
        if (b.add(p[0], p[1])) {
          b.drain((k, a) -> out.add(new long[] {k, a}));
        }
      }
      b.drain((k, a) -> out.add(new long[] {k, a}));
      assertThat(capped(out, 3)).as("flush every %d keys", maxKeys).isEqualTo(capped(in, 3));
      if (maxKeys == 1 << 16) {
        assertThat(out.size()).as("flush every %d keys", maxKeys).isLessThan(in.size() * 4 / 5);
      }
    }
  }
}
