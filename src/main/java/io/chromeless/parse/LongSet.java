package io.chromeless.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A set of longs in one array (open addressing, linear probing, at most half full): 16 bytes or
 * less per element, against some 60 for a {@code HashSet<Long>}. The learned chrome of a run is
 * one of these: the hashes of its chrome lines ({@link ChromeKeys#lineHash}), looked up once per
 * line of every page. Not thread-safe while it is being filled; read-only use is.
 */
public final class LongSet implements Serializable {
  private static final long serialVersionUID = 1L;
  /** No chrome at all: what the parser gets when the run learns none. */
  public static final LongSet EMPTY = new LongSet(0);

  /** 0 marks a free slot; the element 0 is held by {@link #hasZero}. */
  private long[] slots;
  private boolean hasZero;
  private int size;

  /** An empty set with room for {@code expected} elements before it grows. */
  public LongSet(int expected) {
    slots = new long[tableSize(expected)];
  }

  public static LongSet of(long... values) {
    LongSet s = new LongSet(values.length);
    for (long v : values) {
      s.add(v);
    }
    return s;
  }

  private static int tableSize(int expected) {
    int n = 4;
    while (n < 2L * expected) {
      n <<= 1;
    }
    return n;
  }

  private static int slot(long v, int mask) {
    // The values are hashes already; fold the high bits in for sets of raw numbers.
    return (int) (v ^ (v >>> 32) ^ (v >>> 17)) & mask;
  }

  /** Adds {@code v}; true when it was not there. */
  public boolean add(long v) {
    if (v == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      size++;
      return true;
    }
    int mask = slots.length - 1;
    for (int i = slot(v, mask); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        slots[i] = v;
        if (++size * 2 > slots.length) {
          grow();
        }
        return true;
      }
      if (s == v) {
        return false;
      }
    }
  }

  public boolean contains(long v) {
    if (v == 0) {
      return hasZero;
    }
    long[] t = slots;
    int mask = t.length - 1;
    for (int i = slot(v, mask); ; i = (i + 1) & mask) {
      long s = t[i];
      if (s == v) {
        return true;
      }
      if (s == 0) {
        return false;
      }
    }
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The elements, in no particular order. */
  public long[] toArray() {
    long[] out = new long[size];
    int n = 0;
    if (hasZero) {
      out[n++] = 0;
    }
    for (long s : slots) {
      if (s != 0) {
        out[n++] = s;
      }
    }
    return out;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long v : old) {
      if (v != 0) {
        int i = slot(v, mask);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = v;
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LongSet other) || other.size != size || other.hasZero != hasZero) {
      return false;
    }
    for (long s : slots) {
      if (s != 0 && !other.contains(s)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    long h = 0;
    for (long s : slots) {
      h += s; // order-free
    }
    return Long.hashCode(h) * 31 + size;
  }

  @Override
  public String toString() {
    long[] a = toArray();
    Arrays.sort(a);
    return "LongSet" + Arrays.toString(a);
  }

  /** Encodes a set as its size and its elements in ascending order, 8 bytes each (deterministic). */
  public static final class Coder extends CustomCoder<LongSet> {
    private static final long serialVersionUID = 1L;
    public static final Coder INSTANCE = new Coder();

    @Override
    public void encode(LongSet value, OutputStream outStream) throws IOException {
      DataOutputStream out = new DataOutputStream(outStream);
      out.writeInt(value.size);
      long[] a = value.toArray();
      Arrays.sort(a);
      for (long v : a) {
        out.writeLong(v);
      }
      out.flush();
    }

    @Override
    public LongSet decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      int n = in.readInt();
      if (n < 0) {
        throw new IOException("negative LongSet size " + n);
      }
      LongSet s = new LongSet(n);
      for (int i = 0; i < n; i++) {
        s.add(in.readLong());
      }
      return s;
    }

    @Override
    public void verifyDeterministic() {
      // equal sets encode to equal bytes: the elements are written sorted
    }
  }
}
