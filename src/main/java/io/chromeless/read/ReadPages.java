package io.chromeless.read;

import io.chromeless.metrics.Counters;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
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
 * {@link RecordReader}, in a splittable DoFn that a runner can checkpoint inside a large file.
 * Pages then go through a {@link Reshuffle}, so the records of one large file are parsed on every
 * worker rather than on the one that read it (not on the direct runner: see {@link
 * #isDirectRunner}).
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
  /** The files the inputs matched, when the launcher listed them already; null: match in the job. */
  private final List<MatchResult.Metadata> matched;
  private final RecordReader.Config config;
  private final long checkpointBytes;

  private ReadPages(List<String> inputs, List<MatchResult.Metadata> matched, RecordReader.Config config,
      long checkpointBytes) {
    this.inputs = List.copyOf(inputs);
    this.matched = matched == null ? null : List.copyOf(matched);
    this.config = config;
    this.checkpointBytes = checkpointBytes;
  }

  private ReadPages(List<String> inputs, RecordReader.Config config, long checkpointBytes) {
    this(inputs, null, config, checkpointBytes);
  }

  private ReadPages(List<String> inputs, RecordReader.Config config) {
    this(inputs, config, RecordSpan.MIN_BYTES_PER_RUN);
  }

  public static ReadPages from(List<String> inputs) {
    return new ReadPages(inputs, RecordReader.Config.defaults());
  }

  /**
   * Reads these files, which the inputs matched when the launcher listed them, instead of matching
   * the inputs again in the job: a bucket of many files is listed once per run. For runners that
   * run the graph while the launcher waits (direct, Flink); a Dataflow job or template matches in
   * the job, since its graph is submitted (and a template's is run later, on other files).
   */
  public ReadPages withMatchedFiles(List<MatchResult.Metadata> files) {
    return new ReadPages(inputs, Objects.requireNonNull(files, "files"), config, checkpointBytes);
  }

  /** Checkpoints a file's reading no sooner than after this many decompressed bytes (tests). */
  ReadPages withCheckpointBytes(long bytes) {
    return new ReadPages(inputs, matched, config, bytes);
  }

  /** Records larger than this, decompressed, are rejected as {@code too_large}. */
  public ReadPages withMaxRecordBytes(long max) {
    if (max <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be positive: " + max);
    }
    return new ReadPages(inputs, matched, config.withMaxRecordBytes(max), checkpointBytes);
  }

  /** Reads every file in this format instead of detecting it ({@link InputFormat#AUTO}). */
  public ReadPages withFormat(InputFormat format) {
    return new ReadPages(inputs, matched, config.withFormat(Objects.requireNonNull(format, "format")), checkpointBytes);
  }

  /** Field names of a JSON Lines record's text, url and crawl time. */
  public ReadPages withJsonFields(String text, String url, String crawledAt) {
    return new ReadPages(inputs, matched, config.withJsonFields(Objects.requireNonNull(text, "text"),
        Objects.requireNonNull(url, "url"), Objects.requireNonNull(crawledAt, "crawledAt")), checkpointBytes);
  }

  @Override
  public WithFailures.Result<PCollection<RawPage>, Reject> expand(PBegin begin) {
    PCollection<MatchResult.Metadata> files =
        matched != null
            ? begin
                .apply("MatchedFiles", Create.of(matched).withCoder(MetadataCoderV2.of()))
                // as FileIO.matchAll ends: the files spread over the workers at random
                .apply("SpreadFiles", Reshuffle.viaRandomKey())
            : begin
                .apply("Globs", Create.of(inputs))
                // Emptiness of each glob is checked before the graph is built (see ArticlesPipeline).
                .apply("Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW));
    PCollectionTuple out =
        files
            .apply(
                "Open",
                FileIO.readMatches()
                    // Codecs are told by magic bytes in RecordReader, not by the file's extension.
                    .withCompression(Compression.UNCOMPRESSED)
                    .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
            .apply("ReadRecords", ParDo.of(new ReadRecordsFn(config, checkpointBytes)).withOutputTags(PAGES, TupleTagList.of(REJECTS)));
    PCollection<RawPage> pages = out.get(PAGES);
    if (!isDirectRunner(begin.getPipeline().getOptions())) {
      pages = pages.apply("SpreadRecords", Reshuffle.viaRandomKey());
    }
    return WithFailures.Result.of(pages, out.get(REJECTS));
  }

  /**
   * Whether the pipeline runs on the direct runner, which gets no reshuffle: there every file and
   * every checkpointed run of a large file is a bundle of its own, run on any of its threads,
   * while its reshuffle makes a bundle of every key and checks every grouped bundle for mutation
   * element by element (20 MB of WET, 14,000 pages: 9 s to read without it, 51 s with 12 keys,
   * over 10 minutes with a key a page). Flink rebalances the records round robin and Dataflow
   * spreads them by key.
   */
  static boolean isDirectRunner(PipelineOptions options) {
    return options.getRunner().getSimpleName().contains("DirectRunner");
  }

  /**
   * Streams the records of one file out as pages and rejects: a splittable DoFn whose restriction
   * is a {@link RecordSpan}, so that a runner can checkpoint in the middle of a large file and
   * pass on what was read so far. The direct runner asks every 100 records or second and gets a
   * checkpoint once a run has read {@link RecordSpan#MIN_BYTES_PER_RUN}: without it, it would hold
   * every page of a file in memory until the file's end. When the rest of the file is read on in
   * this JVM (always on the direct runner), the open reader is taken up where it stopped ({@link
   * Parked}); elsewhere a new reader opens at the place of the last record read. Flink runs a
   * bounded splittable DoFn without checkpoints, passing each record on as it comes.
   */
  @DoFn.BoundedPerElement
  static final class ReadRecordsFn extends DoFn<FileIO.ReadableFile, RawPage> {
    private final RecordReader.Config config;
    private final long checkpointBytes;
    private final Counter filesRead = Metrics.counter(Counters.READ, Counters.FILES_READ);
    private final Counter pagesRead = Metrics.counter(Counters.READ, Counters.PAGES_READ);
    private final Counter recordsSkipped = Metrics.counter(Counters.READ, Counters.RECORDS_SKIPPED);
    private final Counter replaced = Metrics.counter(Counters.READ, Counters.INVALID_SEQUENCES_REPLACED);
    private final Counter resumes = Metrics.counter(Counters.READ, Counters.READS_RESUMED);
    private final Counter reopens = Metrics.counter(Counters.READ, Counters.READS_REOPENED);

    ReadRecordsFn(RecordReader.Config config, long checkpointBytes) {
      this.config = config;
      this.checkpointBytes = checkpointBytes;
    }

    @GetInitialRestriction
    public RecordSpan initialSpan(@Element FileIO.ReadableFile file) {
      return RecordSpan.whole();
    }

    @NewTracker
    public RecordSpan.Tracker newTracker(@Restriction RecordSpan span) {
      return new RecordSpan.Tracker(span, checkpointBytes);
    }

    @GetRestrictionCoder
    public RecordSpan.Coder restrictionCoder() {
      return RecordSpan.Coder.INSTANCE;
    }

    /** Bytes of the file from where the span starts: an estimate of the work left. */
    @GetSize
    public double size(@Element FileIO.ReadableFile file, @Restriction RecordSpan span) {
      return Math.max(1, file.getMetadata().sizeBytes() - span.start.offset);
    }

    @ProcessElement
    public ProcessContinuation process(@Element FileIO.ReadableFile file, RestrictionTracker<RecordSpan, RecordSpan.Claim> tracker,
        MultiOutputReceiver out) {
      String uri = file.getMetadata().resourceId().toString();
      RecordSpan span = tracker.currentRestriction();
      if (span.isFileStart()) {
        filesRead.inc();
      }
      Parked resumed = Parked.take(uri, span.start);
      RecordReader reader;
      SourceRecord pending = null;
      long skippedSeen = 0;
      if (!span.isFileStart()) {
        (resumed != null ? resumes : reopens).inc();
      }
      if (resumed != null) {
        reader = resumed.reader;
        pending = resumed.next;
        skippedSeen = resumed.skippedSeen;
      } else {
        try {
          reader = RecordReader.open(open(file, span.start.offset), span.start, config);
        } catch (IOException | RuntimeException e) {
          int index = span.start.fromIndex;
          if (tracker.tryClaim(RecordSpan.Claim.at(index, span.start, 0))) {
            pagesRead.inc();
            reject(out, new Reject(uri, index, Counters.READ, RecordReader.reasonOf(e), RecordReader.describe(e), null));
            tracker.tryClaim(RecordSpan.Claim.END);
          }
          return ProcessContinuation.stop();
        }
      }
      RecordSpan.Claim last = null;
      while (true) {
        SourceRecord rec = pending != null ? pending : reader.next();
        pending = null;
        if (rec == null) {
          recordsSkipped.inc(reader.skipped() - skippedSeen);
          tracker.tryClaim(RecordSpan.Claim.END);
          close(reader);
          return ProcessContinuation.stop();
        }
        RecordSpan.Claim claim = RecordSpan.Claim.of(rec, reader.format());
        if (!tracker.tryClaim(claim)) {
          // A checkpoint: the rest of the file is a new span that starts after the last record claimed.
          if (last != null) {
            Parked.park(uri, last.after(), new Parked(reader, rec, skippedSeen));
          } else {
            close(reader);
          }
          return ProcessContinuation.stop();
        }
        last = claim;
        long skipped = reader.skipped();
        recordsSkipped.inc(skipped - skippedSeen);
        skippedSeen = skipped;
        pagesRead.inc();
        if (rec.isPage()) {
          if (rec.replaced > 0) {
            replaced.inc(rec.replaced);
          }
          out.get(PAGES).output(new RawPage(uri, rec.index, rec.url, rec.crawledAtMillis, rec.text, rec.recordId));
        } else {
          reject(out, new Reject(uri, rec.index, Counters.READ, rec.reason, rec.message, rec.excerpt, rec.recordId));
        }
      }
    }

    /** The file's bytes from {@code offset} on. */
    private static InputStream open(FileIO.ReadableFile file, long offset) throws IOException {
      if (offset == 0) {
        return Channels.newInputStream(file.open());
      }
      if (file.getMetadata().isReadSeekEfficient()) {
        SeekableByteChannel c = file.openSeekable();
        c.position(offset);
        return Channels.newInputStream(c);
      }
      InputStream in = Channels.newInputStream(file.open());
      in.skipNBytes(offset);
      return in;
    }

    private static void close(RecordReader r) {
      try {
        r.close();
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
