package io.chromeless.parse;

import io.chromeless.metrics.Counters;
import io.chromeless.model.RawPage;
import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Learns the chrome of this run: the lines that recur on the pages of several different articles
 * ({@link ChromeKeys} says how "different" and "several" are decided). Output: a side input with
 * the scoped keys of those lines, for {@link ParsePages}.
 *
 * <p>Cost at scale: each page emits (line, article fingerprint) once per distinct line; {@code
 * Distinct} on those pairs spreads the work over (line, fingerprint) keys, and {@code
 * Count.perKey} is combiner-lifted, so a footer seen on a million pages is pre-counted on every
 * worker and never piles up as a million values on one key. Only the lines that pass the
 * threshold reach the side input, whose size is bounded by the distinct chrome lines of the run
 * (a few hundred per site), not by the number of pages.
 */
public final class LearnChrome extends PTransform<PCollection<RawPage>, PCollectionView<Set<String>>> {
  private final int minArticles;

  private LearnChrome(int minArticles) {
    this.minArticles = minArticles;
  }

  /** @param minArticles how many different articles a short line must appear in; 0 learns nothing. */
  public static LearnChrome withMinArticles(int minArticles) {
    if (minArticles < 0) {
      throw new IllegalArgumentException("minArticles must be >= 0: " + minArticles);
    }
    return new LearnChrome(minArticles);
  }

  @Override
  public PCollectionView<Set<String>> expand(PCollection<RawPage> pages) {
    return pages
        .apply("LineKeys", ParDo.of(new LineKeysFn(minArticles > 0)))
        .apply("DistinctArticlesPerLine", Distinct.create())
        .apply("CountArticles", Count.perKey())
        .apply("KeepRecurring", ParDo.of(new KeepRecurringFn(minArticles)))
        .apply("ChromeSet", Combine.globally(new ToSetFn()).asSingletonView());
  }

  static final class LineKeysFn extends DoFn<RawPage, KV<String, Long>> {
    private final boolean enabled;

    LineKeysFn(boolean enabled) {
      this.enabled = enabled;
    }

    @ProcessElement
    public void process(@Element RawPage page, OutputReceiver<KV<String, Long>> out) {
      if (!enabled) {
        return;
      }
      ChromeKeys.Observed o = ChromeKeys.observe(page);
      for (String k : o.keys) {
        out.output(KV.of(k, o.fingerprint));
      }
    }
  }

  static final class KeepRecurringFn extends DoFn<KV<String, Long>, String> {
    private final int minArticles;
    private final Counter learned = Metrics.counter(Counters.PARSE, Counters.CHROME_LINES_LEARNED);

    KeepRecurringFn(int minArticles) {
      this.minArticles = minArticles;
    }

    @ProcessElement
    public void process(@Element KV<String, Long> e, OutputReceiver<String> out) {
      if (ChromeKeys.isChrome(e.getKey(), e.getValue(), minArticles)) {
        learned.inc();
        out.output(e.getKey());
      }
    }
  }

  /** Collects the chrome keys into one set. */
  static final class ToSetFn extends Combine.CombineFn<String, Set<String>, Set<String>> {
    @Override
    public Set<String> createAccumulator() {
      return new HashSet<>();
    }

    @Override
    public Set<String> addInput(Set<String> acc, String key) {
      acc.add(key);
      return acc;
    }

    @Override
    public Set<String> mergeAccumulators(Iterable<Set<String>> accs) {
      Set<String> out = new HashSet<>();
      accs.forEach(out::addAll);
      return out;
    }

    @Override
    public Set<String> extractOutput(Set<String> acc) {
      return acc;
    }

    @Override
    public Coder<Set<String>> getAccumulatorCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return SetCoder.of(StringUtf8Coder.of());
    }

    @Override
    public Coder<Set<String>> getDefaultOutputCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return SetCoder.of(StringUtf8Coder.of());
    }
  }
}
