package io.chromeless.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireTest {
  private static final Random RANDOM = new Random(42);

  private static int[] ints(int n) {
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = RANDOM.nextInt();
    }
    v[0] = Integer.MIN_VALUE;
    v[n - 1] = -1;
    return v;
  }

  private static long[] longs(int n) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = RANDOM.nextLong();
    }
    v[0] = Long.MIN_VALUE;
    return v;
  }

  @Test
  void arraysKeepTheFormOfOneWriteIntOrWriteLongPerElement() throws IOException {
    int[] i = ints(100);
    long[] l = longs(17);
    ByteArrayOutputStream bulk = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bulk);
    Wire.writeInts(out, i);
    Wire.writeLongs(out, l);
    ByteArrayOutputStream each = new ByteArrayOutputStream();
    DataOutputStream e = new DataOutputStream(each);
    e.writeInt(i.length);
    for (int x : i) {
      e.writeInt(x);
    }
    e.writeInt(l.length);
    for (long x : l) {
      e.writeLong(x);
    }
    assertThat(bulk.toByteArray()).isEqualTo(each.toByteArray());

    DataInputStream in = new DataInputStream(new ByteArrayInputStream(each.toByteArray()));
    assertThat(Wire.readInts(in)).isEqualTo(i);
    assertThat(Wire.readLongs(in)).isEqualTo(l);
    assertThat(in.read()).isEqualTo(-1);
  }

  @Test
  void emptyArraysAndCorruptLengths() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(b);
    Wire.writeInts(out, new int[0]);
    Wire.writeLongs(out, new long[0]);
    out.writeInt(-5);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(b.toByteArray()));
    assertThat(Wire.readInts(in)).isEmpty();
    assertThat(Wire.readLongs(in)).isEmpty();
    assertThatThrownBy(() -> Wire.readInts(in)).isInstanceOf(IOException.class).hasMessageContaining("-5");
  }
}
