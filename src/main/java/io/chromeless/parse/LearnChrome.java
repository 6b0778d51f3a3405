package io.chromeless.parse;

import io.chromeless.metrics.Counters;
import io.chromeless.model.RawPage;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.joda.time.Instant;

/**
 * Learns the chrome of this run: the lines that recur on the pages of several different articles
 * ({@link ChromeKeys} says how "different" and "several" are decided). Output: a side input with
 * the 64-bit hashes of those lines' scoped keys ({@link ChromeKeys#lineHash}), for {@link
 * ParsePages}.
 *
 * <p>Cost at scale: each page emits one (line hash, article fingerprint) pair of two 8-byte longs
 * per distinct line; the line's "long" flag, which decides its threshold, rides in the lowest bit
 * of the hash, so no line text travels. One {@code GroupByKey} brings each line's pairs together, and
 * {@link KeepRecurringFn} counts its distinct articles up to the line's threshold (3 for a short
 * line, 6 for a long one at the default) and stops reading there: past that, more articles change
 * no decision.
 *
 * <p>Hot lines do not pile up on one key: the pairs are pre-combined where they are made ({@link
 * LineKeyBuffer}: at most a threshold's worth of pairs per line and flush, and none once a line
 * has left that many), so a footer seen on a million pages reaches its key as a handful of pairs
 * per worker bundle, not as a million values. That buffer does what a lifted {@code
 * Combine.perKey} would: it was one until the twelfth session, and on Flink's batch runner its
 * combiner sorted every pair once more (by their serialized keys) before the shuffle, which sorts
 * them anyway, for nearly nothing (most pairs are body lines seen once; docs/BENCHMARKS.md,
 * "Learning chrome"). Only the lines that pass the
 * threshold reach the side input, a compact {@link LongSet} whose size is bounded by the distinct
 * chrome lines of the run (a few hundred per site), not by the number of pages.
 */
public final class LearnChrome extends PTransform<PCollection<RawPage>, PCollectionView<LongSet>> {
  private final int minArticles;
  private final int bufferKeys;

  private LearnChrome(int minArticles, int bufferKeys) {
    this.minArticles = minArticles;
    this.bufferKeys = bufferKeys;
  }

  /** @param minArticles how many different articles a short line must appear in; 0 learns nothing. */
  public static LearnChrome withMinArticles(int minArticles) {
    if (minArticles < 0) {
      throw new IllegalArgumentException("minArticles must be >= 0: " + minArticles);
    }
    return new LearnChrome(minArticles, LineKeysFn.BUFFER_KEYS);
  }

  /** For tests: flush the line keys' pre-combining buffer every {@code keys} distinct keys. */
  LearnChrome withBufferKeys(int keys) {
    return new LearnChrome(minArticles, keys);
  }

  @Override
  public PCollectionView<LongSet> expand(PCollection<RawPage> pages) {
    return pages
        .apply("LineKeys", ParDo.of(new LineKeysFn(minArticles, bufferKeys)))
        .setCoder(KvCoder.of(BigEndianLongCoder.of(), BigEndianLongCoder.of()))
        .apply("GroupArticles", GroupByKey.create())
        .apply("KeepRecurring", ParDo.of(new KeepRecurringFn(minArticles)))
        .setCoder(BigEndianLongCoder.of())
        .apply("ChromeSet", Combine.globally(new ToSetFn()).asSingletonView());
  }

  /**
   * Per page: (counted key, article fingerprint) for each distinct line ({@link
   * ChromeKeys#observeHashed}), pre-combined across the pages of a bundle ({@link LineKeyBuffer}):
   * a line seen on many pages leaves at most as many pairs as its threshold per flush. Pages in a
   * window other than the global one (never in this job) pass unbuffered.
   */
  static final class LineKeysFn extends DoFn<RawPage, KV<Long, Long>> {
    /** Keys held before a flush: 65,536 keys take about 8 MB (the keys, up to 6 articles each). */
    static final int BUFFER_KEYS = 1 << 16;

    private final int minArticles;
    private final int bufferKeys;
    private transient LineKeyBuffer buffer;
    private transient Instant earliest;

    LineKeysFn(int minArticles) {
      this(minArticles, BUFFER_KEYS);
    }

    LineKeysFn(int minArticles, int bufferKeys) {
      this.minArticles = minArticles;
      this.bufferKeys = bufferKeys;
    }

    @StartBundle
    public void startBundle() {
      if (buffer == null && minArticles > 0) {
        buffer = new LineKeyBuffer(minArticles, bufferKeys);
      }
      earliest = null;
    }

    @ProcessElement
    public void process(
        @Element RawPage page, @Timestamp Instant timestamp, BoundedWindow window, OutputReceiver<KV<Long, Long>> out) {
      if (minArticles <= 0) {
        return;
      }
      ChromeKeys.Hashed h = ChromeKeys.observeHashed(page);
      boolean buffered = window instanceof GlobalWindow;
      for (int i = 0; i < h.size; i++) {
        long article = h.fingerprint;
        if (!buffered) {
          out.output(KV.of(h.keys[i], article));
        } else if (buffer.add(h.keys[i], article)) {
          buffer.drain((key, a) -> out.output(KV.of(key, a)));
        }
      }
      if (buffered && (earliest == null || timestamp.isBefore(earliest))) {
        earliest = timestamp;
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      if (buffer != null && buffer.size() > 0) {
        Instant at = earliest == null ? BoundedWindow.TIMESTAMP_MIN_VALUE : earliest;
        buffer.drain((key, a) -> c.output(KV.of(key, a), at, GlobalWindow.INSTANCE));
      }
    }
  }

  /**
   * The distinct articles (fingerprints) of a line, up to the threshold of its counted key.
   * Order-free, so the count is the same in whatever order the runner hands the pairs over.
   */
  static final class Articles {
    final long[] fingerprints;
    int size;

    Articles(long countedKey, int minArticles) {
      this.fingerprints = new long[Math.max(1, ChromeKeys.threshold(ChromeKeys.isLong(countedKey), minArticles))];
    }

    boolean full() {
      return size >= fingerprints.length;
    }

    void add(long article) {
      if (full()) {
        return;
      }
      for (int i = 0; i < size; i++) {
        if (fingerprints[i] == article) {
          return;
        }
      }
      fingerprints[size++] = article;
    }
  }

  /**
   * Passes on the hash of each line seen on enough articles for its threshold, reading the line's
   * pairs only until that many distinct articles are found.
   */
  static final class KeepRecurringFn extends DoFn<KV<Long, Iterable<Long>>, Long> {
    private final int minArticles;
    private final Counter learned = Metrics.counter(Counters.PARSE, Counters.CHROME_LINES_LEARNED);

    KeepRecurringFn(int minArticles) {
      this.minArticles = minArticles;
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<Long>> e, OutputReceiver<Long> out) {
      Articles articles = new Articles(e.getKey(), minArticles);
      for (long article : e.getValue()) {
        articles.add(article);
        if (articles.full()) {
          break;
        }
      }
      if (ChromeKeys.isChrome(e.getKey(), articles.size, minArticles)) {
        learned.inc();
        out.output(ChromeKeys.lineHashOf(e.getKey()));
      }
    }
  }

  /** Collects the chrome hashes into one set. */
  static final class ToSetFn extends Combine.CombineFn<Long, LongSet, LongSet> {
    @Override
    public LongSet createAccumulator() {
      return new LongSet(16);
    }

    @Override
    public LongSet addInput(LongSet acc, Long hash) {
      acc.add(hash);
      return acc;
    }

    @Override
    public LongSet mergeAccumulators(Iterable<LongSet> accs) {
      LongSet out = null;
      for (LongSet a : accs) {
        if (out == null) {
          out = a;
        } else {
          for (long v : a.toArray()) {
            out.add(v);
          }
        }
      }
      return out == null ? createAccumulator() : out;
    }

    @Override
    public LongSet extractOutput(LongSet acc) {
      return acc;
    }

    @Override
    public Coder<LongSet> getAccumulatorCoder(CoderRegistry registry, Coder<Long> inputCoder) {
      return LongSet.Coder.INSTANCE;
    }

    @Override
    public Coder<LongSet> getDefaultOutputCoder(CoderRegistry registry, Coder<Long> inputCoder) {
      return LongSet.Coder.INSTANCE;
    }
  }
}
