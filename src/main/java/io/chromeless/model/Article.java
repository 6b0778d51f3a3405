package io.chromeless.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

/**
 * One canonical article: the fields merged from all captures of a story (held as a
 * {@link ParsedPage} whose provenance fields are the canonical capture's), its stable id, and how
 * many captures it was merged from.
 */
public final class Article {
  private final String articleId;
  private final ParsedPage fields;
  private final int duplicateCount;
  private final Long firstSeenMillis;
  private final Long lastSeenMillis;

  public Article(
      String articleId, ParsedPage fields, int duplicateCount, Long firstSeenMillis, Long lastSeenMillis) {
    this.articleId = Objects.requireNonNull(articleId, "articleId");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.duplicateCount = duplicateCount;
    this.firstSeenMillis = firstSeenMillis;
    this.lastSeenMillis = lastSeenMillis;
  }

  public String articleId() {
    return articleId;
  }

  public ParsedPage fields() {
    return fields;
  }

  public int duplicateCount() {
    return duplicateCount;
  }

  public Long firstSeenMillis() {
    return firstSeenMillis;
  }

  public Long lastSeenMillis() {
    return lastSeenMillis;
  }

  public void writeTo(DataOutput out) throws IOException {
    Wire.writeString(out, articleId);
    fields.writeTo(out);
    out.writeInt(duplicateCount);
    Wire.writeNullableLong(out, firstSeenMillis);
    Wire.writeNullableLong(out, lastSeenMillis);
  }

  public static Article readFrom(DataInput in) throws IOException {
    return new Article(
        Wire.readString(in),
        ParsedPage.readFrom(in),
        in.readInt(),
        Wire.readNullableLong(in),
        Wire.readNullableLong(in));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Article)) {
      return false;
    }
    Article a = (Article) o;
    return duplicateCount == a.duplicateCount
        && articleId.equals(a.articleId)
        && fields.equals(a.fields)
        && Objects.equals(firstSeenMillis, a.firstSeenMillis)
        && Objects.equals(lastSeenMillis, a.lastSeenMillis);
  }

  @Override
  public int hashCode() {
    return articleId.hashCode();
  }

  @Override
  public String toString() {
    return "Article{" + articleId + " x" + duplicateCount + " " + fields + "}";
  }
}
