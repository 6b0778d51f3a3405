package io.chromeless.bench;

import io.chromeless.beam.ModelCoders;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.group.GroupDuplicates;
import io.chromeless.metrics.Counters;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.GenerateSequence;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;

/**
 * The grouping stage at scale: N generated pages (parsed bodies straight from the corpus
 * generator, generated inside the pipeline from story numbers so nothing is held in the driver)
 * through {@link GroupDuplicates}, on the runner given (Flink embedded by default). Reports wall
 * time, peak heap (sampled every 50 ms, and the old generation's peak after collections), the
 * largest bucket, candidate pairs, edges, articles and documents, and the pages per story truth
 * (stories, pages).
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec -Dbench.jvm=-Xmx2g -Dbench.main=io.chromeless.bench.GroupingBench \
 *     -Dbench.args='--pages=1000000 --runner=FlinkRunner --flinkMaster=[local] --parallelism=2'
 * </pre>
 */
public final class GroupingBench {
  private GroupingBench() {}

  /** Generates the pages of stories [i] from the story number (same seed, same pages). */
  static final class GenerateFn extends DoFn<Long, ParsedPage> {
    private final long pages;
    private final long seed;
    private transient CorpusGenerator generator;

    GenerateFn(long pages, long seed) {
      this.pages = pages;
      this.seed = seed;
    }

    @Setup
    public void setup() {
      generator = CorpusGenerator.of(pages, seed);
    }

    @ProcessElement
    public void process(@Element Long story, OutputReceiver<ParsedPage> out) {
      for (GeneratedPage g : generator.story(story)) {
        Metrics.counter("bench", "pages").inc();
        out.output(g.toParsedPage());
      }
    }
  }

  /** Drops the documents after counting them (the writer is not what this measures). */
  static final class Drop extends DoFn<DocumentRow, Void> {
    @ProcessElement
    public void process(@Element DocumentRow d) {}
  }

  public static void main(String[] args) throws Exception {
    long pages = 100_000;
    long seed = 20261123L;
    List<String> beamArgs = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("--pages=")) {
        pages = Long.parseLong(a.substring(8));
      } else if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring(7));
      } else {
        beamArgs.add(a);
      }
    }
    if (beamArgs.stream().noneMatch(a -> a.startsWith("--runner="))) {
      beamArgs.add("--runner=FlinkRunner");
      beamArgs.add("--flinkMaster=[local]");
    }
    PipelineOptions options = PipelineOptionsFactory.fromArgs(beamArgs.toArray(new String[0])).create();
    CorpusGenerator g = CorpusGenerator.of(pages, seed);
    long stories = g.storiesFor(pages);

    Pipeline p = Pipeline.create(options);
    ModelCoders.registerOn(p);
    p.apply("Stories", GenerateSequence.from(0).to(stories))
        .apply("GeneratePages", ParDo.of(new GenerateFn(pages, seed)))
        .apply("Group", GroupDuplicates.create())
        .get(GroupDuplicates.DOCUMENTS)
        .apply("Drop", ParDo.of(new Drop()));

    AfterGc.listen();
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long t0 = System.nanoTime();
    PipelineResult result = p.run();
    result.waitUntilFinish();
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    sampler.join();

    MetricQueryResults m = result.metrics().queryMetrics(MetricsFilter.builder().build());
    long generated = counter(m, "bench", "pages");
    System.out.printf(Locale.ROOT, "pages %d (stories %d), runner %s, max heap %d MiB%n", generated, stories,
        options.getRunner().getSimpleName(), Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "wall %.1f s, %.0f pages/s%n", seconds, generated / seconds);
    System.out.printf(Locale.ROOT, "peak heap used (sampled every 50 ms) %d MiB, peak heap after GC %d MiB,"
        + " old generation peak occupancy %d MiB%n", sampler.peak >> 20, AfterGc.peak >> 20, oldGenPeak() >> 20);
    System.out.printf(Locale.ROOT, "largest bucket %d, buckets of 2+ %d, oversized buckets %d, candidate pairs %d,"
            + " duplicate edges %d%n", distributionMax(m, Counters.BUCKET_SIZE), distributionCount(m, Counters.BUCKET_SIZE),
        counter(m, Counters.GROUP, Counters.OVERSIZED_BUCKETS), counter(m, Counters.GROUP, Counters.CANDIDATE_PAIRS),
        counter(m, Counters.GROUP, Counters.DUPLICATE_EDGES));
    System.out.printf(Locale.ROOT, "articles %d, documents %d%n", counter(m, Counters.GROUP, Counters.ARTICLES),
        counter(m, Counters.GROUP, Counters.DOCUMENTS));
    System.exit(0);
  }

  private static long counter(MetricQueryResults m, String namespace, String name) {
    long v = 0;
    for (MetricResult<Long> r : m.getCounters()) {
      if (r.getName().getNamespace().equals(namespace) && r.getName().getName().equals(name)) {
        v += committedOrAttempted(r);
      }
    }
    return v;
  }

  private static <T> T committedOrAttempted(MetricResult<T> r) {
    try {
      return r.getCommitted();
    } catch (UnsupportedOperationException e) {
      return r.getAttempted();
    }
  }

  private static long distributionMax(MetricQueryResults m, String name) {
    long v = 0;
    for (MetricResult<DistributionResult> r : m.getDistributions()) {
      if (r.getName().getName().equals(name)) {
        v = Math.max(v, committedOrAttempted(r).getMax());
      }
    }
    return v;
  }

  private static long distributionCount(MetricQueryResults m, String name) {
    long v = 0;
    for (MetricResult<DistributionResult> r : m.getDistributions()) {
      if (r.getName().getName().equals(name)) {
        v += committedOrAttempted(r).getCount();
      }
    }
    return v;
  }

  /** The heap in use right after each collection (the live set, roughly); keeps the peak. */
  static final class AfterGc {
    static volatile long peak;

    static void listen() {
      for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((javax.management.NotificationEmitter) gc).addNotificationListener((n, h) -> {
          if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
          }
          com.sun.management.GarbageCollectionNotificationInfo info =
              com.sun.management.GarbageCollectionNotificationInfo.from(
                  (javax.management.openmbean.CompositeData) n.getUserData());
          long used = 0;
          for (java.lang.management.MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += u.getUsed();
          }
          // Non-heap pools (metaspace, code cache) are small next to the heap; counted too.
          peak = Math.max(peak, used);
        }, null, null);
      }
    }
  }

  private static long oldGenPeak() {
    long v = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old") && pool.getCollectionUsage() != null) {
        v = Math.max(v, pool.getPeakUsage().getUsed());
      }
    }
    return v;
  }

  /** Samples the heap in use every 50 ms and keeps the peak. */
  static final class HeapSampler extends Thread {
    volatile long peak;

    HeapSampler() {
      setDaemon(true);
      setName("heap-sampler");
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak = Math.max(peak, used);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
