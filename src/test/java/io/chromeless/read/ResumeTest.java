package io.chromeless.read;

import static io.chromeless.read.Dumps.concat;
import static io.chromeless.read.Dumps.conversion;
import static io.chromeless.read.Dumps.jsonLine;
import static io.chromeless.read.Dumps.warcinfo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading stops after any record and starts again at the place that record gives: the rest of the
 * file comes out the same as when it is read from its start, in every format and codec, broken
 * records included.
 */
class ResumeTest {
  private static final String D = "2025-03-05T10:00:00Z";
  private static final RecordReader.Config CONFIG = RecordReader.Config.defaults().withMaxRecordBytes(400);

  /** WARC records, some of them broken, as separate parts (one gzip member each in a WET file). */
  private static byte[][] warcRecords() {
    return new byte[][] {
      warcinfo(),
      conversion("https://a.example/1", D, "First page, with a line of text."),
      Dumps.warcRecord("conversion", "https://a.example/2", D, "Cut short by its length.".getBytes(StandardCharsets.UTF_8),
          "text/plain", 7),
      conversion("https://a.example/3", D, "Third page."),
      "HTTP/1.1 200 OK\r\nServer: not a WARC header\r\n\r\nbody\r\n\r\n".getBytes(StandardCharsets.UTF_8),
      conversion("https://a.example/5", D, "Fifth page."),
      Dumps.warcRecord("conversion", "https://a.example/6", D, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, "text/plain", -1),
      conversion("https://a.example/7", D, "x".repeat(500)),
      Dumps.warcRecord("metadata", "https://a.example/7", D, "a: b\r\n".getBytes(StandardCharsets.UTF_8),
          "application/warc-fields", -1),
      conversion("https://a.example/9", D, "Ninth page, the last."),
    };
  }

  private static byte[] jsonl() {
    return (jsonLine("https://b.example/0", D, "Line zero.") + "\n" + "{not json}\n"
        + "{\"url\": \"https://b.example/3\"}\n" + jsonLine("https://b.example/4", D, "Line four.")
        + jsonLine("https://b.example/5", D, "y".repeat(500)) + jsonLine("https://b.example/6", D, "Line six."))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> detailed(List<SourceRecord> recs) {
    List<String> s = new ArrayList<>(RecordReaderTest.summary(recs));
    for (int i = 0; i < recs.size(); i++) {
      s.set(i, s.get(i) + " | " + recs.get(i).url + " | " + recs.get(i).recordId);
    }
    return s;
  }

  private static List<SourceRecord> readFrom(byte[] file, RecordReader.Start start) throws Exception {
    List<SourceRecord> out = new ArrayList<>();
    ByteArrayInputStream in = new ByteArrayInputStream(file, (int) start.offset, file.length - (int) start.offset);
    try (RecordReader r = RecordReader.open(in, start, CONFIG)) {
      for (SourceRecord s = r.next(); s != null; s = r.next()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Reads {@code file} whole, then from the place of every record; returns the whole read. */
  private static List<SourceRecord> assertResumesAfterEveryRecord(byte[] file, InputFormat format) throws Exception {
    List<SourceRecord> all = RecordReaderTest.read(file, CONFIG);
    assertThat(all).isNotEmpty();
    for (int i = 0; i < all.size(); i++) {
      SourceRecord r = all.get(i);
      RecordReader.Start own = new RecordReader.Start(format, r.syncOffset, (int) r.syncIndex, r.index);
      assertThat(detailed(readFrom(file, own))).as("from the place of %s", r).isEqualTo(detailed(all.subList(i, all.size())));
      RecordReader.Start after = new RecordReader.Start(format, r.syncOffset, (int) r.syncIndex, r.index + 1);
      assertThat(detailed(readFrom(file, after))).as("after %s", r).isEqualTo(detailed(all.subList(i + 1, all.size())));
    }
    return all;
  }

  @Test
  void wet_oneGzipMemberPerRecord_everyRecordIsItsOwnPlace() throws Exception {
    byte[] file = Dumps.gzipMembers(warcRecords());
    List<SourceRecord> all = assertResumesAfterEveryRecord(file, InputFormat.WARC);
    assertThat(RecordReaderTest.summary(all)).containsExactly("1 First page, with a line of text.", "2 bad_length",
        "3 Third page.", "4 bad_warc_header", "5 Fifth page.", "6 binary", "7 too_large", "9 Ninth page, the last.");
    // Each record is found again from its own member, the one that starts at that offset.
    long memberStart = 0;
    List<Long> members = new ArrayList<>();
    for (byte[] rec : warcRecords()) {
      members.add(memberStart);
      memberStart += Dumps.gzip(rec).length;
    }
    for (SourceRecord r : all) {
      assertThat(r.syncIndex).isEqualTo(r.index);
      assertThat(r.syncOffset).isEqualTo(members.get(r.index));
    }
  }

  @Test
  void wet_uncompressed_everyRecordIsItsOwnPlace() throws Exception {
    byte[] file = concat(warcRecords());
    List<SourceRecord> all = assertResumesAfterEveryRecord(file, InputFormat.WARC);
    long start = 0;
    List<Long> starts = new ArrayList<>();
    for (byte[] rec : warcRecords()) {
      starts.add(start);
      start += rec.length;
    }
    for (SourceRecord r : all) {
      if (!"bad_warc_header".equals(r.reason)) {
        assertThat(r.syncOffset).as("%s", r).isEqualTo(starts.get(r.index));
      }
      assertThat(r.syncIndex).isEqualTo(r.index);
    }
  }

  @Test
  void wet_oneCompressedStream_goesBackToTheStart() throws Exception {
    for (byte[] file : List.of(Dumps.gzip(concat(warcRecords())), Dumps.bzip2(concat(warcRecords())),
        Dumps.zstd(concat(warcRecords())))) {
      List<SourceRecord> all = assertResumesAfterEveryRecord(file, InputFormat.WARC);
      assertThat(all).hasSize(8).allSatisfy(r -> {
        assertThat(r.syncOffset).isZero();
        assertThat(r.syncIndex).isZero();
      });
    }
  }

  @Test
  void gzipBlocksAcrossRecords_resumeAtTheLastRecordThatStartsABlock() throws Exception {
    byte[] plain = concat(warcRecords());
    byte[] file = Dumps.gzipBlocks(plain, 97);
    List<SourceRecord> all = assertResumesAfterEveryRecord(file, InputFormat.WARC);
    assertThat(RecordReaderTest.summary(all)).isEqualTo(RecordReaderTest.summary(RecordReaderTest.read(plain, CONFIG)));
  }

  @Test
  void jsonLines_plainAndCompressed() throws Exception {
    List<SourceRecord> plain = assertResumesAfterEveryRecord(jsonl(), InputFormat.JSONL);
    assertThat(RecordReaderTest.summary(plain))
        .containsExactly("0 Line zero.", "2 bad_json", "3 no_text", "4 Line four.", "5 too_large", "6 Line six.");
    assertThat(plain).allSatisfy(r -> assertThat(r.syncIndex).isEqualTo(r.index));
    assertResumesAfterEveryRecord(Dumps.gzip(jsonl()), InputFormat.JSONL);
    assertResumesAfterEveryRecord(Dumps.zstd(jsonl()), InputFormat.JSONL);
    // one member per line
    List<byte[]> lines = new ArrayList<>();
    for (String l : new String(jsonl(), StandardCharsets.UTF_8).split("(?<=\n)")) {
      lines.add(l.getBytes(StandardCharsets.UTF_8));
    }
    List<SourceRecord> members = assertResumesAfterEveryRecord(Dumps.gzipMembers(lines.toArray(new byte[0][])), InputFormat.JSONL);
    assertThat(members).allSatisfy(r -> assertThat(r.syncIndex).isEqualTo(r.index));
  }

  @Test
  void truncatedFile_resumesToTheSameCut() throws Exception {
    byte[] whole = Dumps.gzipMembers(warcRecords());
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);
    List<SourceRecord> all = assertResumesAfterEveryRecord(cut, InputFormat.WARC);
    assertThat(all.get(all.size() - 1).reason).isEqualTo("truncated");
  }

  @Test
  void fileCutBeforeThePlaceToGoOnFrom_isOneRejectThere_notSilence() throws Exception {
    byte[] whole = Dumps.gzip(concat(warcRecords()));
    List<SourceRecord> all = RecordReaderTest.read(whole, CONFIG);
    SourceRecord fifth = all.get(4);
    assertThat(fifth.index).isEqualTo(5);
    // the file is shorter when it is read again (a store's error, a file replaced): the rest is one reject
    byte[] cut = Arrays.copyOf(whole, whole.length / 3);
    List<SourceRecord> rest = readFrom(cut, new RecordReader.Start(InputFormat.WARC, fifth.syncOffset, (int) fifth.syncIndex, 6));
    assertThat(RecordReaderTest.summary(rest)).containsExactly("6 truncated");
    assertThat(rest.get(0).message).startsWith("reading the file again up to record 6");
  }

  @Test
  void onePageFile_hasNothingAfterItsOnlyRecord() throws Exception {
    byte[] page = Dumps.gzip("A page of text.".getBytes(StandardCharsets.UTF_8));
    assertThat(RecordReaderTest.summary(assertResumesAfterEveryRecord(page, InputFormat.PAGE))).containsExactly("0 A page of text.");
  }
}
