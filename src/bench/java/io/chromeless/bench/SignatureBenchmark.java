package io.chromeless.bench;

import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.group.MinHasher;
import io.chromeless.group.Signature;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signature computation (MinHash of a cleaned body, with its content and prefix hashes) on
 * generated article bodies of about {@code words} words, one thread: the score is pages per
 * second per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@Threads(1)
@State(Scope.Thread)
public class SignatureBenchmark {
  @Param({"600"})
  public int words;

  private String[] bodies;
  private int next;

  @Setup
  public void generate() {
    CorpusGenerator.Config c = new CorpusGenerator.Config().pages(1024).seed(42).words(words);
    c.chromeOnly = 0;
    c.nearEmpty = 0;
    bodies = new CorpusGenerator(c).stream().map(GeneratedPage::body).toArray(String[]::new);
  }

  @Benchmark
  public Signature sign() {
    String body = bodies[next];
    next = (next + 1) & (bodies.length - 1);
    return MinHasher.sign("doc", body);
  }
}
