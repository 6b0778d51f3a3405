package io.chromeless.bench;

import io.chromeless.read.Dumps;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a WET file of a given size for benchmarks, the way Common Crawl writes them: a warcinfo
 * record, then one {@code conversion} record per page, each record its own gzip member. Pages are
 * {@link CorpusGenerator}'s invented news pages (about 600 words of body in site chrome, with planted
 * duplicates of every kind); the same seed gives the same file.
 *
 * <pre>
 * java -cp target/chromeless-0.1.0-SNAPSHOT-bundled.jar:target/test-classes \
 *     io.chromeless.bench.WetGenerator OUT.warc.wet.gz SIZE_MB [SEED]
 * </pre>
 */
public final class WetGenerator {
  private WetGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WetGenerator OUT.warc.wet.gz SIZE_MB [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long target = Long.parseLong(args[1]) << 20;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
    long t0 = System.nanoTime();
    Stats s = write(out, target, seed);
    System.out.printf(Locale.ROOT, "%s: %d records (%d pages), %.1f MB gzip'ed, %.1f MB of records, %.1f KB a page on"
            + " average, %.0f s%n", out, s.records, s.records - 1, s.compressed / 1e6, s.plain / 1e6,
        s.pageBytes / 1e3 / (s.records - 1), (System.nanoTime() - t0) / 1e9);
  }

  /** What was written. */
  public record Stats(long records, long compressed, long plain, long pageBytes) {}

  /** Writes pages until the file reaches {@code targetBytes} (compressed). */
  public static Stats write(Path out, long targetBytes, long seed) throws IOException {
    // as many pages as the target could need; the generator is lazy, so the bound costs nothing
    CorpusGenerator pages = CorpusGenerator.of(Math.max(1_000, targetBytes / 1_000), seed);
    long records = 0;
    long compressed = 0;
    long plain = 0;
    long pageBytes = 0;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      byte[] info = Dumps.warcinfo();
      byte[] gz = Dumps.gzip(info);
      o.write(gz);
      records++;
      compressed += gz.length;
      plain += info.length;
      for (GeneratedPage p : pages) {
        if (compressed >= targetBytes) {
          break;
        }
        byte[] text = p.text().getBytes(StandardCharsets.UTF_8);
        byte[] rec = Dumps.warcRecord("conversion", p.url(), Instant.ofEpochMilli(p.crawledAtMillis() / 1000 * 1000)
            .toString(), text, "text/plain", -1);
        gz = Dumps.gzip(rec);
        o.write(gz);
        records++;
        compressed += gz.length;
        plain += rec.length;
        pageBytes += text.length;
      }
    }
    return new Stats(records, compressed, plain, pageBytes);
  }
}
