package io.chromeless.group;

import io.chromeless.model.Wire;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The MinHash signature of one page's cleaned body, with what grouping needs beside it: the
 * number of shingles (to tell short bodies), a hash of the whole token sequence (exact duplicates,
 * and the article id) and hashes of where the article starts (truncated captures). Plain Java;
 * about 570 bytes on the wire.
 */
public final class Signature {
  /**
   * The version of the signature's recipe: shingling, hashing, bins and prefix keys. Loads record it
   * in their manifest; signatures of earlier loads are compared only when it is the same (raise it
   * with any change that makes the same body give another signature).
   */
  public static final int VERSION = 1;

  private final String docId;
  private final int[] mins;
  private final int shingles;
  private final long contentHash;
  private final long[] prefixHashes;

  public Signature(String docId, int[] mins, int shingles, long contentHash, long[] prefixHashes) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.mins = mins;
    this.shingles = shingles;
    this.contentHash = contentHash;
    this.prefixHashes = prefixHashes;
  }

  public String docId() {
    return docId;
  }

  /**
   * The per-bin minimum hash values, 31 bits each; a bin filled by densification has the sign bit
   * set (read-only by convention: do not modify).
   */
  public int[] mins() {
    return mins;
  }

  public int shingles() {
    return shingles;
  }

  public long contentHash() {
    return contentHash;
  }

  /**
   * Hashes of {@link MinHasher#PREFIX_TOKENS} tokens where the article starts (see {@link
   * MinHasher#prefixHashes}); empty when the body is shorter (read-only by convention).
   */
  public long[] prefixHashes() {
    return prefixHashes;
  }

  public void writeTo(DataOutput out) throws IOException {
    Wire.writeString(out, docId);
    Wire.writeInts(out, mins);
    out.writeInt(shingles);
    out.writeLong(contentHash);
    Wire.writeLongs(out, prefixHashes);
  }

  public static Signature readFrom(DataInput in) throws IOException {
    return new Signature(Wire.readString(in), Wire.readInts(in), in.readInt(), in.readLong(), Wire.readLongs(in));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Signature)) {
      return false;
    }
    Signature s = (Signature) o;
    return shingles == s.shingles
        && contentHash == s.contentHash
        && Arrays.equals(prefixHashes, s.prefixHashes)
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
