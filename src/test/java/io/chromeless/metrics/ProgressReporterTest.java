package io.chromeless.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.junit.jupiter.api.Test;

/**
 * The progress line of a direct run. The run is held open until the reporter has spoken (a DoFn
 * waits on a latch), so the test does not depend on how fast the machine runs a small job: a run
 * shorter than the interval rightly reports nothing, and a quiet machine runs a small job in less
 * than any interval a test could pick.
 */
class ProgressReporterTest {
  /** Released once the test has seen a progress line; the run ends only then. */
  private static final CountDownLatch SEEN = new CountDownLatch(1);

  static final class WaitForReport extends DoFn<Integer, Integer> {
    private final Counter read = Metrics.counter(Counters.READ, Counters.PAGES_READ);

    @ProcessElement
    public void process(@Element Integer x, OutputReceiver<Integer> out) throws InterruptedException {
      read.inc();
      SEEN.await(60, TimeUnit.SECONDS);
      out.output(x);
    }
  }

  @Test
  void reportsEachIntervalWhileTheRunIsUnderWay() throws Exception {
    DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    options.setBlockOnRun(false);
    Pipeline p = Pipeline.create(options);
    p.apply(Create.of(1, 2)).apply(ParDo.of(new WaitForReport()));
    PipelineResult result = p.run();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
    try (ProgressReporter reporter = ProgressReporter.start(result, Duration.ofMillis(200), err)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!buf.toString(StandardCharsets.UTF_8).contains("progress") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      SEEN.countDown();
      assertThat(result.waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8))
        .containsPattern("progress \\d+:\\d\\d:\\d\\d  read \\d+  parsed \\d+  grouped \\d+  rejected \\d+");
  }

  @Test
  void reportsNothingWhenTheIntervalIsZero() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ProgressReporter reporter =
        ProgressReporter.start(null, Duration.ZERO, new PrintStream(buf, true, StandardCharsets.UTF_8))) {
      assertThat(reporter).isNotNull();
    }
    assertThat(buf.size()).isZero();
  }

  @Test
  void lineSumsTheRejectCountersOfEveryStage() {
    Map<String, Long> counters = Map.of(
        Counters.READ + "/" + Counters.PAGES_READ, 1200L,
        Counters.PARSE + "/" + Counters.PAGES_PARSED, 1180L,
        Counters.GROUP + "/" + Counters.DOCUMENTS, 900L,
        Counters.READ + "/" + Counters.REJECTED_PREFIX + "binary", 5L,
        Counters.PARSE + "/" + Counters.REJECTED_PREFIX + "no_article", 15L,
        Counters.PARSE + "/" + Counters.PAGES_PAYWALLED, 40L);
    assertThat(ProgressReporter.line(Duration.ofSeconds(3725), counters))
        .isEqualTo("progress 1:02:05  read 1200  parsed 1180  grouped 900  rejected 20");
  }
}
