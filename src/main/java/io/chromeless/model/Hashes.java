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

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  /**
   * A seeded 64-bit hash of the chars of {@code s}: the 64-bit lane of MurmurHash3 over blocks of
   * four UTF-16 chars, then {@link #mix64}. Every block step is a bijection of the running state,
   * so two strings of one length that differ in a single block never collide, and neither does one
   * string under two different seeds; for other pairs the outputs behave like independent random
   * 64-bit values (2^-64 per pair). Reads the chars in place: no UTF-8 encoding, no allocation.
   * Stable across JVMs and runs (chrome learned on one worker is looked up on another).
   */
  public static long hash64(long seed, CharSequence s) {
    long h = seed;
    int n = s.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long k = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48;
      h ^= Long.rotateLeft(k * C1, 31) * C2;
      h = Long.rotateLeft(h, 27) * 5 + 0x52dce729;
    }
    if (i < n) {
      long k = 0;
      for (int shift = 0; i < n; i++, shift += 16) {
        k |= (long) s.charAt(i) << shift;
      }
      h ^= Long.rotateLeft(k * C1, 31) * C2;
    }
    return mix64(h ^ n);
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
