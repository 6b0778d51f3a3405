package io.chromeless.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.chromeless.beam.ModelCoders;
import io.chromeless.metrics.Counters;
import io.chromeless.model.RawPage;
import io.chromeless.read.ReadPages;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;

/**
 * Reads inputs with the job's {@link ReadPages} (records streamed out of each file, then
 * reshuffled) and counts the pages each worker gets after the reshuffle; prints wall time,
 * records/s, the per-worker counts and the JVM's heap peaks. Any runner:
 *
 * <pre>
 * java -Xmx1g -cp target/chromeless-0.1.0-SNAPSHOT-bundled.jar:target/test-classes \
 *     io.chromeless.bench.ReadBench --inputs=/tmp/bench/s2000.warc.wet.gz \
 *     [--runner=FlinkRunner --flinkMaster=[local] --parallelism=2]
 * </pre>
 *
 * A worker is a Flink subtask (from its thread's name, "... (1/2)") or, on the direct runner, a
 * worker thread.
 */
public final class ReadBench {
  private ReadBench() {}

  /** The bench's options: the inputs, and whatever the runner takes. */
  public interface Options extends PipelineOptions {
    @Description("Input globs or URIs, comma-separated, as the job's --inputs.")
    @Validation.Required
    List<String> getInputs();

    void setInputs(List<String> value);
  }

  public static void main(String[] args) {
    PipelineOptionsFactory.register(Options.class);
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    FileSystems.setDefaultPipelineOptions(options);
    HeapWatch heap = HeapWatch.start();

    Pipeline p = Pipeline.create(options);
    ModelCoders.registerOn(p);
    p.apply("ReadPages", ReadPages.from(options.getInputs())).output().apply("CountPerWorker", ParDo.of(new CountFn()));
    long t0 = System.nanoTime();
    PipelineResult result = p.run();
    result.waitUntilFinish();
    double seconds = (System.nanoTime() - t0) / 1e9;

    Map<String, Long> workers = new TreeMap<>();
    Map<String, Long> read = new TreeMap<>();
    long textBytes = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder().build()).getCounters()) {
      long v = c.getAttempted();
      String name = c.getName().getName();
      if ("bench".equals(c.getName().getNamespace())) {
        if (name.startsWith("pages_on_")) {
          workers.merge(name.substring("pages_on_".length()), v, Long::sum);
        } else if (name.equals("text_bytes")) {
          textBytes += v;
        }
      } else if (Counters.READ.equals(c.getName().getNamespace())) {
        read.merge(name, v, Long::sum);
      }
    }
    long pages = workers.values().stream().mapToLong(Long::longValue).sum();
    long records = read.getOrDefault(Counters.PAGES_READ, 0L);
    System.out.printf(Locale.ROOT, "runner %s, heap max %d MiB%n", options.getRunner().getSimpleName(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "wall %.1f s, %d records (%d pages, %.0f MB of text), %.0f records/s, %.1f MB/s of text%n",
        seconds, records, pages, textBytes / 1e6, records / seconds, textBytes / 1e6 / seconds);
    System.out.printf(Locale.ROOT, "heap: peak used %d MiB, peak live after a GC %d MiB%n", heap.peakUsed() >> 20,
        heap.peakAfterGc() >> 20);
    System.out.println("read counters: " + read);
    System.out.println("pages per worker after the reshuffle: " + workers);
  }

  /** Counts pages per worker. */
  static final class CountFn extends DoFn<RawPage, Void> {
    private static final Pattern SUBTASK = Pattern.compile("\\((\\d+)/(\\d+)\\)");
    private final Counter textBytes = Metrics.counter("bench", "text_bytes");
    private transient Counter mine;

    @ProcessElement
    public void process(@Element RawPage page) {
      if (mine == null) {
        mine = Metrics.counter("bench", "pages_on_" + worker());
      }
      mine.inc();
      textBytes.inc(page.text().length());
    }

    private static String worker() {
      Matcher m = SUBTASK.matcher(Thread.currentThread().getName());
      return m.find() ? "subtask_" + m.group(1) + "_of_" + m.group(2) : "thread_" + Thread.currentThread().getId();
    }
  }

  /** Peaks of the heap: sampled use, and what is live after each collection. */
  static final class HeapWatch {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();

    static HeapWatch start() {
      HeapWatch w = new HeapWatch();
      Thread t = new Thread(() -> {
        while (true) {
          w.peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-watch");
      t.setDaemon(true);
      t.start();
      java.util.Set<String> heapPools = new java.util.HashSet<>();
      for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long live = 0;
            for (Map.Entry<String, MemoryUsage> u : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (heapPools.contains(u.getKey())) {
                live += u.getValue().getUsed();
              }
            }
            w.peakAfterGc.accumulateAndGet(live, Math::max);
          }
        }, null, null);
      }
      return w;
    }

    long peakUsed() {
      return peakUsed.get();
    }

    long peakAfterGc() {
      return peakAfterGc.get();
    }
  }
}
