package io.chromeless.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  private static final String TEXT = "Ölpreis steigt — 東京 😀\nzweite Zeile";

  private static byte[] written(Utf8Text t) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    t.write(new DataOutputStream(b));
    return b.toByteArray();
  }

  private static Utf8Text read(byte[] b) throws IOException {
    return Utf8Text.read(new DataInputStream(new ByteArrayInputStream(b)));
  }

  @Test
  void writesWhatWireWritesForTheString() throws IOException {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    Wire.writeString(new DataOutputStream(wire), TEXT);
    assertThat(written(Utf8Text.of(TEXT))).isEqualTo(wire.toByteArray());
  }

  @Test
  void readBack_givesTheTextAndWritesTheSameBytesAgain() throws IOException {
    byte[] once = written(Utf8Text.of(TEXT));
    Utf8Text back = read(once);
    assertThat(written(back)).as("written again before decoding").isEqualTo(once);
    assertThat(back.string()).isEqualTo(TEXT);
    assertThat(written(back)).as("and after").isEqualTo(once);
    assertThat(back).isEqualTo(Utf8Text.of(TEXT)).hasSameHashCodeAs(Utf8Text.of(TEXT));
  }

  @Test
  void aNullStringReadsAsNull() throws IOException {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    Wire.writeString(new DataOutputStream(wire), null);
    assertThat(read(wire.toByteArray())).isNull();
  }

  @Test
  void aPageReadFromTheWireIsThePageWritten() throws IOException {
    RawPage page = new RawPage("gs://b/x.warc.gz", 7, "https://example.org/a", 1700000000000L, TEXT, "<urn:uuid:1>");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    page.writeTo(new DataOutputStream(b));
    RawPage back = RawPage.readFrom(new DataInputStream(new ByteArrayInputStream(b.toByteArray())));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.writeTo(new DataOutputStream(again));
    assertThat(again.toByteArray()).isEqualTo(b.toByteArray());
    assertThat(back).isEqualTo(page);
    assertThat(back.text()).isEqualTo(TEXT);
  }
}
