package io.chromeless.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The pages of a WARC or WET file, read with iipc's jwarc: one page per {@code conversion} record
 * (what WET files hold), per {@code resource} record of type text/plain, and per {@code response}
 * record whose HTTP payload is text/plain. Other records ({@code warcinfo}, {@code request},
 * {@code metadata}, non-text payloads) are no pages: they are passed over and counted by
 * {@link #skipped()}, but keep their place in the record numbering. WARC-Target-URI gives the url,
 * WARC-Date the crawl time, WARC-Record-ID the record id.
 *
 * <p>Broken input: a record whose body is not followed by the end-of-record CRLF CRLF (a wrong
 * Content-Length) is rejected as {@code bad_length}, a header that is not a WARC header as
 * {@code bad_warc_header}; reading then resumes at the next line that starts with {@code WARC/}
 * (looking inside the bad record's body too, so a Content-Length too long does not swallow the
 * record after it). A body larger than {@code maxRecordBytes} is rejected as {@code too_large}
 * and streamed past without being held.
 *
 * <p>Each record carries where it starts in the stream (for {@link RecordReader}'s resumable
 * reading); records before {@code decodeFrom} are framed and passed over, not decoded.
 */
final class WarcRecordReader implements RecordReader {
  private static final int CRLFCRLF = 0x0d0a0d0a;
  private static final byte[] RESYNC = "\nWARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final InputStream in;
  private final PrefixChannel channel;
  private final long max;
  private final long decodeFrom;
  private ByteBuffer buffer;
  private WarcReader reader;
  /** Offset in the stream where the current jwarc reader started. */
  private long readerBase;
  private int count;
  private long skipped;
  private boolean done;
  /** The last record read ended the stream (its trailer cut short by the end of the file). */
  private boolean lastRecord;

  WarcRecordReader(InputStream in, long maxRecordBytes) throws IOException {
    this(in, maxRecordBytes, 0, 0);
  }

  WarcRecordReader(InputStream in, long maxRecordBytes, int firstIndex, long decodeFrom) throws IOException {
    this.in = in;
    this.channel = new PrefixChannel(Channels.newChannel(in));
    this.max = maxRecordBytes;
    this.count = firstIndex;
    this.decodeFrom = decodeFrom;
    newReader();
  }

  private void newReader() throws IOException {
    readerBase = channel.position();
    buffer = ByteBuffer.allocate(8192);
    buffer.flip();
    reader = new WarcReader(channel, buffer);
    reader.onWarning(w -> { });
  }

  /** Offset in the stream of the record the jwarc reader is at. */
  private long recordStart() {
    return readerBase + reader.position();
  }

  @Override
  public long skipped() {
    return skipped;
  }

  @Override
  public SourceRecord next() {
    while (!done) {
      if (lastRecord) {
        done = true;
        return null;
      }
      WarcRecord rec;
      try {
        Optional<WarcRecord> o = reader.next();
        if (o.isEmpty()) {
          done = true;
          return null;
        }
        rec = o.get();
      } catch (ParsingException e) {
        int idx = count++;
        long start = recordStart();
        String excerpt = bufferExcerpt();
        resync(null, 0);
        return idx < decodeFrom ? SourceRecord.passed(idx).at(start)
            : SourceRecord.reject(idx, "bad_warc_header", "not a WARC record header: " + e.getMessage(), excerpt).at(start);
      } catch (IOException | RuntimeException e) {
        done = true;
        return SourceRecord.reject(count++, RecordReader.reasonOf(e), "in a WARC record header: " + RecordReader.describe(e), null)
            .at(recordStart());
      }
      int idx = count++;
      long start = recordStart();
      // first(), not sole(): a repeated header is read, not thrown on.
      String id = rec.headers().first("WARC-Record-ID").orElse(null);
      long declared = rec.headers().first("Content-Length").map(WarcRecordReader::parseLong).orElse(-1L);
      byte[] body;
      java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
      try {
        InputStream s = rec.body().stream();
        byte[] chunk = new byte[8192];
        long limit = Math.min(Integer.MAX_VALUE - 8, max + 1);
        for (int k; got.size() < limit && (k = s.read(chunk, 0, (int) Math.min(chunk.length, limit - got.size()))) >= 0; ) {
          got.write(chunk, 0, k);
        }
        body = got.toByteArray();
        rec.body().consume();
      } catch (IOException | RuntimeException e) {
        done = true;
        String reason = RecordReader.reasonOf(e);
        if ("read_error".equals(reason) && e instanceof EOFException) {
          // A Content-Length running past the end of the file: the records it swallowed are read again.
          byte[] partial = got.toByteArray();
          if (partial.length <= max) {
            done = false;
            resync(partial, partial.length);
            if (idx < decodeFrom) {
              return SourceRecord.passed(idx).at(start);
            }
          }
          return SourceRecord.reject(idx, id, "bad_length",
              "the file ends before the record's Content-Length of " + declared + " bytes", null).at(start);
        }
        return SourceRecord.reject(idx, id, reason, RecordReader.describe(e), null).at(start);
      }
      boolean whole = body.length <= max;
      try {
        if (!trailerFollows()) {
          resync(whole ? body : null, whole ? body.length : 0);
          return idx < decodeFrom ? SourceRecord.passed(idx).at(start)
              : SourceRecord.reject(idx, id, "bad_length",
                  "no end of record after its Content-Length of " + declared + " bytes", excerpt(body)).at(start);
        }
      } catch (IOException e) {
        done = true;
        return SourceRecord.reject(idx, id, RecordReader.reasonOf(e), RecordReader.describe(e), null).at(start);
      }
      if (idx < decodeFrom) {
        return SourceRecord.passed(idx).at(start);
      }
      SourceRecord r = record(idx, rec, id, body, whole);
      if (r != null) {
        return r.at(start);
      }
      skipped++;
    }
    return null;
  }

  /** The page or reject of a well-framed record, or null when it is no page. */
  private SourceRecord record(int idx, WarcRecord rec, String id, byte[] body, boolean whole) {
    // a record without a type is a bad header
    String type = rec.headers().first("WARC-Type").orElse(null);
    if (type == null) {
      return SourceRecord.reject(idx, id, "bad_warc_header", "record without WARC-Type", excerpt(body));
    }
    String url = rec.headers().first("WARC-Target-URI").orElse(null);
    Long crawled = rec.headers().first("WARC-Date").map(WarcRecordReader::parseDate).orElse(null);
    String contentType = rec.headers().first("Content-Type").orElse("");
    if ("conversion".equals(type) || ("resource".equals(type) && isTextPlain(contentType))) {
      if (!whole) {
        return tooLarge(idx, id);
      }
      return SourceRecord.decoded(idx, url, crawled, id, body, body.length);
    }
    if ("response".equals(type) && contentType.toLowerCase(Locale.ROOT).startsWith("application/http")) {
      if (!whole) {
        return tooLarge(idx, id);
      }
      try {
        HttpResponse http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(body)));
        if (isTextPlain(http.headers().sole("Content-Type").orElse(""))) {
          byte[] payload = http.body().stream().readAllBytes();
          return SourceRecord.decoded(idx, url, crawled, id, payload, payload.length);
        }
      } catch (IOException | RuntimeException e) {
        return SourceRecord.reject(idx, id, "bad_http", "response record without a readable HTTP message: "
            + RecordReader.describe(e), excerpt(body));
      }
    }
    return null;
  }

  private SourceRecord tooLarge(int idx, String id) {
    return SourceRecord.reject(idx, id, "too_large", "record is larger than " + max + " bytes", null);
  }

  /** Whether CR LF CR LF (or the end of the file) follows the body just read; looks without consuming. */
  private boolean trailerFollows() throws IOException {
    while (buffer.remaining() < 4) {
      buffer.compact();
      int n = channel.read(buffer);
      buffer.flip();
      if (n < 0) {
        for (int i = buffer.position(); i < buffer.limit(); i++) {
          byte b = buffer.get(i);
          if (b != '\r' && b != '\n') {
            return false;
          }
        }
        lastRecord = true;
        return true; // a last record with a short or missing trailer
      }
    }
    return buffer.getInt(buffer.position()) == CRLFCRLF;
  }

  /**
   * Drops the current jwarc reader and starts a new one at the next line that begins with
   * {@code WARC/}, searching {@code body[1..len)} (the bad record's body), then what the old reader
   * had buffered, then the rest of the stream. Nothing is held beyond one chunk while searching.
   */
  private void resync(byte[] body, int len) {
    byte[] rest = new byte[buffer.remaining()];
    buffer.get(rest);
    channel.pushFront(rest);
    if (body != null && len > 1) {
      channel.pushFront(Arrays.copyOfRange(body, 1, len));
    }
    try {
      ByteBuffer chunk = ByteBuffer.allocate(8192);
      byte[] carry = new byte[0];
      while (true) {
        chunk.clear();
        int n = channel.read(chunk);
        if (n < 0) {
          done = true;
          return;
        }
        byte[] window = new byte[carry.length + n];
        System.arraycopy(carry, 0, window, 0, carry.length);
        System.arraycopy(chunk.array(), 0, window, carry.length, n);
        int at = indexOf(window, RESYNC);
        if (at >= 0) {
          channel.pushFront(Arrays.copyOfRange(window, at + 1, window.length));
          newReader();
          return;
        }
        carry = Arrays.copyOfRange(window, Math.max(0, window.length - (RESYNC.length - 1)), window.length);
      }
    } catch (IOException e) {
      done = true;
    }
  }

  private String bufferExcerpt() {
    int n = Math.min(200, buffer.limit());
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = buffer.get(i);
    }
    return PageDecoder.excerpt(b, n);
  }

  private static String excerpt(byte[] body) {
    return PageDecoder.excerpt(body, Math.min(body.length, 200));
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (hay[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean isTextPlain(String contentType) {
    return contentType.trim().toLowerCase(Locale.ROOT).startsWith("text/plain");
  }

  private static Long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  static Long parseDate(String s) {
    try {
      return Instant.parse(s.trim()).toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * A channel that first gives back bytes pushed in front of it, then those of the stream; its
   * position is the offset in the stream of the next byte it gives.
   */
  private static final class PrefixChannel implements ReadableByteChannel {
    private final ReadableByteChannel base;
    private final Deque<ByteBuffer> front = new ArrayDeque<>();
    private long position;

    PrefixChannel(ReadableByteChannel base) {
      this.base = base;
    }

    /** Gives {@code bytes}, the ones that came just before the current position, again. */
    void pushFront(byte[] bytes) {
      if (bytes.length > 0) {
        front.addFirst(ByteBuffer.wrap(bytes));
        position -= bytes.length;
      }
    }

    long position() {
      return position;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      while (!front.isEmpty() && !front.peekFirst().hasRemaining()) {
        front.removeFirst();
      }
      if (front.isEmpty()) {
        int n = base.read(dst);
        position += Math.max(0, n);
        return n;
      }
      ByteBuffer src = front.peekFirst();
      int n = Math.min(src.remaining(), dst.remaining());
      ByteBuffer slice = src.slice();
      slice.limit(n);
      dst.put(slice);
      src.position(src.position() + n);
      position += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return base.isOpen();
    }

    @Override
    public void close() throws IOException {
      base.close();
    }
  }
}
