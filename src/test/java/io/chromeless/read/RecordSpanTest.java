package io.chromeless.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.junit.jupiter.api.Test;

/** The restriction tracker of the splittable read: claims in order, splits only at checkpoints. */
class RecordSpanTest {
  /** Record {@code index}, 1000 bytes long, found again from {@code offset} where record {@code firstIndex} starts. */
  private static RecordSpan.Claim claim(long index, long offset, int firstIndex) {
    return RecordSpan.Claim.at(index, new RecordReader.Start(InputFormat.WARC, offset, firstIndex, firstIndex), 1000 * index);
  }

  @Test
  void wholeFile_endsWithTheEndClaim() {
    RecordSpan.Tracker t = new RecordSpan.Tracker(RecordSpan.whole(), 0);
    assertThat(t.tryClaim(claim(1, 0, 0))).isTrue();
    assertThat(t.tryClaim(claim(3, 0, 0))).isTrue();
    assertThatThrownBy(t::checkDone).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> t.tryClaim(claim(2, 0, 0))).isInstanceOf(IllegalArgumentException.class);
    assertThat(t.tryClaim(RecordSpan.Claim.END)).isFalse();
    t.checkDone();
  }

  @Test
  void checkpoint_restStartsAtThePlaceOfTheLastRecordClaimed() {
    RecordSpan.Tracker t = new RecordSpan.Tracker(RecordSpan.whole(), 1000);
    assertThat(t.trySplit(0)).as("nothing claimed yet").isNull();
    t.tryClaim(claim(1, 0, 0));
    assertThat(t.trySplit(0)).as("fewer bytes read than a run's least").isNull();
    t.tryClaim(claim(2, 4096, 2));
    assertThat(t.trySplit(0.5)).as("no split at a fraction").isNull();
    SplitResult<RecordSpan> split = t.trySplit(0);
    assertThat(split.getPrimary()).isEqualTo(new RecordSpan(RecordReader.Start.BEGINNING, 3));
    assertThat(split.getResidual()).isEqualTo(new RecordSpan(new RecordReader.Start(InputFormat.WARC, 4096, 2, 3), Long.MAX_VALUE));
    assertThat(t.currentRestriction()).isEqualTo(split.getPrimary());
    assertThat(t.tryClaim(claim(3, 8192, 3))).as("record 3 belongs to the rest").isFalse();
    t.checkDone();
    assertThat(t.trySplit(0)).as("done").isNull();

    RecordSpan.Tracker rest = new RecordSpan.Tracker(split.getResidual(), 1000);
    assertThat(rest.tryClaim(claim(3, 8192, 3))).isTrue();
    assertThat(rest.tryClaim(RecordSpan.Claim.END)).isFalse();
    rest.checkDone();
  }

  @Test
  void coder_roundTrips() throws Exception {
    RecordSpan s = new RecordSpan(new RecordReader.Start(InputFormat.JSONL, 123_456_789_012L, 70_000, 70_001), 99);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordSpan.Coder.INSTANCE.encode(s, out);
    assertThat(RecordSpan.Coder.INSTANCE.decode(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(s);
    out.reset();
    RecordSpan.Coder.INSTANCE.encode(RecordSpan.whole(), out);
    assertThat(RecordSpan.Coder.INSTANCE.decode(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(RecordSpan.whole());
  }
}
