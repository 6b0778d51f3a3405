package io.chromeless.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

/**
 * One page as read from the input: its decoded text and where it came from. {@code url} and
 * {@code crawledAtMillis} are null when the container (a one-page file) does not carry them;
 * {@code recordId} is the container's own id of the record (WARC-Record-ID), or null.
 */
public final class RawPage {
  private final String sourceUri;
  private final int recordIndex;
  private final String url;
  private final Long crawledAtMillis;
  /** The text, decoded from the wire only when asked for (see {@link Utf8Text}). */
  private final Utf8Text text;
  private final String recordId;

  public RawPage(String sourceUri, int recordIndex, String url, Long crawledAtMillis, String text) {
    this(sourceUri, recordIndex, url, crawledAtMillis, text, null);
  }

  public RawPage(
      String sourceUri, int recordIndex, String url, Long crawledAtMillis, String text, String recordId) {
    this(sourceUri, recordIndex, url, crawledAtMillis, Utf8Text.of(text), recordId);
  }

  private RawPage(
      String sourceUri, int recordIndex, String url, Long crawledAtMillis, Utf8Text text, String recordId) {
    this.sourceUri = Objects.requireNonNull(sourceUri, "sourceUri");
    this.recordIndex = recordIndex;
    this.url = url;
    this.crawledAtMillis = crawledAtMillis;
    this.text = Objects.requireNonNull(text, "text");
    this.recordId = recordId;
  }

  public String recordId() {
    return recordId;
  }

  public String sourceUri() {
    return sourceUri;
  }

  public int recordIndex() {
    return recordIndex;
  }

  public String url() {
    return url;
  }

  public Long crawledAtMillis() {
    return crawledAtMillis;
  }

  public String text() {
    return text.string();
  }

  /** Stable id of the input page: a hash of its location (file URI and record position). */
  public String docId() {
    return Hashes.hex64(Hashes.fnv1a64(sourceUri + "#" + recordIndex));
  }

  public void writeTo(DataOutput out) throws IOException {
    Wire.writeString(out, sourceUri);
    out.writeInt(recordIndex);
    Wire.writeString(out, url);
    Wire.writeNullableLong(out, crawledAtMillis);
    text.write(out);
    Wire.writeString(out, recordId);
  }

  public static RawPage readFrom(DataInput in) throws IOException {
    return new RawPage(
        Wire.readString(in),
        in.readInt(),
        Wire.readString(in),
        Wire.readNullableLong(in),
        Objects.requireNonNull(Utf8Text.read(in), "text"),
        Wire.readString(in));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RawPage)) {
      return false;
    }
    RawPage r = (RawPage) o;
    return recordIndex == r.recordIndex
        && sourceUri.equals(r.sourceUri)
        && Objects.equals(url, r.url)
        && Objects.equals(crawledAtMillis, r.crawledAtMillis)
        && text().equals(r.text())
        && Objects.equals(recordId, r.recordId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceUri, recordIndex);
  }

  @Override
  public String toString() {
    return "RawPage{" + sourceUri + "#" + recordIndex + ", " + text().length() + " chars}";
  }
}
