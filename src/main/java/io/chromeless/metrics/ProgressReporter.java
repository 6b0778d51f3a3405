package io.chromeless.metrics;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * Prints a one-line progress report (pages read, parsed, grouped, rejected) every interval while
 * a run is under way, from the runner's attempted counter values. Meant for runners whose
 * {@code run()} returns before the job ends (the direct runner); Flink's UI and Dataflow's
 * monitoring show the same counters per stage. Runs on a daemon thread; {@link #close()} stops it.
 */
public final class ProgressReporter implements AutoCloseable {
  private final Thread thread;

  private ProgressReporter(Thread thread) {
    this.thread = thread;
  }

  /** Starts reporting on {@code err}; an interval of zero or less reports nothing. */
  public static ProgressReporter start(PipelineResult result, Duration interval, PrintStream err) {
    if (interval.isZero() || interval.isNegative()) {
      return new ProgressReporter(null);
    }
    long started = System.nanoTime();
    Thread t = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(interval.toMillis());
          if (result.getState().isTerminal()) {
            return;
          }
          Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
          err.println(line(elapsed, attempted(result)));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        // Progress is a courtesy: a runner that cannot report metrics mid-run does not fail the job.
      }
    }, "chromeless-progress");
    t.setDaemon(true);
    t.start();
    return new ProgressReporter(t);
  }

  /** Sum of the attempted value of every counter, keyed {@code namespace/name}. */
  static Map<String, Long> attempted(PipelineResult result) {
    Map<String, Long> c = new TreeMap<>();
    for (MetricResult<Long> r : result.metrics().queryMetrics(MetricsFilter.builder().build()).getCounters()) {
      Long v = r.getAttempted();
      c.merge(r.getName().getNamespace() + "/" + r.getName().getName(), v == null ? 0L : v, Long::sum);
    }
    return c;
  }

  /** The report line, e.g. {@code progress 0:01:30  read 1200  parsed 1180  grouped 0  rejected 20}. */
  public static String line(Duration elapsed, Map<String, Long> counters) {
    long rejected = counters.entrySet().stream()
        .filter(e -> e.getKey().substring(e.getKey().indexOf('/') + 1).startsWith(Counters.REJECTED_PREFIX))
        .mapToLong(Map.Entry::getValue)
        .sum();
    return String.format("progress %d:%02d:%02d  read %d  parsed %d  grouped %d  rejected %d",
        elapsed.toHours(), elapsed.toMinutesPart(), elapsed.toSecondsPart(),
        counters.getOrDefault(Counters.READ + "/" + Counters.PAGES_READ, 0L),
        counters.getOrDefault(Counters.PARSE + "/" + Counters.PAGES_PARSED, 0L),
        counters.getOrDefault(Counters.GROUP + "/" + Counters.DOCUMENTS, 0L),
        rejected);
  }

  @Override
  public void close() {
    if (thread != null) {
      thread.interrupt();
    }
  }
}
