package io.chromeless.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.beam.ModelCoders;
import io.chromeless.metrics.Counters;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Large files are read in several bundles: the direct runner checkpoints the splittable read (here
 * after every half MiB read, instead of every 16 MiB), and the rest of the file is read on, in place or
 * by opening the file again at the last record's place. Every record still comes out exactly once.
 */
public class ReadPagesCheckpointTest {
  /** Records of about 600 bytes: 1.8 MB a file, read in four runs. */
  private static final int RECORDS = 3_000;
  private static final int BAD_LENGTH = 1_234;
  private static final int BINARY = 2_000;
  private static final long CHECKPOINT_BYTES = 512 << 10;

  @ClassRule public static final TemporaryFolder FILES = new TemporaryFolder();
  private static File dir;

  @BeforeClass
  public static void writeFiles() throws Exception {
    dir = FILES.newFolder("in");
    write(dir, "members.warc.wet.gz", true);
    write(dir, "stream.warc.bz2", false);
  }

  private static String text(int i) {
    return "Page " + i + " of a big file." + " Some words to fill it.".repeat(15);
  }

  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Before
  public void coders() {
    ModelCoders.registerOn(p);
  }

  @After
  public void parkAgain() {
    Parked.enabled = true;
  }

  /** warcinfo, then records 1..RECORDS, two of them broken; one gzip member each, or all in one bzip2 stream. */
  private static File write(File dir, String name, boolean members) throws Exception {
    String d = "2025-03-05T10:00:00Z";
    List<byte[]> records = new ArrayList<>();
    records.add(Dumps.warcinfo());
    for (int i = 1; i <= RECORDS; i++) {
      String url = "https://big.example/" + i;
      if (i == BAD_LENGTH) {
        records.add(Dumps.warcRecord("conversion", url, d, "Too short a length.".getBytes(StandardCharsets.UTF_8), "text/plain", 5));
      } else if (i == BINARY) {
        records.add(Dumps.warcRecord("conversion", url, d, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, "text/plain", -1));
      } else {
        records.add(Dumps.conversion(url, d, text(i)));
      }
    }
    byte[][] all = records.toArray(new byte[0][]);
    File f = new File(dir, name);
    Files.write(f.toPath(), members ? Dumps.gzipMembers(all) : Dumps.bzip2(Dumps.concat(all)));
    return f;
  }

  private PipelineResult readAndCheck(File dir) {
    WithFailures.Result<PCollection<RawPage>, Reject> r = p.apply(ReadPages.from(List.of(dir + "/*")).withCheckpointBytes(CHECKPOINT_BYTES));
    PAssert.that(r.output().apply("PageKeys", MapElements.into(TypeDescriptors.strings())
            .via((RawPage x) -> x.sourceUri().replaceAll(".*/", "") + "#" + x.recordIndex() + " " + x.text())))
        .satisfies(it -> {
          Set<String> got = new HashSet<>();
          int n = 0;
          for (String s : it) {
            got.add(s);
            n++;
          }
          Set<String> want = new HashSet<>();
          for (String f : List.of("members.warc.wet.gz", "stream.warc.bz2")) {
            for (int i = 1; i <= RECORDS; i++) {
              if (i != BAD_LENGTH && i != BINARY) {
                want.add(f + "#" + i + " " + text(i));
              }
            }
          }
          assertThat(n).as("pages, each once").isEqualTo(want.size());
          assertThat(got).isEqualTo(want);
          return null;
        });
    PAssert.that(r.failures().apply("RejectKeys", MapElements.into(TypeDescriptors.strings())
            .via((Reject x) -> x.sourceUri().replaceAll(".*/", "") + "#" + x.recordIndex() + " " + x.reason())))
        .containsInAnyOrder("members.warc.wet.gz#1234 bad_length", "members.warc.wet.gz#2000 binary",
            "stream.warc.bz2#1234 bad_length", "stream.warc.bz2#2000 binary");
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(counter(result, Counters.PAGES_READ)).isEqualTo(2L * RECORDS);
    assertThat(counter(result, Counters.RECORDS_SKIPPED)).as("the warcinfo records").isEqualTo(2);
    assertThat(counter(result, Counters.FILES_READ)).isEqualTo(2);
    return result;
  }

  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(Counters.READ, name)).build()).getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }

  @Test
  public void bigFiles_readInSeveralBundles_inPlace() throws Exception {
    PipelineResult result = readAndCheck(dir);
    assertThat(counter(result, Counters.READS_RESUMED)).as("three checkpoints a file").isEqualTo(6);
    assertThat(counter(result, Counters.READS_REOPENED)).isZero();
  }

  @Test
  public void bigFiles_readInSeveralBundles_reopened() throws Exception {
    Parked.enabled = false;
    PipelineResult result = readAndCheck(dir);
    assertThat(counter(result, Counters.READS_REOPENED)).as("three checkpoints a file").isEqualTo(6);
    assertThat(counter(result, Counters.READS_RESUMED)).isZero();
  }
}
