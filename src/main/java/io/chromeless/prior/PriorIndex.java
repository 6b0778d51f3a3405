package io.chromeless.prior;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chromeless.beam.ModelCoders;
import io.chromeless.group.Signature;
import io.chromeless.load.LoadLayout;
import io.chromeless.metrics.Counters;
import io.chromeless.write.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article index of earlier loads: {@code <priorOutput>/_index/load_date=X/}, one row per article
 * of load X with the signature of its canonical body. Only committed partitions ({@code _SUCCESS}
 * present) of dates before this run's load date are read, so a re-run of a night sees the same
 * earlier nights and never itself or a later night. A load whose manifest records another {@link
 * Signature#VERSION} (or none) is passed over with a warning.
 */
public final class PriorIndex extends PTransform<PBegin, PCollection<KV<String, Signature>>> {
  private static final Logger LOG = LoggerFactory.getLogger(PriorIndex.class);
  private static final Pattern DATE = Pattern.compile("/load_date=(\\d{4}-\\d{2}-\\d{2})/" + LoadLayout.SUCCESS + "$");

  private final List<String> partitions;

  private PriorIndex(List<String> partitions) {
    this.partitions = List.copyOf(partitions);
  }

  /** Reads these index partitions (folders, as {@link #partitions} lists them). */
  public static PriorIndex read(List<String> partitions) {
    return new PriorIndex(partitions);
  }

  /** The committed index partitions under {@code priorOutput} of load dates before {@code loadDate}, oldest first. */
  public static List<String> partitions(String priorOutput, String loadDate) throws IOException {
    String root = priorOutput.replaceAll("/+$", "");
    MatchResult m = FileSystems.match(root + "/" + LoadLayout.INDEX + "/load_date=*/" + LoadLayout.SUCCESS,
        EmptyMatchTreatment.ALLOW);
    TreeSet<String> dates = new TreeSet<>();
    if (m.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata md : m.metadata()) {
        Matcher d = DATE.matcher(md.resourceId().toString());
        if (d.find() && d.group(1).compareTo(loadDate) < 0) {
          dates.add(d.group(1));
        }
      }
    } else if (m.status() != MatchResult.Status.NOT_FOUND) {
      throw new IOException("--priorOutput: cannot list " + root + "/" + LoadLayout.INDEX + ": " + m.status());
    }
    List<String> out = new ArrayList<>();
    for (String d : dates) {
      int version = signatureVersion(LoadLayout.manifest(root, d));
      if (version == Signature.VERSION) {
        out.add(LoadLayout.partition(root, LoadLayout.INDEX, d));
      } else {
        // Another recipe gives the same body another signature: comparing would find nothing, silently.
        LOG.warn("--priorOutput: the index of load {} is passed over: its signatures are version {}, this build's {}"
            + " (re-run that load date with this build to link its articles again)", d,
            version < 0 ? "unknown" : Integer.toString(version), Signature.VERSION);
      }
    }
    return out;
  }

  /** The signature version a load's manifest records; -1 when it records none or cannot be read. */
  static int signatureVersion(String manifest) {
    try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(manifest, false)))) {
      JsonNode v = new ObjectMapper().readTree(in).path("versions").path("signature");
      return v.isInt() ? v.intValue() : -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  @Override
  public PCollection<KV<String, Signature>> expand(PBegin begin) {
    KvCoder<String, Signature> coder = KvCoder.of(StringUtf8Coder.of(), ModelCoders.SignatureCoder.INSTANCE);
    if (partitions.isEmpty()) {
      return begin.apply("NoEarlierLoads", Create.empty(coder));
    }
    List<String> globs = new ArrayList<>();
    partitions.forEach(p -> globs.add(p + "*.parquet"));
    return begin
        .apply("Partitions", Create.of(globs))
        .apply("Match", FileIO.matchAll())
        .apply("Open", FileIO.readMatches())
        .apply("ReadParquet", ParquetIO.readFiles(Schemas.INDEX))
        .apply("ToSignatures", ParDo.of(new FromRecordFn()))
        .setCoder(coder);
  }

  static final class FromRecordFn extends DoFn<GenericRecord, KV<String, Signature>> {
    private final Counter read = Metrics.counter(Counters.PRIOR, Counters.INDEX_ROWS_READ);

    @ProcessElement
    public void process(@Element GenericRecord r, OutputReceiver<KV<String, Signature>> out) {
      read.inc();
      out.output(Schemas.fromIndexRecord(r));
    }
  }
}
