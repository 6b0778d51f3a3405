package io.chromeless.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.apache.beam.sdk.util.VarInt;

/**
 * The restriction of {@link ReadPages}' splittable read: the records of one file from a place
 * ({@link RecordReader.Start}) up to, not including, record {@code endIndex} ({@link
 * Long#MAX_VALUE}: to the end of the file).
 *
 * <p>Its {@link Tracker} claims records one by one, each with the place it can be read again from,
 * and splits only at a checkpoint (a split at fraction 0), and only once a run has claimed
 * records over some bytes ({@link #MIN_BYTES_PER_RUN}): each resume costs the direct runner
 * about a second, which it would otherwise pay every 100 records. The rest of the file becomes a
 * new span that starts at the place of the last record read, passing over that record and the
 * ones before it. For a WET file (a gzip member per record) or an uncompressed file that place is the record
 * itself; for one compressed stream of many records (single-member gzip, bzip2, zstd) it is the
 * start of the file, which a resume decompresses again without decoding. Spans are never split
 * at a fraction of their size: where a record starts in a compressed file is not known before
 * reading up to it.
 */
final class RecordSpan implements Serializable {
  /** Decompressed bytes a run reads before it accepts a checkpoint. */
  static final long MIN_BYTES_PER_RUN = 16L << 20;

  final RecordReader.Start start;
  final long endIndex;

  RecordSpan(RecordReader.Start start, long endIndex) {
    this.start = Objects.requireNonNull(start, "start");
    this.endIndex = endIndex;
  }

  /** A whole file. */
  static RecordSpan whole() {
    return new RecordSpan(RecordReader.Start.BEGINNING, Long.MAX_VALUE);
  }

  /** Whether this span starts at the start of its file (its first run). */
  boolean isFileStart() {
    return start.offset == 0 && start.fromIndex == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordSpan && start.equals(((RecordSpan) o).start) && endIndex == ((RecordSpan) o).endIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, endIndex);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + (endIndex == Long.MAX_VALUE ? "end" : "#" + endIndex) + ")";
  }

  /**
   * What a claim holds: a record's index, where it can be read again from, and where it starts in
   * the decompressed stream of the reader that read it (to tell how much a run has read).
   */
  static final class Claim {
    static final Claim END = new Claim(Long.MAX_VALUE, null, 0);

    final long index;
    final RecordReader.Start place;
    final long position;

    private Claim(long index, RecordReader.Start place, long position) {
      this.index = index;
      this.place = place;
      this.position = position;
    }

    /** Record {@code index}, read again from {@code place}. */
    static Claim at(long index, RecordReader.Start place, long position) {
      return new Claim(index, place, position);
    }

    /** Record {@code r} of a file read in {@code format}. */
    static Claim of(SourceRecord r, InputFormat format) {
      return new Claim(r.index, new RecordReader.Start(format, r.syncOffset, (int) r.syncIndex, (int) r.syncIndex),
          r.start);
    }

    /** The place to go on from after this record. */
    RecordReader.Start after() {
      return new RecordReader.Start(place.format, place.offset, place.firstIndex, (int) index + 1);
    }

    @Override
    public String toString() {
      return index == Long.MAX_VALUE ? "end" : "#" + index + " (from " + place + ")";
    }
  }

  /**
   * Claims records in order; splits only at checkpoints, after the last record claimed, once the
   * records claimed span {@code minBytesPerRun}.
   */
  static final class Tracker extends RestrictionTracker<RecordSpan, Claim> {
    private final long minBytesPerRun;
    private RecordSpan span;
    private Claim first;
    private Claim last;
    private boolean claimFailed;

    Tracker(RecordSpan span, long minBytesPerRun) {
      this.span = span;
      this.minBytesPerRun = minBytesPerRun;
    }

    @Override
    public synchronized boolean tryClaim(Claim c) {
      if (claimFailed) {
        throw new IllegalStateException("tryClaim(" + c + ") after a failed claim on " + span);
      }
      if (c.index >= span.endIndex) {
        claimFailed = true;
        return false;
      }
      if (last != null && c.index <= last.index) {
        throw new IllegalArgumentException("claims must go forward: " + c + " after " + last);
      }
      if (first == null) {
        first = c;
      }
      last = c;
      return true;
    }

    @Override
    public synchronized RecordSpan currentRestriction() {
      return span;
    }

    /** The last record claimed, or null. */
    synchronized Claim lastClaimed() {
      return last;
    }

    @Override
    public synchronized SplitResult<RecordSpan> trySplit(double fractionOfRemainder) {
      if (fractionOfRemainder != 0 || last == null || claimFailed || last.index + 1 >= span.endIndex
          || last.position - first.position < minBytesPerRun) {
        return null;
      }
      RecordSpan residual = new RecordSpan(last.after(), span.endIndex);
      span = new RecordSpan(span.start, last.index + 1);
      return SplitResult.of(span, residual);
    }

    @Override
    public synchronized void checkDone() {
      if (!claimFailed) {
        throw new IllegalStateException("stopped at " + last + " before the end of " + span);
      }
    }

    @Override
    public IsBounded isBounded() {
      return IsBounded.BOUNDED;
    }
  }

  /** A compact, deterministic coder. */
  static final class Coder extends CustomCoder<RecordSpan> {
    static final Coder INSTANCE = new Coder();

    @Override
    public void encode(RecordSpan s, OutputStream out) throws IOException {
      out.write(s.start.format.ordinal());
      VarInt.encode(s.start.offset, out);
      VarInt.encode(s.start.firstIndex, out);
      VarInt.encode(s.start.fromIndex, out);
      VarInt.encode(s.endIndex, out);
    }

    @Override
    public RecordSpan decode(InputStream in) throws IOException {
      int format = in.read();
      if (format < 0) {
        throw new java.io.EOFException();
      }
      long offset = VarInt.decodeLong(in);
      int first = VarInt.decodeInt(in);
      int from = VarInt.decodeInt(in);
      long end = VarInt.decodeLong(in);
      return new RecordSpan(new RecordReader.Start(InputFormat.values()[format], offset, first, from), end);
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Coder;
    }

    @Override
    public int hashCode() {
      return Coder.class.hashCode();
    }
  }
}
