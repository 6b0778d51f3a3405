package io.chromeless.read;

import java.io.IOException;
import java.io.InputStream;

/** A file that is one page: one record, index 0, read up to {@code maxRecordBytes + 1} bytes and no further. */
final class PageFileReader implements RecordReader {
  private final InputStream in;
  private final long max;
  private boolean done;

  PageFileReader(InputStream in, long maxRecordBytes) {
    this(in, maxRecordBytes, 0);
  }

  /** With {@code decodeFrom} > 0 the one record was read already: there is nothing left. */
  PageFileReader(InputStream in, long maxRecordBytes, long decodeFrom) {
    this.in = in;
    this.max = maxRecordBytes;
    this.done = decodeFrom > 0;
  }

  @Override
  public SourceRecord next() {
    if (done) {
      return null;
    }
    done = true;
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException | RuntimeException e) {
      return SourceRecord.reject(0, RecordReader.reasonOf(e), RecordReader.describe(e), null);
    }
    if (bytes.length > max) {
      return SourceRecord.reject(0, "too_large", "page is larger than " + max + " bytes decompressed", null);
    }
    return SourceRecord.decoded(0, null, null, null, bytes, bytes.length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
