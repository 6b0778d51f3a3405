package io.chromeless.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

/**
 * One input page that became part of an article: a row of the {@code documents} table. {@code
 * recordId} is the container's id of the record (WARC-Record-ID), or null.
 */
public final class DocumentRow {
  private final String docId;
  private final String articleId;
  private final String sourceUri;
  private final int recordIndex;
  private final String url;
  private final Long crawledAtMillis;
  private final boolean canonical;
  private final double similarity;
  private final String recordId;

  public DocumentRow(
      String docId,
      String articleId,
      String sourceUri,
      int recordIndex,
      String url,
      Long crawledAtMillis,
      boolean canonical,
      double similarity) {
    this(docId, articleId, sourceUri, recordIndex, null, url, crawledAtMillis, canonical, similarity);
  }

  public DocumentRow(
      String docId,
      String articleId,
      String sourceUri,
      int recordIndex,
      String recordId,
      String url,
      Long crawledAtMillis,
      boolean canonical,
      double similarity) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.articleId = Objects.requireNonNull(articleId, "articleId");
    this.sourceUri = Objects.requireNonNull(sourceUri, "sourceUri");
    this.recordIndex = recordIndex;
    this.url = url;
    this.crawledAtMillis = crawledAtMillis;
    this.canonical = canonical;
    this.similarity = similarity;
    this.recordId = recordId;
  }

  public String docId() {
    return docId;
  }

  public String articleId() {
    return articleId;
  }

  public String sourceUri() {
    return sourceUri;
  }

  public int recordIndex() {
    return recordIndex;
  }

  public String recordId() {
    return recordId;
  }

  public String url() {
    return url;
  }

  public Long crawledAtMillis() {
    return crawledAtMillis;
  }

  public boolean canonical() {
    return canonical;
  }

  /** Estimated similarity of this page's body to the canonical capture's body, in [0, 1]. */
  public double similarity() {
    return similarity;
  }

  public void writeTo(DataOutput out) throws IOException {
    Wire.writeString(out, docId);
    Wire.writeString(out, articleId);
    Wire.writeString(out, sourceUri);
    out.writeInt(recordIndex);
    Wire.writeString(out, url);
    Wire.writeNullableLong(out, crawledAtMillis);
    out.writeBoolean(canonical);
    out.writeDouble(similarity);
    Wire.writeString(out, recordId);
  }

  public static DocumentRow readFrom(DataInput in) throws IOException {
    String docId = Wire.readString(in);
    String articleId = Wire.readString(in);
    String sourceUri = Wire.readString(in);
    int recordIndex = in.readInt();
    String url = Wire.readString(in);
    Long crawledAt = Wire.readNullableLong(in);
    boolean canonical = in.readBoolean();
    double similarity = in.readDouble();
    String recordId = Wire.readString(in);
    return new DocumentRow(docId, articleId, sourceUri, recordIndex, recordId, url, crawledAt, canonical, similarity);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentRow)) {
      return false;
    }
    DocumentRow d = (DocumentRow) o;
    return recordIndex == d.recordIndex
        && canonical == d.canonical
        && Double.compare(similarity, d.similarity) == 0
        && docId.equals(d.docId)
        && articleId.equals(d.articleId)
        && sourceUri.equals(d.sourceUri)
        && Objects.equals(url, d.url)
        && Objects.equals(crawledAtMillis, d.crawledAtMillis)
        && Objects.equals(recordId, d.recordId);
  }

  @Override
  public int hashCode() {
    return docId.hashCode();
  }

  @Override
  public String toString() {
    return "DocumentRow{" + docId + " -> " + articleId + (canonical ? " canonical" : "") + "}";
  }
}
