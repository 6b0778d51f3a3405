package io.chromeless.bench;

import io.chromeless.parse.ChromeKeys;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-page side of learning chrome, one thread, on {@link BenchPages}: {@code observeHashed}
 * is what the job runs ({@link ChromeKeys#observeHashed}: a page's distinct lines as 64-bit keys
 * and its article fingerprint); {@code observe} is the string form it replaced ({@link
 * ChromeKeys#observe}: scoped key strings), kept as the reference. Score: pages/s per core;
 * {@code bytes}: bytes of page text per second per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@Threads(1)
@State(Scope.Thread)
public class LineCountBenchmark {
  private BenchPages pages;
  private int next;

  @Setup
  public void generate() {
    pages = BenchPages.generate(42);
  }

  @Benchmark
  public ChromeKeys.Observed observe(Throughput t) {
    int i = next;
    next = (i + 1) & (BenchPages.COUNT - 1);
    t.add(pages.bytes[i]);
    return ChromeKeys.observe(pages.pages[i]);
  }

  @Benchmark
  public ChromeKeys.Hashed observeHashed(Throughput t) {
    int i = next;
    next = (i + 1) & (BenchPages.COUNT - 1);
    t.add(pages.bytes[i]);
    return ChromeKeys.observeHashed(pages.pages[i]);
  }
}
