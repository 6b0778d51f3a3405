package io.chromeless.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

/**
 * A page (or a whole file) that did not become a document, with a short reason code. Every input
 * page ends either as a documents row or as exactly one Reject. {@code recordId} is the
 * container's id of the record (WARC-Record-ID) when it has one and it could be read.
 */
public final class Reject {
  /** Longest excerpt of the offending input kept in the rejects table. */
  public static final int MAX_EXCERPT_CHARS = 200;

  private final String sourceUri;
  private final int recordIndex;
  private final String stage;
  private final String reason;
  private final String message;
  private final String excerpt;
  private final String recordId;

  public Reject(
      String sourceUri, int recordIndex, String stage, String reason, String message, String excerpt) {
    this(sourceUri, recordIndex, stage, reason, message, excerpt, null);
  }

  public Reject(String sourceUri, int recordIndex, String stage, String reason, String message, String excerpt,
      String recordId) {
    this.sourceUri = Objects.requireNonNull(sourceUri, "sourceUri");
    this.recordIndex = recordIndex;
    this.stage = Objects.requireNonNull(stage, "stage");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.message = message;
    this.excerpt = excerpt == null ? null : shorten(excerpt);
    this.recordId = recordId;
  }

  /** The first characters of a text, with control characters made visible-safe. */
  public static String shorten(String s) {
    String t = s.length() > MAX_EXCERPT_CHARS ? s.substring(0, MAX_EXCERPT_CHARS) : s;
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
    }
    return b.toString();
  }

  public String sourceUri() {
    return sourceUri;
  }

  public int recordIndex() {
    return recordIndex;
  }

  public String stage() {
    return stage;
  }

  public String reason() {
    return reason;
  }

  public String message() {
    return message;
  }

  public String excerpt() {
    return excerpt;
  }

  public String recordId() {
    return recordId;
  }

  public void writeTo(DataOutput out) throws IOException {
    Wire.writeString(out, sourceUri);
    out.writeInt(recordIndex);
    Wire.writeString(out, stage);
    Wire.writeString(out, reason);
    Wire.writeString(out, message);
    Wire.writeString(out, excerpt);
    Wire.writeString(out, recordId);
  }

  public static Reject readFrom(DataInput in) throws IOException {
    return new Reject(
        Wire.readString(in),
        in.readInt(),
        Wire.readString(in),
        Wire.readString(in),
        Wire.readString(in),
        Wire.readString(in),
        Wire.readString(in));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Reject)) {
      return false;
    }
    Reject r = (Reject) o;
    return recordIndex == r.recordIndex
        && sourceUri.equals(r.sourceUri)
        && stage.equals(r.stage)
        && reason.equals(r.reason)
        && Objects.equals(message, r.message)
        && Objects.equals(excerpt, r.excerpt)
        && Objects.equals(recordId, r.recordId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceUri, recordIndex, reason);
  }

  @Override
  public String toString() {
    return "Reject{" + sourceUri + "#" + recordIndex + ", " + stage + "/" + reason + ": " + message + "}";
  }
}
