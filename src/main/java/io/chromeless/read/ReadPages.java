package io.chromeless.read;

import io.chromeless.metrics.Counters;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Stage 1: reads pages from files matched by globs or URIs, through Beam's FileSystems (so local
 * paths, gs:// and s3:// take the same path). Each file is decompressed by what its first bytes
 * say (gzip, bzip2, zstd or none, whatever its name) and read as a stream of records in its
 * format (one page per file, WARC/WET, JSON Lines: detected from its content unless forced), by
 * {@link RecordReader}. Pages then go through a {@link Reshuffle}, so the records of one large
 * file are parsed on every worker rather than on the one that read it.
 *
 * <p>Output: one {@link RawPage} per readable page; every record that cannot be a page, and every
 * file that cannot be opened, becomes one {@link Reject} (stage {@code read}). Each record
 * counts once in {@code read/pages_read}.
 */
public final class ReadPages
    extends PTransform<PBegin, WithFailures.Result<PCollection<RawPage>, Reject>> {
  public static final TupleTag<RawPage> PAGES = new TupleTag<RawPage>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final List<String> inputs;
  private final RecordReader.Config config;

  private ReadPages(List<String> inputs, RecordReader.Config config) {
    this.inputs = List.copyOf(inputs);
    this.config = config;
  }

  public static ReadPages from(List<String> inputs) {
    return new ReadPages(inputs, RecordReader.Config.defaults());
  }

  /** Records larger than this, decompressed, are rejected as {@code too_large}. */
  public ReadPages withMaxRecordBytes(long max) {
    if (max <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be positive: " + max);
    }
    return new ReadPages(inputs, config.withMaxRecordBytes(max));
  }

  /** Reads every file in this format instead of detecting it ({@link InputFormat#AUTO}). */
  public ReadPages withFormat(InputFormat format) {
    return new ReadPages(inputs, config.withFormat(Objects.requireNonNull(format, "format")));
  }

  /** Field names of a JSON Lines record's text, url and crawl time. */
  public ReadPages withJsonFields(String text, String url, String crawledAt) {
    return new ReadPages(inputs, config.withJsonFields(
        Objects.requireNonNull(text, "text"), Objects.requireNonNull(url, "url"), Objects.requireNonNull(crawledAt, "crawledAt")));
  }

  @Override
  public WithFailures.Result<PCollection<RawPage>, Reject> expand(PBegin begin) {
    PCollectionTuple out =
        begin
            .apply("Globs", Create.of(inputs))
            // Emptiness of each glob is checked before the graph is built (see ArticlesPipeline).
            .apply("Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply(
                "Open",
                FileIO.readMatches()
                    // Codecs are told by magic bytes in RecordReader, not by the file's extension.
                    .withCompression(Compression.UNCOMPRESSED)
                    .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
            .apply("ReadRecords", ParDo.of(new ReadRecordsFn(config)).withOutputTags(PAGES, TupleTagList.of(REJECTS)));
    PCollection<RawPage> pages = out.get(PAGES).apply("SpreadRecords", Reshuffle.viaRandomKey());
    return WithFailures.Result.of(pages, out.get(REJECTS));
  }

  /** Streams the records of one file out as pages and rejects. */
  static final class ReadRecordsFn extends DoFn<FileIO.ReadableFile, RawPage> {
    private final RecordReader.Config config;
    private final Counter filesRead = Metrics.counter(Counters.READ, Counters.FILES_READ);
    private final Counter pagesRead = Metrics.counter(Counters.READ, Counters.PAGES_READ);
    private final Counter recordsSkipped = Metrics.counter(Counters.READ, Counters.RECORDS_SKIPPED);
    private final Counter replaced = Metrics.counter(Counters.READ, Counters.INVALID_SEQUENCES_REPLACED);

    ReadRecordsFn(RecordReader.Config config) {
      this.config = config;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String uri = file.getMetadata().resourceId().toString();
      filesRead.inc();
      RecordReader reader;
      try {
        InputStream in = Channels.newInputStream(file.open());
        reader = RecordReader.open(in, config);
      } catch (IOException | RuntimeException e) {
        pagesRead.inc();
        reject(out, new Reject(uri, 0, Counters.READ, RecordReader.reasonOf(e), RecordReader.describe(e), null));
        return;
      }
      try (RecordReader r = reader) {
        for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
          pagesRead.inc();
          if (rec.isPage()) {
            if (rec.replaced > 0) {
              replaced.inc(rec.replaced);
            }
            out.get(PAGES).output(new RawPage(uri, rec.index, rec.url, rec.crawledAtMillis, rec.text, rec.recordId));
          } else {
            reject(out, new Reject(uri, rec.index, Counters.READ, rec.reason, rec.message, rec.excerpt));
          }
        }
        recordsSkipped.inc(r.skipped());
      } catch (IOException e) {
        // closing failed after every record was accounted for: nothing is lost
      }
    }

    private static void reject(MultiOutputReceiver out, Reject r) {
      Metrics.counter(Counters.READ, Counters.rejected(r.reason())).inc();
      out.get(REJECTS).output(r);
    }
  }
}
