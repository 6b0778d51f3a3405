package io.chromeless.model;

import java.nio.charset.StandardCharsets;

/** Small, fast, deterministic 64-bit hashes (no JVM-dependent {@code hashCode}). */
public final class Hashes {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashes() {}

  /** FNV-1a over the UTF-8 bytes of {@code s}, finished with a 64-bit mix. */
  public static long fnv1a64(String s) {
    long h = FNV_OFFSET;
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    for (byte x : b) {
      h ^= (x & 0xff);
      h *= FNV_PRIME;
    }
    return mix64(h);
  }

  /** FNV-1a over the chars of {@code s} in [from, to), finished with a 64-bit mix. */
  public static long hashChars(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h ^= (c & 0xff);
      h *= FNV_PRIME;
      h ^= (c >>> 8);
      h *= FNV_PRIME;
    }
    return mix64(h);
  }

  /** The finaliser of SplitMix64 / MurmurHash3 fmix64: a bijective avalanche of 64 bits. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  public static String hex64(long v) {
    String s = Long.toHexString(v);
    return "0000000000000000".substring(s.length()) + s;
  }
}
