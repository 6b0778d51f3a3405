package io.chromeless.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.chromeless.model.Hashes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes generated pages as the dumps the job reads, and the truth beside them. Every writer
 * returns where each page went (file and record index), which is what the job's {@code documents}
 * table reports, so its grouping can be checked against the truth.
 */
public final class CorpusDumps {
  private static final JsonFactory JSON = new JsonFactory();

  private CorpusDumps() {}

  /** Where a page was written: file name in the dump folder and record index in that file. */
  public record Placed(GeneratedPage page, String file, int recordIndex) {}

  /** One page per file, {@code NAME.txt} (every seventh gzip'ed as {@code NAME.txt.gz} when asked). */
  public static List<Placed> writePageFiles(Path dir, Iterable<GeneratedPage> pages, boolean gzipSome)
      throws IOException {
    Files.createDirectories(dir);
    List<Placed> out = new ArrayList<>();
    int i = 0;
    for (GeneratedPage p : pages) {
      boolean gzip = gzipSome && i++ % 7 == 3;
      String file = p.name() + (gzip ? ".txt.gz" : ".txt");
      byte[] text = p.text().getBytes(StandardCharsets.UTF_8);
      if (gzip) {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve(file)))) {
          o.write(text);
        }
      } else {
        Files.write(dir.resolve(file), text);
      }
      out.add(new Placed(p, file, 0));
    }
    return out;
  }

  /**
   * JSON Lines, gzip'ed, {@code perFile} pages a file: {@code {"id", "url", "crawled_at", "text"}}
   * (the job's default field names).
   */
  public static List<Placed> writeJsonLines(Path dir, Iterable<GeneratedPage> pages, int perFile)
      throws IOException {
    Files.createDirectories(dir);
    List<Placed> out = new ArrayList<>();
    int n = 0;
    OutputStream o = null;
    String file = null;
    try {
      for (GeneratedPage p : pages) {
        if (n % perFile == 0) {
          if (o != null) {
            o.close();
          }
          file = String.format("pages-%05d.jsonl.gz", n / perFile);
          o = new GZIPOutputStream(Files.newOutputStream(dir.resolve(file)), 1 << 16);
        }
        try (JsonGenerator g = JSON.createGenerator(o)) {
          g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
          g.writeStartObject();
          g.writeStringField("id", p.name());
          g.writeStringField("url", p.url());
          g.writeStringField("crawled_at", Instant.ofEpochMilli(p.crawledAtMillis()).toString());
          g.writeStringField("text", p.text());
          g.writeEndObject();
        }
        o.write('\n');
        out.add(new Placed(p, file, n % perFile));
        n++;
      }
    } finally {
      if (o != null) {
        o.close();
      }
    }
    return out;
  }

  /**
   * WET files, {@code perFile} pages a file: a {@code warcinfo} record, then one {@code
   * conversion} record a page, each record its own gzip member (as Common Crawl writes them).
   */
  public static List<Placed> writeWet(Path dir, Iterable<GeneratedPage> pages, int perFile) throws IOException {
    Files.createDirectories(dir);
    List<Placed> out = new ArrayList<>();
    int n = 0;
    OutputStream o = null;
    String file = null;
    try {
      for (GeneratedPage p : pages) {
        if (n % perFile == 0) {
          if (o != null) {
            o.close();
          }
          file = String.format("pages-%05d.warc.wet.gz", n / perFile);
          o = Files.newOutputStream(dir.resolve(file));
          record(o, "warcinfo", null, CorpusGenerator.LOAD_MILLIS, "urn:warcinfo:" + file, "application/warc-fields",
              "software: chromeless corpus generator\r\nformat: WARC File Format 1.0\r\n");
        }
        record(o, "conversion", p.url(), p.crawledAtMillis(), p.name(), "text/plain", p.text());
        out.add(new Placed(p, file, 1 + n % perFile));
        n++;
      }
    } finally {
      if (o != null) {
        o.close();
      }
    }
    return out;
  }

  private static void record(OutputStream o, String type, String uri, long date, String idSeed, String contentType,
      String payload) throws IOException {
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    long h = Hashes.fnv1a64(idSeed);
    StringBuilder head = new StringBuilder(256);
    head.append("WARC/1.0\r\nWARC-Type: ").append(type).append("\r\n");
    if (uri != null) {
      head.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    head.append("WARC-Date: ").append(Instant.ofEpochMilli(date / 1000 * 1000)).append("\r\n")
        .append("WARC-Record-ID: <urn:uuid:").append(new UUID(h, Hashes.mix64(h))).append(">\r\n")
        .append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(body.length).append("\r\n\r\n");
    GZIPOutputStream z = new GZIPOutputStream(new NonClosing(o), 1 << 16);
    z.write(head.toString().getBytes(StandardCharsets.UTF_8));
    z.write(body);
    z.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    z.finish();
  }

  /**
   * The truth, tab-separated with a header: file, record_index, page, story, kind, url,
   * crawled_at. Pages with the same story belong together.
   */
  public static void writeTruth(Path file, List<Placed> placed) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("file\trecord_index\tpage\tstory\tkind\turl\tcrawled_at\n");
      for (Placed p : placed) {
        w.write(p.file() + "\t" + p.recordIndex() + "\t" + p.page().name() + "\t" + p.page().story() + "\t"
            + p.page().kind() + "\t" + p.page().url() + "\t" + Instant.ofEpochMilli(p.page().crawledAtMillis())
            + "\n");
      }
    }
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream o) {
      super(o);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
