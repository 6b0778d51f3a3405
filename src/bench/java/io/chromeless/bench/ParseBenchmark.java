package io.chromeless.bench;

import io.chromeless.parse.PageParser;
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
 * Page parsing ({@link PageParser#parse}, with the chrome the job would learn from the same pages)
 * and the tight loop of the job's per-page work (parse, then the signature of the body), one
 * thread, on the corpus generator's default mix of pages ({@link BenchPages}). Score: pages/s per
 * core; the {@code bytes} secondary result is bytes of page text per second per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(3)
@Threads(1)
@State(Scope.Thread)
public class ParseBenchmark {
  private BenchPages pages;
  private PageParser parser;
  private int next;

  @Setup
  public void generate() {
    pages = BenchPages.generate(42);
    parser = new PageParser(pages.chrome);
  }

  @Benchmark
  public Object parse(Throughput t) {
    int i = next;
    next = (i + 1) & (BenchPages.COUNT - 1);
    t.add(pages.bytes[i]);
    try {
      return parser.parse(pages.pages[i]);
    } catch (PageParser.NoArticleException e) {
      return e;
    }
  }

  /** Parse + signature: what the job does to every page before grouping, without Beam around it. */
  @Benchmark
  public Object parseAndSign(Throughput t) {
    int i = next;
    next = (i + 1) & (BenchPages.COUNT - 1);
    t.add(pages.bytes[i]);
    return TightLoop.parseAndSign(parser, pages.pages[i]);
  }
}
