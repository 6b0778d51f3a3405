package io.chromeless.read;

/**
 * One record of an input file as the readers see it: a decoded page with what its container says
 * about it, or the reason it is not one. {@code index} is the record's position in its file (0 for
 * a one-page file; the WARC record number, counting non-page records such as {@code warcinfo}; the
 * line number of a JSON Lines file). Plain Java.
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

  private SourceRecord(int index, String url, Long crawledAtMillis, String recordId, String text, int replaced,
      String reason, String message, String excerpt) {
    this.index = index;
    this.url = url;
    this.crawledAtMillis = crawledAtMillis;
    this.recordId = recordId;
    this.text = text;
    this.replaced = replaced;
    this.reason = reason;
    this.message = message;
    this.excerpt = excerpt;
  }

  public static SourceRecord page(int index, String url, Long crawledAtMillis, String recordId, String text, int replaced) {
    return new SourceRecord(index, url, crawledAtMillis, recordId, text, replaced, null, null, null);
  }

  public static SourceRecord reject(int index, String reason, String message, String excerpt) {
    return new SourceRecord(index, null, null, null, null, 0, reason, message, excerpt);
  }

  /** A page from decoded bytes, or the decoder's reject. */
  static SourceRecord decoded(int index, String url, Long crawledAtMillis, String recordId, byte[] bytes, int len) {
    PageDecoder.Result r = PageDecoder.decode(bytes, len);
    if (!r.ok()) {
      return reject(index, r.reason, r.message, "binary".equals(r.reason) ? null : PageDecoder.excerpt(bytes, len));
    }
    return page(index, url, crawledAtMillis, recordId, r.text, r.replaced);
  }

  public boolean isPage() {
    return text != null;
  }

  @Override
  public String toString() {
    return isPage() ? "page#" + index + " " + url : "reject#" + index + " " + reason + ": " + message;
  }
}
