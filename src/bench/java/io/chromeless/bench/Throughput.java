package io.chromeless.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary JMH results next to the primary pages/s score: {@code bytes} (of page text, per
 * second: divide by 1e6 for MB/s) and {@code pages} (the same as the score, for symmetry).
 * Throughput mode reports these counters as rates per thread, i.e. per core.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class Throughput {
  public long bytes;
  public long pages;

  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
    pages = 0;
  }

  public void add(int pageBytes) {
    bytes += pageBytes;
    pages++;
  }
}
