package io.chromeless.read;

import io.chromeless.metrics.Counters;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Stage 1: reads pages from files matched by globs or URIs, through Beam's FileSystems (so local
 * paths, gs:// and s3:// take the same path). Each file is one page; {@code .gz}, {@code .bz2},
 * {@code .zst} and other extensions Beam knows are decompressed. Output: one {@link RawPage} per
 * readable page; every file that cannot be a page becomes one {@link Reject} (stage {@code read}).
 */
public final class ReadPages
    extends PTransform<PBegin, WithFailures.Result<PCollection<RawPage>, Reject>> {
  public static final TupleTag<RawPage> PAGES = new TupleTag<RawPage>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final List<String> inputs;
  private final long maxRecordBytes;

  private ReadPages(List<String> inputs, long maxRecordBytes) {
    this.inputs = List.copyOf(inputs);
    this.maxRecordBytes = maxRecordBytes;
  }

  public static ReadPages from(List<String> inputs) {
    return new ReadPages(inputs, 10L << 20);
  }

  /** Pages larger than this, decompressed, are rejected as {@code too_large}. */
  public ReadPages withMaxRecordBytes(long max) {
    if (max <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be positive: " + max);
    }
    return new ReadPages(inputs, max);
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
                    .withCompression(Compression.AUTO)
                    .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
            .apply("ReadPage", ParDo.of(new ReadPageFn(maxRecordBytes)).withOutputTags(PAGES, TupleTagList.of(REJECTS)));
    return WithFailures.Result.of(out.get(PAGES), out.get(REJECTS));
  }

  /** Reads one file as one page, bounded by {@code maxRecordBytes}, and decodes it. */
  static final class ReadPageFn extends DoFn<FileIO.ReadableFile, RawPage> {
    private final long maxRecordBytes;
    private final Counter filesRead = Metrics.counter(Counters.READ, Counters.FILES_READ);
    private final Counter pagesRead = Metrics.counter(Counters.READ, Counters.PAGES_READ);

    ReadPageFn(long maxRecordBytes) {
      this.maxRecordBytes = maxRecordBytes;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String uri = file.getMetadata().resourceId().toString();
      filesRead.inc();
      pagesRead.inc();
      byte[] bytes;
      try (InputStream in = Channels.newInputStream(file.open())) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
      } catch (IOException | RuntimeException e) {
        reject(out, uri, "read_error", e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        return;
      }
      if (bytes.length > maxRecordBytes) {
        reject(out, uri, "too_large", "page is larger than " + maxRecordBytes + " bytes decompressed", null);
        return;
      }
      PageDecoder.Result r = PageDecoder.decode(bytes);
      if (!r.ok()) {
        String excerpt = "binary".equals(r.reason) ? null : new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        reject(out, uri, r.reason, r.message, excerpt);
        return;
      }
      out.get(PAGES).output(new RawPage(uri, 0, null, null, r.text));
    }

    private static void reject(MultiOutputReceiver out, String uri, String reason, String message, String excerpt) {
      Metrics.counter(Counters.READ, Counters.rejected(reason)).inc();
      out.get(REJECTS).output(new Reject(uri, 0, Counters.READ, reason, message, excerpt));
    }
  }
}
