package io.chromeless.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A text as {@link Wire#writeString} encodes it (length-prefixed UTF-8), decoded only when asked
 * for. A page's text crosses many exchanges between the job's operators (Flink's batch runner
 * gives every consumer of a collection its own serialized copy, and its sorter copies a spilled
 * record by decoding and encoding it), while only the parser and the line keys read it: read
 * from the wire, the text stays bytes, and written again, the same bytes go out.
 *
 * <p>Immutable as seen from outside: each form is made on first use and kept (two threads that
 * race make equal copies; the fields are volatile, so a form another thread made is seen whole).
 */
public final class Utf8Text {
  /** The UTF-8 bytes, or null until asked for (a text made from a string). */
  private volatile byte[] utf8;
  /** The decoded text, or null until asked for (a text read from the wire). */
  private volatile String text;

  private Utf8Text(byte[] utf8, String text) {
    this.utf8 = utf8;
    this.text = text;
  }

  public static Utf8Text of(String text) {
    return new Utf8Text(null, java.util.Objects.requireNonNull(text, "text"));
  }

  /** The text {@link #write} wrote, or null where it wrote a null string ({@link Wire#writeString}). */
  public static Utf8Text read(DataInput in) throws IOException {
    byte[] b = Wire.readBytes(in);
    return b == null ? null : new Utf8Text(b, null);
  }

  /** Writes the text as {@link Wire#writeString} does. */
  public void write(DataOutput out) throws IOException {
    Wire.writeBytes(out, bytes());
  }

  public String string() {
    String s = text;
    if (s == null) {
      s = new String(utf8, StandardCharsets.UTF_8);
      text = s;
    }
    return s;
  }

  private byte[] bytes() {
    byte[] b = utf8;
    if (b == null) {
      b = text.getBytes(StandardCharsets.UTF_8);
      utf8 = b;
    }
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Utf8Text t && string().equals(t.string());
  }

  @Override
  public int hashCode() {
    return string().hashCode();
  }

  @Override
  public String toString() {
    return string();
  }
}
