package io.chromeless.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.beam.ModelCoders;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** ReadPages on the direct runner: every format and codec comes through, bad records become rejects. */
public class ReadPagesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  @Before
  public void coders() {
    ModelCoders.registerOn(p);
  }

  @Test
  public void readPages_decompressesAndRejects() throws Exception {
    File dir = tmp.newFolder("in");
    Files.writeString(dir.toPath().resolve("plain.txt"), "Plain page text.");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.toPath().resolve("zipped.txt.gz")))) {
      o.write("Zipped page text.".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.toPath().resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
    Files.writeString(dir.toPath().resolve("big.txt"), "x".repeat(5000));
    Files.write(dir.toPath().resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});

    WithFailures.Result<PCollection<RawPage>, Reject> r =
        p.apply(ReadPages.from(List.of(dir + "/*")).withMaxRecordBytes(1000));

    PAssert.that(r.output())
        .satisfies(
            it -> {
              List<String> texts = new ArrayList<>();
              it.forEach(x -> texts.add(x.text()));
              assertThat(texts).containsExactlyInAnyOrder("Plain page text.", "Zipped page text.");
              return null;
            });
    PAssert.that(r.failures())
        .satisfies(
            it -> {
              List<String> got = new ArrayList<>();
              it.forEach(x -> got.add(x.sourceUri().replaceAll(".*/", "") + " " + x.reason()));
              assertThat(got).containsExactlyInAnyOrder("image.txt binary", "big.txt too_large", "broken.txt.gz truncated");
              return null;
            });
    p.run().waitUntilFinish();
  }

  /**
   * The issue's list of broken inputs, in a WET file, a JSON Lines file and one-page files: each
   * record ends with its own reason code or as the right page, and the records after it in the
   * same file still come through.
   */
  @Test
  public void brokenInputs_eachHasItsOutcome_andTheRestOfTheFileComesThrough() throws Exception {
    File dir = tmp.newFolder("broken");
    String d = "2025-03-05T10:00:00Z";
    byte[] cutLast = Dumps.gzip(Dumps.conversion("https://w.example/8", d, "Cut off. " + "more words ".repeat(300)));
    byte[] wet = Dumps.concat(Dumps.gzipMembers(Dumps.warcinfo(),
        Dumps.conversion("https://w.example/1", d, "Page one."),
        "HTTP/1.1 200 OK\r\nServer: not WARC\r\n\r\nbody\r\n\r\n".getBytes(StandardCharsets.UTF_8),
        Dumps.warcRecord("conversion", "https://w.example/3", d, "Wrong length.".getBytes(StandardCharsets.UTF_8), "text/plain", 4),
        Dumps.warcRecord("conversion", "https://w.example/4", d, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, "text/plain", -1),
        Dumps.warcRecord("conversion", "https://w.example/5", d, "Grüße, UTF-16.".getBytes(StandardCharsets.UTF_16), "text/plain", -1),
        Dumps.warcRecord("conversion", "https://w.example/6", d,
            "Café crème – 5 €, Windows-1252.".getBytes(java.nio.charset.Charset.forName("windows-1252")), "text/plain", -1),
        Dumps.conversion("https://w.example/7", d, "Page seven.")), java.util.Arrays.copyOf(cutLast, cutLast.length - 30));
    Files.write(dir.toPath().resolve("crawl.warc.wet.gz"), wet);
    Files.writeString(dir.toPath().resolve("feed.jsonl"), Dumps.jsonLine("https://j.example/0", d, "Line zero.")
        + "{\"text\": \"no end\n" + "{\"url\": \"https://j.example/2\"}\n"
        + Dumps.jsonLine("https://j.example/3", d, "\u0000\u0001\u0002binary") + Dumps.jsonLine("https://j.example/4", d, "Line four."));
    Files.write(dir.toPath().resolve("utf16.txt"), "Ünïcödé page.".getBytes(StandardCharsets.UTF_16));
    Files.write(dir.toPath().resolve("cp1252.txt"), "Déjà vu – 3 €.".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Files.write(dir.toPath().resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 2, 3});

    WithFailures.Result<PCollection<RawPage>, Reject> r = p.apply(ReadPages.from(List.of(dir + "/*")));

    PAssert.that(r.output())
        .satisfies(
            it -> {
              List<String> got = new ArrayList<>();
              it.forEach(x -> got.add(x.sourceUri().replaceAll(".*/", "") + "#" + x.recordIndex() + " " + x.text()));
              assertThat(got).containsExactlyInAnyOrder(
                  "crawl.warc.wet.gz#1 Page one.", "crawl.warc.wet.gz#5 Grüße, UTF-16.",
                  "crawl.warc.wet.gz#6 Café crème – 5 €, Windows-1252.", "crawl.warc.wet.gz#7 Page seven.",
                  "feed.jsonl#0 Line zero.", "feed.jsonl#4 Line four.",
                  "utf16.txt#0 Ünïcödé page.", "cp1252.txt#0 Déjà vu – 3 €.");
              return null;
            });
    PAssert.that(r.failures())
        .satisfies(
            it -> {
              List<String> got = new ArrayList<>();
              it.forEach(x -> got.add(x.sourceUri().replaceAll(".*/", "") + "#" + x.recordIndex() + " " + x.reason()));
              assertThat(got).containsExactlyInAnyOrder(
                  "crawl.warc.wet.gz#2 bad_warc_header", "crawl.warc.wet.gz#3 bad_length", "crawl.warc.wet.gz#4 binary",
                  "crawl.warc.wet.gz#8 truncated",
                  "feed.jsonl#1 bad_json", "feed.jsonl#2 no_text", "feed.jsonl#3 binary",
                  "scan.txt#0 binary");
              return null;
            });
    p.run().waitUntilFinish();
  }

  /** The WARC-Record-ID Dumps gives a conversion record of {@code url} on 2025-03-05T10:00:00Z. */
  private static String id(String url) {
    return Dumps.recordId("conversion", url, "2025-03-05T10:00:00Z");
  }

  @Test
  public void readPages_multiRecordFiles_oneOutcomePerRecord() throws Exception {
    File dir = tmp.newFolder("multi");
    String d = "2025-03-05T10:00:00Z";
    Files.write(dir.toPath().resolve("crawl.warc.wet.gz"), Dumps.gzipMembers(Dumps.warcinfo(),
        Dumps.conversion("https://a.example/1", d, "Page one."),
        Dumps.warcRecord("conversion", "https://a.example/2", d, "Page two.".getBytes(StandardCharsets.UTF_8), "text/plain", 3),
        Dumps.conversion("https://a.example/3", d, "Page three.")));
    // named .txt but bzip2'ed JSON Lines: content decides
    Files.write(dir.toPath().resolve("pages.txt"), Dumps.bzip2((Dumps.jsonLine("https://b.example/1", d, "Line page one.")
        + "{not json}\n" + "{\"url\": \"https://b.example/3\"}\n").getBytes(StandardCharsets.UTF_8)));

    WithFailures.Result<PCollection<RawPage>, Reject> r = p.apply(ReadPages.from(List.of(dir + "/*")));

    PAssert.that(r.output())
        .satisfies(
            it -> {
              List<String> got = new ArrayList<>();
              it.forEach(x -> got.add(x.sourceUri().replaceAll(".*/", "") + "#" + x.recordIndex() + " " + x.url() + " " + x.text()
                  + (x.recordId() != null ? " " + x.recordId() : "")));
              assertThat(got).containsExactlyInAnyOrder(
                  "crawl.warc.wet.gz#1 https://a.example/1 Page one. " + id("https://a.example/1"),
                  "crawl.warc.wet.gz#3 https://a.example/3 Page three. " + id("https://a.example/3"),
                  "pages.txt#0 https://b.example/1 Line page one.");
              return null;
            });
    PAssert.that(r.failures())
        .satisfies(
            it -> {
              List<String> got = new ArrayList<>();
              it.forEach(x -> got.add(x.sourceUri().replaceAll(".*/", "") + "#" + x.recordIndex() + " " + x.stage() + "/" + x.reason()
                  + (x.recordId() != null ? " " + x.recordId() : "")));
              assertThat(got).containsExactlyInAnyOrder(
                  "crawl.warc.wet.gz#2 read/bad_length " + id("https://a.example/2"), "pages.txt#1 read/bad_json",
                  "pages.txt#2 read/no_text");
              return null;
            });
    p.run().waitUntilFinish();
  }
}
