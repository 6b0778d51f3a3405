package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class LongSetTest {
  @Test
  void holdsWhatAHashSetHolds_throughGrowth_withZeroAndNegatives() throws Exception {
    Random r = new Random(11);
    LongSet s = new LongSet(2);
    Set<Long> want = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      long v = switch (i % 4) {
        case 0 -> r.nextLong();
        case 1 -> r.nextInt(500) - 250; // small values, 0 among them, and repeats
        case 2 -> (long) r.nextInt(64) << 40; // values that differ in high bits only
        default -> Long.MIN_VALUE + r.nextInt(10);
      };
      assertThat(s.add(v)).isEqualTo(want.add(v));
    }
    assertThat(s.size()).isEqualTo(want.size());
    for (long v : want) {
      assertThat(s.contains(v)).isTrue();
    }
    for (int i = 0; i < 20_000; i++) {
      long v = r.nextLong();
      assertThat(s.contains(v)).isEqualTo(want.contains(v));
    }
    Set<Long> back = new HashSet<>();
    for (long v : s.toArray()) {
      back.add(v);
    }
    assertThat(back).isEqualTo(want);

    LongSet decoded = CoderUtils.clone(LongSet.Coder.INSTANCE, s);
    assertThat(decoded).isEqualTo(s);
    assertThat(decoded.size()).isEqualTo(want.size());
  }

  @Test
  void equalSets_encodeTheSame_whateverTheOrderOfAdding() throws Exception {
    LongSet a = LongSet.of(5, -3, 0, 99, 1L << 50);
    LongSet b = LongSet.of(1L << 50, 99, 0, -3, 5);
    assertThat(CoderUtils.encodeToByteArray(LongSet.Coder.INSTANCE, a))
        .isEqualTo(CoderUtils.encodeToByteArray(LongSet.Coder.INSTANCE, b));
    assertThat(LongSet.EMPTY.isEmpty()).isTrue();
    assertThat(LongSet.EMPTY.contains(0)).isFalse();
  }
}
