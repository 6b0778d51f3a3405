package io.chromeless.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Iterates the records of one input file as a stream, never holding more than one record (at most
 * {@code maxRecordBytes}) in memory. Every record ends as exactly one {@link SourceRecord}: a page
 * or a reject; {@link #next()} does not throw for broken input, it returns a reject and goes on
 * with the next record it can find (or ends). Plain Java.
 */
public interface RecordReader extends Closeable {
  /** The next record, or null at the end of the file. */
  SourceRecord next();

  /** Records that are no pages (WARC {@code warcinfo}, {@code request}, non-text payloads…) passed over so far. */
  default long skipped() {
    return 0;
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
    Decompression.Opened opened = Decompression.open(raw);
    InputStream in = opened.stream;
    InputFormat format = config.format;
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
    switch (format) {
      case WARC:
        return new WarcRecordReader(in, config.maxRecordBytes);
      case JSONL:
        return new JsonLinesReader(in, config);
      default:
        return new PageFileReader(in, config.maxRecordBytes);
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
