package io.chromeless.parse;

import io.chromeless.metrics.Counters;
import io.chromeless.model.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
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
 * of the hash, so no line text travels, and in the lowest bit of the fingerprint ({@link
 * ChromeKeys#countedArticle}), since a CombineFn does not see its key. One {@code Combine.perKey}
 * counts the distinct articles of each line into an accumulator of at most as many fingerprints
 * as that line's threshold (3 for a short line, 6 for a long one at the default), which stops
 * growing once full: past that, more articles change no decision.
 *
 * <p>Hot lines do not pile up on one key: the pairs are pre-combined where they are made ({@link
 * LineKeyBuffer}: at most a threshold's worth of pairs per line and flush), and the combine is
 * lifted, so every worker folds the pages it holds into one small accumulator per line before the
 * shuffle, and a footer seen on a million pages reaches its key as one accumulator of at most a
 * handful of longs per worker bundle, not as a million values; merging full accumulators costs
 * nothing more. Only the lines that pass the
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
        .apply("CountArticles", Combine.perKey(new DistinctArticlesFn(minArticles)))
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
        long article = ChromeKeys.countedArticle(h.fingerprint, h.keys[i]);
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
   * The distinct articles ({@link ChromeKeys#countedArticle}) of a line, up to its threshold, which
   * the first one added tells (its lowest bit is the line's long flag). Order-free, so the count is
   * the same however the runner splits and merges.
   */
  static final class Articles {
    final long[] fingerprints;
    private final int minArticles;
    int size;
    /** The line's threshold; 0 until the first article is added. */
    int cap;

    Articles(int minArticles) {
      this.minArticles = minArticles;
      this.fingerprints = new long[Math.max(1, ChromeKeys.threshold(true, minArticles))];
    }

    boolean full() {
      return size > 0 && size >= cap;
    }

    void add(long article) {
      if (size == 0) {
        cap = Math.max(1, ChromeKeys.threshold(ChromeKeys.isLong(article), minArticles));
      } else if (full()) {
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

  /** Counts a line's distinct articles, stopping at the line's threshold. */
  static final class DistinctArticlesFn extends Combine.CombineFn<Long, Articles, Integer> {
    private final int minArticles;

    DistinctArticlesFn(int minArticles) {
      this.minArticles = minArticles;
    }

    @Override
    public Articles createAccumulator() {
      return new Articles(minArticles);
    }

    @Override
    public Articles addInput(Articles acc, Long fingerprint) {
      acc.add(fingerprint);
      return acc;
    }

    @Override
    public Articles mergeAccumulators(Iterable<Articles> accs) {
      Articles out = null;
      for (Articles a : accs) {
        if (out == null) {
          out = a;
        } else {
          for (int i = 0; i < a.size && !out.full(); i++) {
            out.add(a.fingerprints[i]);
          }
        }
      }
      return out == null ? createAccumulator() : out;
    }

    @Override
    public Integer extractOutput(Articles acc) {
      return acc.size;
    }

    @Override
    public Coder<Articles> getAccumulatorCoder(CoderRegistry registry, Coder<Long> inputCoder) {
      return new ArticlesCoder(minArticles);
    }

    @Override
    public Coder<Integer> getDefaultOutputCoder(CoderRegistry registry, Coder<Long> inputCoder) {
      return VarIntCoder.of();
    }
  }

  /** An accumulator on the wire: its size, then its fingerprints, 8 bytes each. */
  static final class ArticlesCoder extends CustomCoder<Articles> {
    private final int minArticles;

    ArticlesCoder(int minArticles) {
      this.minArticles = minArticles;
    }

    @Override
    public void encode(Articles value, OutputStream out) throws IOException {
      VarIntCoder.of().encode(value.size, out);
      for (int i = 0; i < value.size; i++) {
        BigEndianLongCoder.of().encode(value.fingerprints[i], out);
      }
    }

    @Override
    public Articles decode(InputStream in) throws IOException {
      int n = VarIntCoder.of().decode(in);
      Articles a = new Articles(minArticles);
      if (n < 0 || n > a.fingerprints.length) {
        throw new IOException("accumulator of " + n + " fingerprints, at most " + a.fingerprints.length);
      }
      for (int i = 0; i < n; i++) {
        a.add(BigEndianLongCoder.of().decode(in));
      }
      return a;
    }
  }

  /** Passes on the hash of each line seen on enough articles for its threshold. */
  static final class KeepRecurringFn extends DoFn<KV<Long, Integer>, Long> {
    private final int minArticles;
    private final Counter learned = Metrics.counter(Counters.PARSE, Counters.CHROME_LINES_LEARNED);

    KeepRecurringFn(int minArticles) {
      this.minArticles = minArticles;
    }

    @ProcessElement
    public void process(@Element KV<Long, Integer> e, OutputReceiver<Long> out) {
      if (ChromeKeys.isChrome(e.getKey(), e.getValue(), minArticles)) {
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
