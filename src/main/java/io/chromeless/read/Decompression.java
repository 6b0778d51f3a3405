package io.chromeless.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * Picks the decompressor of a stream from its first bytes (not from the file name): gzip (every
 * member of a multi-member file, as WET files are), bzip2 (concatenated streams too), zstd, or
 * none. Plain Java.
 *
 * <p>The returned stream is read lazily: nothing is decompressed beyond what the caller reads, so
 * a reader that stops at a size limit also stops the decompression (a gzip bomb costs no memory).
 * A compressed stream that ends in the middle throws {@link TruncatedInputException}.
 *
 * <p>Where reading can start again: {@link Opened#compressedOffsetOf} maps a decompressed offset
 * to the compressed offset a new reader can be opened at to get the same bytes from there on. Any
 * offset of an uncompressed file; the first byte of each gzip member (a WET file is one member per
 * record, so every record can be read again from its own member); only the start of a bzip2 or
 * zstd stream.
 */
public final class Decompression {
  /** The codecs recognised by magic bytes. */
  public enum Codec {
    NONE,
    GZIP,
    BZIP2,
    ZSTD
  }

  /** Thrown when a compressed input ends before its compressed data does. */
  public static final class TruncatedInputException extends IOException {
    TruncatedInputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private Decompression() {}

  /** The codec whose magic bytes start {@code head} (which may be shorter than 4 bytes). */
  public static Codec sniff(byte[] head, int len) {
    if (len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return Codec.GZIP;
    }
    if (len >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9') {
      return Codec.BZIP2;
    }
    if (len >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
        && (head[3] & 0xff) == 0xfd) {
      return Codec.ZSTD;
    }
    return Codec.NONE;
  }

  /** The decompressed content of {@code raw}, whatever its codec (or {@code raw} itself, buffered). */
  public static Opened open(InputStream raw) throws IOException {
    Counting in = new Counting(raw);
    in.mark(8);
    byte[] head = new byte[4];
    int n = in.readNBytes(head, 0, 4);
    in.reset();
    Codec codec = sniff(head, n);
    InputStream out;
    LongSupplier inflated;
    Members members = null;
    try {
      switch (codec) {
        case GZIP:
          members = new Members(in);
          out = members;
          inflated = members::bytesOut;
          break;
        case BZIP2:
          BZip2CompressorInputStream bz = new BZip2CompressorInputStream(in, true);
          out = bz;
          inflated = bz::getBytesRead;
          break;
        case ZSTD:
          ZstdCompressorInputStream zs = new ZstdCompressorInputStream(in);
          out = zs;
          inflated = zs::getBytesRead;
          break;
        default:
          return new Opened(codec, in, null);
      }
    } catch (IOException e) {
      // bzip2 reads its first block here: a stream cut inside it ends here too
      throw TruncationAware.isEnd(e) ? new TruncatedInputException(codec + " stream ends before its first data: "
          + e.getMessage(), e) : e;
    }
    return new Opened(codec, new BufferedInputStream(new TruncationAware(out, codec, inflated), 65536), members);
  }

  /** A decompressed stream and the codec it was found in. */
  public static final class Opened {
    public final Codec codec;
    public final InputStream stream;
    private final Members members;

    Opened(Codec codec, InputStream stream, Members members) {
      this.codec = codec;
      this.stream = stream;
      this.members = members;
    }

    /**
     * The offset, in compressed bytes from where this stream was opened, at which a new stream
     * gives the decompressed bytes from {@code decompressed} on; -1 when there is none. Asked in
     * increasing order of {@code decompressed}: places before the last one asked are forgotten.
     */
    public long compressedOffsetOf(long decompressed) {
      switch (codec) {
        case NONE:
          return decompressed;
        case GZIP:
          return members.compressedStartOf(decompressed);
        default:
          return decompressed == 0 ? 0 : -1;
      }
    }
  }

  /** A buffered stream that knows the offset of the next byte its reader gets. */
  static final class Counting extends BufferedInputStream {
    private final Tally tally;

    Counting(InputStream in) {
      this(new Tally(in));
    }

    private Counting(Tally tally) {
      super(tally, 65536);
      this.tally = tally;
    }

    /** Offset of the next byte read, from where the stream was opened. */
    synchronized long position() {
      return tally.count - (count - pos);
    }
  }

  /** Counts the bytes taken from a stream. */
  private static final class Tally extends FilterInputStream {
    long count;

    Tally(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = in.skip(n);
      count += Math.max(0, k);
      return k;
    }
  }

  /**
   * The members of a gzip stream one after the other, each inflated on its own so that where each
   * one starts, in compressed and in decompressed bytes, is known exactly.
   */
  static final class Members extends InputStream {
    private final Counting raw;
    private final Deque<long[]> starts = new ArrayDeque<>(); // {decompressed, compressed}
    private GzipCompressorInputStream member;
    private long done; // decompressed bytes of the members before the current one
    private boolean ended;
    /** Why the stream cannot go on (a cut or broken member header): thrown again on every read. */
    private IOException failed;

    Members(Counting raw) throws IOException {
      this.raw = raw;
      next();
    }

    private void next() throws IOException {
      starts.addLast(new long[] {done, raw.position()});
      member = new GzipCompressorInputStream(raw, false);
    }

    long bytesOut() {
      return done + (member == null ? 0 : member.getBytesRead());
    }

    long compressedStartOf(long decompressed) {
      while (!starts.isEmpty() && starts.peekFirst()[0] < decompressed) {
        starts.removeFirst();
      }
      long[] s = starts.peekFirst();
      return s != null && s[0] == decompressed ? s[1] : -1;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (failed != null) {
        throw failed;
      }
      while (!ended) {
        int n = member.read(b, off, len);
        if (n > 0) {
          return n;
        }
        if (n < 0) {
          done += member.getBytesRead();
          member = null;
          raw.mark(2);
          int b0 = raw.read();
          int b1 = b0 < 0 ? -1 : raw.read();
          raw.reset();
          try {
            if (b0 < 0) {
              ended = true;
            } else if (b0 != 0x1f || b1 != 0x8b) {
              throw new IOException("garbage after a gzip member at byte " + raw.position());
            } else {
              next();
            }
          } catch (IOException e) {
            failed = e;
            throw e;
          }
        }
      }
      return -1;
    }

    @Override
    public void close() throws IOException {
      raw.close();
    }
  }

  /**
   * Turns a decompressor's end-of-input errors into {@link TruncatedInputException}, after first
   * handing out the bytes it did inflate in the call that failed (so the records before the cut
   * come through whole).
   */
  private static final class TruncationAware extends FilterInputStream {
    private final Codec codec;
    private final LongSupplier inflated;
    private IOException pending;

    TruncationAware(InputStream in, Codec codec, LongSupplier inflated) {
      super(in);
      this.codec = codec;
      this.inflated = inflated;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pending != null) {
        throw pending;
      }
      long before = inflated.getAsLong();
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        IOException t = isEnd(e) ? new TruncatedInputException(
            codec + " input ends before its compressed data: " + e.getMessage(), e) : e;
        long got = inflated.getAsLong() - before;
        if (got > 0 && got <= len) {
          pending = t;
          return (int) got;
        }
        throw t;
      }
    }

    static boolean isEnd(IOException e) {
      if (e instanceof EOFException) {
        return true;
      }
      // bzip2 and zstd say "unexpected end of stream" / "truncated" in their own words.
      String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      return m.contains("end of stream") || m.contains("truncated") || m.contains("premature");
    }
  }
}
