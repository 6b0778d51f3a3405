package io.chromeless.read;

import static io.chromeless.read.Dumps.concat;
import static io.chromeless.read.Dumps.conversion;
import static io.chromeless.read.Dumps.warcinfo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readers and decoder on inputs the hostile corpus (HostileInputTest) found them failing on. */
class HostileRecordsTest {
  private static final String D = "2025-03-05T10:00:00Z";

  private static List<String> read(byte[] file) throws Exception {
    List<String> out = new ArrayList<>();
    try (RecordReader r = RecordReader.open(new ByteArrayInputStream(file), RecordReader.Config.defaults())) {
      for (SourceRecord s = r.next(); s != null; s = r.next()) {
        out.add(s.index + " " + (s.isPage() ? s.text.strip() : s.reason));
      }
    }
    return out;
  }

  @Test
  void warcRecordWithoutType_isABadHeader_notACrash() throws Exception {
    byte[] noType = "WARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(read(concat(warcinfo(), noType, conversion("https://a.example/", D, "after"))))
        .containsExactly("1 bad_warc_header", "2 after");
  }

  @Test
  void repeatedWarcHeaders_areRead_notThrownOn() throws Exception {
    String twice = new String(conversion("https://a.example/", D, "twice"), StandardCharsets.UTF_8)
        .replace("WARC-Target-URI: https://a.example/\r\n",
            "WARC-Target-URI: https://a.example/\r\nWARC-Target-URI: https://b.example/\r\n");
    assertThat(read(twice.getBytes(StandardCharsets.UTF_8))).containsExactly("0 twice");
  }

  @Test
  void contentLengthRunningPastTheEnd_doesNotSwallowTheRecordsAfterIt() throws Exception {
    byte[] tooLong = Dumps.warcRecord("conversion", "https://a.example/", D, "first".getBytes(StandardCharsets.UTF_8),
        "text/plain", 999_999);
    assertThat(read(concat(tooLong, conversion("https://b.example/", D, "second"), conversion("https://c.example/", D, "third"))))
        .containsExactly("0 bad_length", "1 second", "2 third");
  }

  @Test
  void floodOfCombiningMarks_isCutToThirty_andOtherTextIsLeftAlone() {
    String zalgo = "a" + "\u0301\u0316\u0327\u0335".repeat(50_000) + " b";
    PageDecoder.Result r = PageDecoder.decode(zalgo.getBytes(StandardCharsets.UTF_8));
    assertThat(r.ok()).isTrue();
    String capped = PageDecoder.capCombiningRuns(zalgo);
    assertThat(capped).hasSize(1 + PageDecoder.MAX_COMBINING_RUN + 2).startsWith(zalgo.substring(0, 31)).endsWith(" b");
    assertThat(r.text).isEqualTo(java.text.Normalizer.normalize(capped, java.text.Normalizer.Form.NFC));
    String devanagari = "क्षत्रिय नमस्ते ñ é";
    assertThat(PageDecoder.capCombiningRuns(devanagari)).isSameAs(devanagari);
  }
}
