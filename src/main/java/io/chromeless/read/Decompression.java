package io.chromeless.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.CompressorInputStream;
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
    BufferedInputStream in = raw instanceof BufferedInputStream ? (BufferedInputStream) raw : new BufferedInputStream(raw, 65536);
    in.mark(8);
    byte[] head = new byte[4];
    int n = in.readNBytes(head, 0, 4);
    in.reset();
    Codec codec = sniff(head, n);
    InputStream out;
    try {
      switch (codec) {
        case GZIP:
          out = new GzipCompressorInputStream(in, true);
          break;
        case BZIP2:
          out = new BZip2CompressorInputStream(in, true);
          break;
        case ZSTD:
          out = new ZstdCompressorInputStream(in);
          break;
        default:
          return new Opened(codec, in);
      }
    } catch (EOFException e) {
      throw new TruncatedInputException(codec + " stream ends inside its header", e);
    }
    return new Opened(codec, new BufferedInputStream(new TruncationAware(out, codec), 65536));
  }

  /** A decompressed stream and the codec it was found in. */
  public static final class Opened {
    public final Codec codec;
    public final InputStream stream;

    Opened(Codec codec, InputStream stream) {
      this.codec = codec;
      this.stream = stream;
    }
  }

  /**
   * Turns a decompressor's end-of-input errors into {@link TruncatedInputException}, after first
   * handing out the bytes it did inflate in the call that failed (so the records before the cut
   * come through whole).
   */
  private static final class TruncationAware extends FilterInputStream {
    private final Codec codec;
    private final CompressorInputStream counted;
    private IOException pending;

    TruncationAware(InputStream in, Codec codec) {
      super(in);
      this.codec = codec;
      this.counted = (CompressorInputStream) in;
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
      long before = counted.getBytesRead();
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        IOException t = isEnd(e) ? new TruncatedInputException(
            codec + " input ends before its compressed data: " + e.getMessage(), e) : e;
        long got = counted.getBytesRead() - before;
        if (got > 0 && got <= len) {
          pending = t;
          return (int) got;
        }
        throw t;
      }
    }

    private static boolean isEnd(IOException e) {
      if (e instanceof EOFException) {
        return true;
      }
      // bzip2 and zstd say "unexpected end of stream" / "truncated" in their own words.
      String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      return m.contains("end of stream") || m.contains("truncated") || m.contains("premature");
    }
  }
}
