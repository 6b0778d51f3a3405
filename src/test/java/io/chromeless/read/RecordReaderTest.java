package io.chromeless.read;

import static io.chromeless.read.Dumps.concat;
import static io.chromeless.read.Dumps.conversion;
import static io.chromeless.read.Dumps.jsonLine;
import static io.chromeless.read.Dumps.warcinfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecordReaderTest {
  private static final String D1 = "2025-03-05T10:00:00Z";
  private static final String A = "First page.\nIt has two lines of text.";
  private static final String B = "Second page, with some more text in it.";
  private static final String C = "Third page: the last one.";

  static List<SourceRecord> read(byte[] file) throws Exception {
    return read(file, RecordReader.Config.defaults());
  }

  static List<SourceRecord> read(byte[] file, RecordReader.Config config) throws Exception {
    return read(new ByteArrayInputStream(file), config);
  }

  static List<SourceRecord> read(InputStream in, RecordReader.Config config) throws Exception {
    List<SourceRecord> out = new ArrayList<>();
    try (RecordReader r = RecordReader.open(in, config)) {
      for (SourceRecord s = r.next(); s != null; s = r.next()) {
        out.add(s);
      }
    }
    return out;
  }

  static List<String> summary(List<SourceRecord> recs) {
    List<String> s = new ArrayList<>();
    for (SourceRecord r : recs) {
      s.add(r.index + " " + (r.isPage() ? r.text : r.reason));
    }
    return s;
  }

  private static byte[] wet() {
    return concat(warcinfo(), conversion("https://a.example/1", D1, A), conversion("https://b.example/2", D1, B),
        conversion("https://c.example/3", D1, C));
  }

  @Test
  void codecs_areToldByMagicBytes() {
    byte[] t = "text".getBytes(StandardCharsets.UTF_8);
    assertThat(Decompression.sniff(Dumps.gzip(t), 4)).isEqualTo(Decompression.Codec.GZIP);
    assertThat(Decompression.sniff(Dumps.bzip2(t), 4)).isEqualTo(Decompression.Codec.BZIP2);
    assertThat(Decompression.sniff(Dumps.zstd(t), 4)).isEqualTo(Decompression.Codec.ZSTD);
    assertThat(Decompression.sniff(t, 4)).isEqualTo(Decompression.Codec.NONE);
    assertThat(Decompression.sniff(new byte[] {0x1f}, 1)).isEqualTo(Decompression.Codec.NONE);
  }

  @Test
  void formats_areToldByContent() {
    Function<String, InputFormat> sniff = s -> {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      return InputFormat.sniff(b, b.length);
    };
    assertThat(sniff.apply("WARC/1.0\r\nWARC-Type: warcinfo\r\n")).isEqualTo(InputFormat.WARC);
    assertThat(sniff.apply("{\"text\": \"a page\"}\n{\"text\": \"another\"}\n")).isEqualTo(InputFormat.JSONL);
    assertThat(sniff.apply("\uFEFF{\"text\": \"a page\"}")).isEqualTo(InputFormat.JSONL);
    assertThat(sniff.apply("{curly} headline of a page\nbody")).isEqualTo(InputFormat.PAGE);
    assertThat(sniff.apply("Home | News\nA headline")).isEqualTo(InputFormat.PAGE);
    // nested deeper than the JSON parser allows: still JSON Lines (that line becomes a reject, not the file a page)
    assertThat(sniff.apply("{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500) + "\n{\"text\": \"next\"}\n"))
        .isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.parse("Jsonl")).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void wet_conversionRecords_arePages_withUrlDateAndId() throws Exception {
    List<SourceRecord> recs = read(wet());
    assertThat(summary(recs)).containsExactly("1 " + A, "2 " + B, "3 " + C);
    SourceRecord first = recs.get(0);
    assertThat(first.url).isEqualTo("https://a.example/1");
    assertThat(first.crawledAtMillis).isEqualTo(java.time.Instant.parse(D1).toEpochMilli());
    assertThat(first.recordId).startsWith("<urn:uuid:");
  }

  @Test
  void wet_sameRecords_inEveryCodec() throws Exception {
    List<String> plain = summary(read(wet()));
    byte[][] records = {warcinfo(), conversion("https://a.example/1", D1, A), conversion("https://b.example/2", D1, B),
        conversion("https://c.example/3", D1, C)};
    assertThat(summary(read(Dumps.gzipMembers(records)))).isEqualTo(plain);
    assertThat(summary(read(Dumps.gzip(wet())))).isEqualTo(plain);
    assertThat(summary(read(Dumps.bzip2(wet())))).isEqualTo(plain);
    assertThat(summary(read(Dumps.zstd(wet())))).isEqualTo(plain);
  }

  @Test
  void warc_otherRecordTypes_areSkipped_textResourcesAndResponsesKept() throws Exception {
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + B.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + B).getBytes(StandardCharsets.UTF_8);
    byte[] file = concat(warcinfo(),
        Dumps.warcRecord("request", "https://b.example/2", D1, "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8),
            "application/http; msgtype=request", -1),
        Dumps.warcRecord("response", "https://b.example/2", D1, http, "application/http; msgtype=response", -1),
        Dumps.warcRecord("resource", "https://c.example/3", D1, C.getBytes(StandardCharsets.UTF_8), "text/plain", -1),
        Dumps.warcRecord("resource", "https://c.example/3.png", D1, new byte[] {1, 2, 3}, "image/png", -1));
    try (RecordReader r = RecordReader.open(new ByteArrayInputStream(file), RecordReader.Config.defaults())) {
      List<SourceRecord> recs = new ArrayList<>();
      for (SourceRecord s = r.next(); s != null; s = r.next()) {
        recs.add(s);
      }
      assertThat(summary(recs)).containsExactly("2 " + B, "3 " + C);
      assertThat(r.skipped()).isEqualTo(3);
    }
  }

  @Test
  void warc_contentLengthTooShort_rejectsThatRecord_andReadsOn() throws Exception {
    byte[] file = concat(warcinfo(), conversion("https://a.example/1", D1, A),
        Dumps.warcRecord("conversion", "https://b.example/2", D1, B.getBytes(StandardCharsets.UTF_8), "text/plain", 10),
        conversion("https://c.example/3", D1, C));
    assertThat(summary(read(file))).containsExactly("1 " + A, "2 bad_length", "3 " + C);
  }

  @Test
  void warc_contentLengthTooLong_doesNotSwallowTheNextRecord() throws Exception {
    byte[] file = concat(warcinfo(), conversion("https://a.example/1", D1, A),
        Dumps.warcRecord("conversion", "https://b.example/2", D1, B.getBytes(StandardCharsets.UTF_8), "text/plain", 60),
        conversion("https://c.example/3", D1, C), conversion("https://c.example/4", D1, A + " again"));
    assertThat(summary(read(file))).containsExactly("1 " + A, "2 bad_length", "3 " + C, "4 " + A + " again");
  }

  @Test
  void warc_contentLengthPastTheEnd_isBadLength() throws Exception {
    byte[] file = concat(warcinfo(), conversion("https://a.example/1", D1, A),
        Dumps.warcRecord("conversion", "https://b.example/2", D1, B.getBytes(StandardCharsets.UTF_8), "text/plain", 5000));
    assertThat(summary(read(file))).containsExactly("1 " + A, "2 bad_length");
  }

  @Test
  void warc_headerThatIsNotWarc_isRejected_andReadsOn() throws Exception {
    byte[] garbage = "HTTP/1.1 200 OK\r\nServer: nothing like WARC\r\n\r\nsome body\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = concat(warcinfo(), conversion("https://a.example/1", D1, A), garbage, conversion("https://c.example/3", D1, C));
    assertThat(summary(read(file))).containsExactly("1 " + A, "2 bad_warc_header", "3 " + C);
  }

  @Test
  void warcForced_onAFileThatIsNoWarc_isOneReject() throws Exception {
    byte[] file = "Just a page of text.\nNothing else.".getBytes(StandardCharsets.UTF_8);
    assertThat(summary(read(file, RecordReader.Config.defaults().withFormat(InputFormat.WARC))))
        .containsExactly("0 bad_warc_header");
  }

  @Test
  void truncatedGzip_keepsTheRecordsBefore_andRejectsTheOneCut() throws Exception {
    byte[] whole = Dumps.gzipMembers(warcinfo(), conversion("https://a.example/1", D1, A),
        conversion("https://b.example/2", D1, B + " " + "filler words ".repeat(200)));
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);
    assertThat(summary(read(cut))).containsExactly("1 " + A, "2 truncated");
    byte[] page = Dumps.gzip(("A whole page. " + "words ".repeat(500)).getBytes(StandardCharsets.UTF_8));
    assertThat(summary(read(Arrays.copyOf(page, page.length / 2)))).containsExactly("0 truncated");
  }

  @Test
  void truncated_cutInsideAMemberHeader_orAJsonLine_orABzip2OrZstdStream() throws Exception {
    byte[][] records = {warcinfo(), conversion("https://a.example/1", D1, A), conversion("https://b.example/2", D1, B),
        conversion("https://c.example/3", D1, C)};
    byte[] members = Dumps.gzipMembers(records);
    int lastMember = members.length - Dumps.gzip(records[3]).length;
    // the file ends 5 bytes into the last member's 10-byte header
    assertThat(summary(read(Arrays.copyOf(members, lastMember + 5)))).containsExactly("1 " + A, "2 " + B, "3 truncated");
    String lines = jsonLine("u", D1, A) + jsonLine("u", D1, B) + jsonLine("u", D1, C + " " + "more words ".repeat(300));
    byte[] gz = Dumps.gzip(lines.getBytes(StandardCharsets.UTF_8));
    assertThat(summary(read(Arrays.copyOf(gz, gz.length - 20)))).containsExactly("0 " + A, "1 " + B, "2 truncated");
    // past bzip2's first 900 kB block: what the cut leaves of the stream is a whole first block
    byte[] longer = concat(records[0], records[1], records[2],
        conversion("https://c.example/3", D1, C + " " + java.util.stream.IntStream.range(0, 200_000)
            .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(" "))));
    byte[] bz = Dumps.bzip2(longer);
    assertThat(summary(read(Arrays.copyOf(bz, bz.length - 100)))).containsExactly("1 " + A, "2 " + B, "3 truncated");
    byte[] zs = Dumps.zstd(longer);
    assertThat(summary(read(Arrays.copyOf(zs, zs.length - 100)))).containsExactly("1 " + A, "2 " + B, "3 truncated");
    // cut inside the only block: nothing can be read, the file is one truncated reject
    byte[] small = Dumps.bzip2(concat(records));
    assertThatThrownBy(() -> read(Arrays.copyOf(small, small.length - 20)))
        .isInstanceOf(Decompression.TruncatedInputException.class);
  }

  @Test
  void warc_lastRecordWithoutItsTrailer_isStillAPage_andNothingMore() throws Exception {
    byte[] last = conversion("https://c.example/3", D1, C);
    byte[] file = concat(warcinfo(), conversion("https://a.example/1", D1, A), Arrays.copyOf(last, last.length - 2));
    assertThat(summary(read(file))).containsExactly("1 " + A, "2 " + C);
    file = concat(warcinfo(), conversion("https://a.example/1", D1, A), Arrays.copyOf(last, last.length - 4));
    assertThat(summary(read(file))).containsExactly("1 " + A, "2 " + C);
  }

  @Test
  void jsonLines_binaryText_isRejected_andTheOtherLinesComeThrough() throws Exception {
    String file = jsonLine("https://a.example/1", D1, A) + jsonLine("https://x.example/2", D1, "\u0000\u0001\u0002\u0003binary")
        + jsonLine("https://c.example/3", D1, C);
    assertThat(summary(read(file.getBytes(StandardCharsets.UTF_8)))).containsExactly("0 " + A, "1 binary", "2 " + C);
  }

  @Test
  void tooLargeRecords_areRejected_andReadingGoesOn() throws Exception {
    RecordReader.Config small = RecordReader.Config.defaults().withMaxRecordBytes(100);
    byte[] file = concat(warcinfo(), conversion("https://a.example/1", D1, A),
        conversion("https://b.example/2", D1, "x".repeat(500)), conversion("https://c.example/3", D1, C));
    assertThat(summary(read(file, small))).containsExactly("1 " + A, "2 too_large", "3 " + C);
    String jsonl = jsonLine("u", D1, A) + jsonLine("u", D1, "y".repeat(500)) + jsonLine("u", D1, C);
    assertThat(summary(read(jsonl.getBytes(StandardCharsets.UTF_8), small)))
        .containsExactly("0 " + A, "1 too_large", "2 " + C);
  }

  @Test
  void gzipBomb_stopsAtTheLimit() throws Exception {
    // 1 MiB of zeros in 1 KiB of gzip: only the first maxRecordBytes + 1 bytes are ever inflated.
    InputStream bomb = new ByteArrayInputStream(Dumps.gzip(new byte[1 << 20]));
    assertThat(summary(read(bomb, RecordReader.Config.defaults().withMaxRecordBytes(1000)))).containsExactly("0 too_large");
  }

  @Test
  void jsonLines_pagesAndBrokenLines() throws Exception {
    String file = jsonLine("https://a.example/1", D1, A)
        + "{\"url\": \"https://x.example\", \"text\": \"unterminated\n"
        + "\n"
        + "{\"url\": \"https://b.example/2\", \"body\": \"text under another name\"}\n"
        + "[1, 2, 3]\n"
        + "{\"url\": \"https://c.example/3\", \"crawled_at\": 1741168800, \"text\": " + Dumps.quote(C) + "}";
    List<SourceRecord> recs = read(file.getBytes(StandardCharsets.UTF_8));
    assertThat(summary(recs)).containsExactly("0 " + A, "1 bad_json", "3 no_text", "4 bad_json", "5 " + C);
    assertThat(recs.get(0).url).isEqualTo("https://a.example/1");
    assertThat(recs.get(0).crawledAtMillis).isEqualTo(java.time.Instant.parse(D1).toEpochMilli());
    assertThat(recs.get(4).crawledAtMillis).isEqualTo(1741168800_000L);
  }

  @Test
  void jsonLines_customFieldNames() throws Exception {
    String file = "{\"link\": \"https://a.example/1\", \"fetched\": \"2025-03-05\", \"content\": " + Dumps.quote(A) + "}\n";
    List<SourceRecord> recs = read(file.getBytes(StandardCharsets.UTF_8),
        RecordReader.Config.defaults().withFormat(InputFormat.JSONL).withJsonFields("content", "link", "fetched"));
    assertThat(summary(recs)).containsExactly("0 " + A);
    assertThat(recs.get(0).url).isEqualTo("https://a.example/1");
    assertThat(recs.get(0).crawledAtMillis).isEqualTo(java.time.Instant.parse("2025-03-05T00:00:00Z").toEpochMilli());
  }

  @Test
  void pages_utf16_windows1252_binary_nfc() throws Exception {
    assertThat(summary(read("Ünïcödé page".getBytes(StandardCharsets.UTF_16)))).containsExactly("0 Ünïcödé page");
    assertThat(summary(read("Café crème – 5 € la tasse".getBytes(Charset.forName("windows-1252")))))
        .containsExactly("0 Café crème – 5 € la tasse");
    assertThat(summary(read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}))).containsExactly("0 binary");
    // "e" + combining acute becomes the one composed character
    assertThat(read("Cafe\u0301".getBytes(StandardCharsets.UTF_8)).get(0).text).isEqualTo("Caf\u00e9");
  }

  @Test
  void warcRecords_decodeLikePages() throws Exception {
    byte[] file = concat(warcinfo(),
        Dumps.warcRecord("conversion", "https://a.example/1", D1, "Ünïcödé page".getBytes(StandardCharsets.UTF_16), "text/plain", -1),
        Dumps.warcRecord("conversion", "https://b.example/2", D1, "Café crème – 5 €".getBytes(Charset.forName("windows-1252")),
            "text/plain", -1),
        Dumps.warcRecord("conversion", "https://c.example/3", D1, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, "text/plain", -1),
        conversion("https://d.example/4", D1, C));
    assertThat(summary(read(file))).containsExactly("1 Ünïcödé page", "2 Café crème – 5 €", "3 binary", "4 " + C);
  }
}
