package io.chromeless.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Iterates the records of one input file as a stream, never holding more than one record (at most
 * {@code maxRecordBytes}) in memory. Every record ends as exactly one {@link SourceRecord}: a page
 * or a reject; {@link #next()} does not throw for broken input, it returns a reject and goes on
 * with the next record it can find (or ends). Plain Java.
 *
 * <p>Reading can stop after any record and start again later, in another reader: each record
 * tells the place (a byte offset of the file, and the index of the record there) from which a
 * new reader reaches it again, and {@link #open(InputStream, Start, Config)} opens a reader at
 * such a place that passes over the records before a given index without decoding them. Reading
 * from a place gives the same records as reading the file from its start.
 */
public interface RecordReader extends Closeable {
  /** The next record, or null at the end of the file. */
  SourceRecord next();

  /** Records that are no pages (WARC {@code warcinfo}, {@code request}, non-text payloads…) passed over so far. */
  default long skipped() {
    return 0;
  }

  /** The format the records are read in (told from the content when it was {@link InputFormat#AUTO}). */
  default InputFormat format() {
    return InputFormat.PAGE;
  }

  /**
   * Where to start reading a file: at byte {@code offset} of the file as stored (compressed), a
   * place a record gave as its {@link SourceRecord#syncOffset}, where record {@code firstIndex}
   * starts; records before {@code fromIndex} are passed over. {@code format} is the file's format,
   * or {@link InputFormat#AUTO} to tell it from the content (at the start of a file only).
   */
  final class Start implements java.io.Serializable {
    public static final Start BEGINNING = new Start(InputFormat.AUTO, 0, 0, 0);

    public final InputFormat format;
    public final long offset;
    public final int firstIndex;
    public final int fromIndex;

    public Start(InputFormat format, long offset, int firstIndex, int fromIndex) {
      if (offset < 0 || firstIndex < 0 || fromIndex < firstIndex) {
        throw new IllegalArgumentException("bad start: offset " + offset + ", record " + firstIndex + ", from " + fromIndex);
      }
      this.format = format;
      this.offset = offset;
      this.firstIndex = firstIndex;
      this.fromIndex = fromIndex;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Start)) {
        return false;
      }
      Start s = (Start) o;
      return format == s.format && offset == s.offset && firstIndex == s.firstIndex && fromIndex == s.fromIndex;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(format, offset, firstIndex, fromIndex);
    }

    @Override
    public String toString() {
      return format + "@" + offset + "#" + firstIndex + (fromIndex > firstIndex ? " from #" + fromIndex : "");
    }
  }

  /** How a file's records are found. */
  final class Config implements java.io.Serializable {
    public final InputFormat format;
    public final long maxRecordBytes;
    public final String jsonTextField;
    public final String jsonUrlField;
    public final String jsonCrawledAtField;

    public Config(InputFormat format, long maxRecordBytes, String jsonTextField, String jsonUrlField,
        String jsonCrawledAtField) {
      this.format = format;
      this.maxRecordBytes = maxRecordBytes;
      this.jsonTextField = jsonTextField;
      this.jsonUrlField = jsonUrlField;
      this.jsonCrawledAtField = jsonCrawledAtField;
    }

    public static Config defaults() {
      return new Config(InputFormat.AUTO, 10L << 20, "text", "url", "crawled_at");
    }

    public Config withFormat(InputFormat f) {
      return new Config(f, maxRecordBytes, jsonTextField, jsonUrlField, jsonCrawledAtField);
    }

    public Config withMaxRecordBytes(long max) {
      return new Config(format, max, jsonTextField, jsonUrlField, jsonCrawledAtField);
    }

    public Config withJsonFields(String text, String url, String crawledAt) {
      return new Config(format, maxRecordBytes, text, url, crawledAt);
    }
  }

  /**
   * Opens the records of one file from its raw (possibly compressed) bytes: finds the codec by magic
   * bytes, then the format (unless forced). Throws only when the very start cannot be read; the
   * caller then rejects the file as a whole.
   */
  static RecordReader open(InputStream raw, Config config) throws IOException {
    return open(raw, Start.BEGINNING, config);
  }

  /**
   * Opens the records of a file from a place given by an earlier reader: {@code raw} gives the
   * file's bytes from {@code start.offset} on.
   */
  static RecordReader open(InputStream raw, Start start, Config config) throws IOException {
    Decompression.Opened opened = Decompression.open(raw);
    InputStream in = opened.stream;
    InputFormat format = start.format != InputFormat.AUTO ? start.format : config.format;
    if (format == InputFormat.AUTO) {
      in.mark(InputFormat.SNIFF_BYTES + 1);
      byte[] head = new byte[InputFormat.SNIFF_BYTES];
      int n = 0;
      try {
        for (int k; n < head.length && (k = in.read(head, n, head.length - n)) >= 0; ) {
          n += k;
        }
      } catch (IOException e) {
        // a broken stream: tell the format from what came before the break; the reader meets it again
      }
      in.reset();
      format = InputFormat.sniff(head, n);
    }
    RecordReader records;
    switch (format) {
      case WARC:
        records = new WarcRecordReader(in, config.maxRecordBytes, start.firstIndex, start.fromIndex);
        break;
      case JSONL:
        records = new JsonLinesReader(in, config, start.firstIndex, start.fromIndex);
        break;
      default:
        records = new PageFileReader(in, config.maxRecordBytes, start.fromIndex);
    }
    return new Synced(records, format, opened, start);
  }

  /**
   * A format's reader with the place each record can be read again from: the last record start
   * that is also a place the file can be opened at ({@link Decompression.Opened#compressedOffsetOf}).
   * Drops the records before {@link Start#fromIndex}. The readers pass those records over, so
   * only a read error stops them: on the record just before {@code fromIndex} it is the error that
   * ended the file the first time; sooner, the file reads differently now (a store's error, a file
   * replaced), and the failure becomes the reject of record {@code fromIndex}, so that the rest of
   * the file does not vanish unseen.
   */
  final class Synced implements RecordReader {
    private final RecordReader records;
    private final InputFormat format;
    private final Decompression.Opened opened;
    private final Start start;
    private long syncOffset;
    private long syncIndex;

    private Synced(RecordReader records, InputFormat format, Decompression.Opened opened, Start start) {
      this.records = records;
      this.format = format;
      this.opened = opened;
      this.start = start;
      this.syncOffset = start.offset;
      this.syncIndex = start.firstIndex;
    }

    @Override
    public SourceRecord next() {
      for (SourceRecord r = records.next(); r != null; r = records.next()) {
        long at = opened.compressedOffsetOf(r.start);
        if (at >= 0) {
          syncOffset = start.offset + at;
          syncIndex = r.index;
        }
        if (r.index >= start.fromIndex && !r.isPassed()) {
          return r.syncedAt(syncOffset, syncIndex);
        }
        if (!r.isPassed()) {
          if (r.index == start.fromIndex - 1) {
            return null;
          }
          return SourceRecord.reject(start.fromIndex, null, r.reason,
              "reading the file again up to record " + start.fromIndex + ": " + r.message, null)
              .syncedAt(syncOffset, syncIndex);
        }
      }
      return null;
    }

    @Override
    public long skipped() {
      return records.skipped();
    }

    @Override
    public InputFormat format() {
      return format;
    }

    @Override
    public void close() throws IOException {
      records.close();
    }
  }

  /** The reason code of an exception met while reading a record. */
  static String reasonOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Decompression.TruncatedInputException) {
        return "truncated";
      }
    }
    return "read_error";
  }

  static String describe(Throwable e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
