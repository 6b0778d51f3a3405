package io.chromeless.read;

/**
 * One record of an input file as the readers see it: a decoded page with what its container says
 * about it, or the reason it is not one. {@code index} is the record's position in its file (0 for
 * a one-page file; the WARC record number, counting non-page records such as {@code warcinfo}; the
 * line number of a JSON Lines file). {@code recordId} is the container's id of the record (the
 * WARC-Record-ID), on pages and rejects alike, when the container gives one. Plain Java.
 *
 * <p>Where the record can be read again: {@code syncOffset} is a byte offset of the (compressed)
 * file at which a reader can be opened, and {@code syncIndex} the index of the record found there;
 * reading on from that place reaches this record (see {@link RecordReader#open(java.io.InputStream,
 * RecordReader.Start, RecordReader.Config)}).
 */
public final class SourceRecord {
  public final int index;
  public final String url;
  public final Long crawledAtMillis;
  public final String recordId;
  public final String text;
  /** Invalid byte sequences replaced by U+FFFD while decoding. */
  public final int replaced;
  public final String reason;
  public final String message;
  public final String excerpt;
  /** Offset of the record's first byte in the decompressed stream, from where the reader was opened. */
  final long start;
  public final long syncOffset;
  public final long syncIndex;

  private SourceRecord(int index, long start, String url, Long crawledAtMillis, String recordId, String text,
      int replaced, String reason, String message, String excerpt, long syncOffset, long syncIndex) {
    this.index = index;
    this.start = start;
    this.url = url;
    this.crawledAtMillis = crawledAtMillis;
    this.recordId = recordId;
    this.text = text;
    this.replaced = replaced;
    this.reason = reason;
    this.message = message;
    this.excerpt = excerpt;
    this.syncOffset = syncOffset;
    this.syncIndex = syncIndex;
  }

  public static SourceRecord page(int index, String url, Long crawledAtMillis, String recordId, String text, int replaced) {
    return new SourceRecord(index, 0, url, crawledAtMillis, recordId, text, replaced, null, null, null, 0, 0);
  }

  public static SourceRecord reject(int index, String reason, String message, String excerpt) {
    return reject(index, null, reason, message, excerpt);
  }

  public static SourceRecord reject(int index, String recordId, String reason, String message, String excerpt) {
    return new SourceRecord(index, 0, null, null, recordId, null, 0, reason, message, excerpt, 0, 0);
  }

  /** A record read again only to reach the ones after it: neither decoded nor checked. */
  static SourceRecord passed(int index) {
    return new SourceRecord(index, 0, null, null, null, null, 0, null, null, null, 0, 0);
  }

  /** A page from decoded bytes, or the decoder's reject. */
  static SourceRecord decoded(int index, String url, Long crawledAtMillis, String recordId, byte[] bytes, int len) {
    PageDecoder.Result r = PageDecoder.decode(bytes, len);
    if (!r.ok()) {
      return reject(index, recordId, r.reason, r.message, "binary".equals(r.reason) ? null : PageDecoder.excerpt(bytes, len));
    }
    return page(index, url, crawledAtMillis, recordId, r.text, r.replaced);
  }

  /** This record, starting at {@code start} of the decompressed stream. */
  SourceRecord at(long start) {
    return new SourceRecord(index, start, url, crawledAtMillis, recordId, text, replaced, reason, message, excerpt,
        syncOffset, syncIndex);
  }

  /** This record, to be read again from {@code offset}, where record {@code firstIndex} starts. */
  SourceRecord syncedAt(long offset, long firstIndex) {
    return new SourceRecord(index, start, url, crawledAtMillis, recordId, text, replaced, reason, message, excerpt,
        offset, firstIndex);
  }

  public boolean isPage() {
    return text != null;
  }

  boolean isPassed() {
    return text == null && reason == null;
  }

  @Override
  public String toString() {
    return isPage() ? "page#" + index + " " + url : "reject#" + index + " " + reason + ": " + message;
  }
}
