package io.chromeless.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compact binary encoding helpers shared by the model classes. Plain Java: the Beam coders in
 * {@code io.chromeless.beam.ModelCoders} delegate to the {@code writeTo}/{@code readFrom} methods
 * of each model class, which use these helpers. Strings are length-prefixed UTF-8 so that pages
 * larger than {@link DataOutput#writeUTF}'s 64 KiB limit encode too.
 */
public final class Wire {
  private Wire() {}

  public static void writeString(DataOutput out, String s) throws IOException {
    writeBytes(out, s == null ? null : s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static String readString(DataInput in) throws IOException {
    byte[] b = readBytes(in);
    return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Length-prefixed bytes; null as length -1. {@link #writeString} writes a string's UTF-8 so. */
  static void writeBytes(DataOutput out, byte[] b) throws IOException {
    if (b == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(b.length);
    out.write(b);
  }

  /** What {@link #writeBytes} wrote. */
  static byte[] readBytes(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  public static void writeStrings(DataOutput out, List<String> list) throws IOException {
    if (list == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(list.size());
    for (String s : list) {
      writeString(out, s);
    }
  }

  public static List<String> readStrings(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(readString(in));
    }
    return Collections.unmodifiableList(list);
  }

  public static void writeNullableLong(DataOutput out, Long v) throws IOException {
    out.writeBoolean(v != null);
    if (v != null) {
      out.writeLong(v);
    }
  }

  public static Long readNullableLong(DataInput in) throws IOException {
    return in.readBoolean() ? in.readLong() : null;
  }

  // Arrays go through one byte array each, in the byte order DataOutput#writeLong/#writeInt use:
  // the stream under a Beam coder is the runner's (Flink's record serializer), and one call per
  // byte, as DataOutputStream#writeInt makes, was a few per cent of a whole run's CPU time for
  // the signatures' 128 ints.

  public static void writeLongs(DataOutput out, long[] v) throws IOException {
    out.writeInt(v.length);
    byte[] b = new byte[v.length * Long.BYTES];
    ByteBuffer.wrap(b).asLongBuffer().put(v);
    out.write(b);
  }

  public static long[] readLongs(DataInput in) throws IOException {
    long[] v = new long[arrayLength(in)];
    byte[] b = new byte[v.length * Long.BYTES];
    in.readFully(b);
    ByteBuffer.wrap(b).asLongBuffer().get(v);
    return v;
  }

  public static void writeInts(DataOutput out, int[] v) throws IOException {
    out.writeInt(v.length);
    byte[] b = new byte[v.length * Integer.BYTES];
    ByteBuffer.wrap(b).asIntBuffer().put(v);
    out.write(b);
  }

  public static int[] readInts(DataInput in) throws IOException {
    int[] v = new int[arrayLength(in)];
    byte[] b = new byte[v.length * Integer.BYTES];
    in.readFully(b);
    ByteBuffer.wrap(b).asIntBuffer().get(v);
    return v;
  }

  private static int arrayLength(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (Integer.MAX_VALUE >> 3)) {
      throw new IOException("corrupt array length " + n);
    }
    return n;
  }

  /** Null-safe immutable copy of a list. */
  public static List<String> copy(List<String> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
