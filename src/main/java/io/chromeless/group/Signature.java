package io.chromeless.group;

import io.chromeless.model.Wire;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The MinHash signature of one page's cleaned body, with what grouping needs beside it: the
 * number of shingles (to estimate containment), a hash of the whole token sequence (exact
 * duplicates, and the article id) and a hash of the body's first tokens (truncated captures).
 */
public final class Signature {
  private final String docId;
  private final long[] mins;
  private final int shingles;
  private final long contentHash;
  private final long prefixHash;

  public Signature(String docId, long[] mins, int shingles, long contentHash, long prefixHash) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.mins = mins;
    this.shingles = shingles;
    this.contentHash = contentHash;
    this.prefixHash = prefixHash;
  }

  public String docId() {
    return docId;
  }

  /** The per-bin minimum hash values (read-only by convention: do not modify). */
  public long[] mins() {
    return mins;
  }

  public int shingles() {
    return shingles;
  }

  public long contentHash() {
    return contentHash;
  }

  /** Hash of the first {@link MinHasher#PREFIX_TOKENS} tokens, 0 when the body is shorter. */
  public long prefixHash() {
    return prefixHash;
  }

  public void writeTo(DataOutput out) throws IOException {
    Wire.writeString(out, docId);
    Wire.writeLongs(out, mins);
    out.writeInt(shingles);
    out.writeLong(contentHash);
    out.writeLong(prefixHash);
  }

  public static Signature readFrom(DataInput in) throws IOException {
    return new Signature(Wire.readString(in), Wire.readLongs(in), in.readInt(), in.readLong(), in.readLong());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Signature)) {
      return false;
    }
    Signature s = (Signature) o;
    return shingles == s.shingles
        && contentHash == s.contentHash
        && prefixHash == s.prefixHash
        && docId.equals(s.docId)
        && Arrays.equals(mins, s.mins);
  }

  @Override
  public int hashCode() {
    return docId.hashCode();
  }

  @Override
  public String toString() {
    return "Signature{" + docId + ", " + shingles + " shingles}";
  }
}
