package io.chromeless.bench;

import io.chromeless.model.RawPage;
import io.chromeless.parse.ChromeKeys;
import io.chromeless.parse.LineKeyBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;

/**
 * What learning chrome puts through the shuffle per page, on generated pages, for the two ways of
 * counting: the first one (a page emits (scoped line key string, fingerprint) per distinct line;
 * {@code Distinct} shuffles those pairs, then {@code Count.perKey} shuffles the distinct pairs
 * again as (key string, count)), and the present one ({@code LearnChrome}: (64-bit counted key,
 * fingerprint) per distinct line, 16 bytes, through one {@code Combine.perKey}). Sizes are those
 * of the elements encoded with the coders the job gives them.
 *
 * <p>Two figures each: with no pre-combining (every element emitted crosses the shuffle: the
 * worst case), and with combiner lifting over bundles of {@code --bundle} pages (each bundle sends
 * one element per distinct key; for the first way, the second shuffle is counted as one
 * (key, count) per distinct line per bundle, which is its best case). A third figure counts what
 * leaves {@code LearnChrome}'s {@code LineKeysFn}, pre-combined by its {@link LineKeyBuffer}
 * flushed every {@code --bufferKeys} keys, before the runner's combiner sees any of it.
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec -Dbench.main=io.chromeless.bench.ChromeShuffleBench \
 *     -Dbench.args='--pages=20000 --bundle=1000 --bufferKeys=65536'
 * </pre>
 */
public final class ChromeShuffleBench {
  private ChromeShuffleBench() {}

  public static void main(String[] args) throws Exception {
    int pages = 20_000;
    int bundle = 1000;
    long seed = 42;
    int bufferKeys = 1 << 16;
    for (String a : args) {
      if (a.startsWith("--pages=")) {
        pages = Integer.parseInt(a.substring(8));
      } else if (a.startsWith("--bundle=")) {
        bundle = Integer.parseInt(a.substring(9));
      } else if (a.startsWith("--bufferKeys=")) {
        bufferKeys = Integer.parseInt(a.substring(13));
      } else if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring(7));
      } else {
        throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    RawPage[] all = BenchPages.generate(pages, seed).pages;
    Coder<KV<String, Long>> oldPair = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    Coder<KV<Long, Long>> newPair = KvCoder.of(BigEndianLongCoder.of(), BigEndianLongCoder.of());
    long pageBytes = 0;
    long oldElems = 0;
    long oldBytes = 0;
    long newElems = 0;
    long newBytes = 0;
    // with pre-combining per bundle
    long oldDistinctBytes = 0;
    long oldDistinctElems = 0;
    long oldCountBytes = 0;
    long oldCountElems = 0;
    long newCombinedBytes = 0;
    long newCombinedElems = 0;
    long newUniformCapBytes = 0;
    Set<KV<String, Long>> pairsInBundle = new HashSet<>();
    Set<KV<String, Long>> pairsInRun = new HashSet<>();
    long oldSecondBytes = 0;
    Map<String, Integer> linesInBundle = new HashMap<>();
    Map<Long, Set<Long>> keysInBundle = new HashMap<>();
    // what leaves LineKeysFn, pre-combined by its LineKeyBuffer, before the runner's combiner
    LineKeyBuffer buffer = new LineKeyBuffer(3, bufferKeys);
    long[] buffered = new long[1];
    for (int i = 0; i < all.length; i++) {
      RawPage p = all[i];
      pageBytes += p.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      ChromeKeys.Observed o = ChromeKeys.observe(p);
      for (String k : o.keys) {
        KV<String, Long> kv = KV.of(k, o.fingerprint);
        oldElems++;
        oldBytes += CoderUtils.encodeToByteArray(oldPair, kv).length;
        pairsInBundle.add(kv);
        if (pairsInRun.add(kv)) {
          // with no combining, Count.perKey shuffles each distinct pair once more
          oldSecondBytes += CoderUtils.encodeToByteArray(oldPair, kv).length;
        }
      }
      ChromeKeys.Hashed h = ChromeKeys.observeHashed(p);
      for (int j = 0; j < h.size; j++) {
        newElems++;
        long article = h.fingerprint;
        newBytes += CoderUtils.encodeToByteArray(newPair, KV.of(h.keys[j], article)).length;
        // uncapped here; capped when sized below
        keysInBundle.computeIfAbsent(h.keys[j], x -> new HashSet<>()).add(article);
        if (buffer.add(h.keys[j], article)) {
          buffer.drain((k, a) -> buffered[0]++);
        }
      }
      if ((i + 1) % bundle == 0 || i == all.length - 1) {
        for (KV<String, Long> kv : pairsInBundle) {
          oldDistinctElems++;
          oldDistinctBytes += CoderUtils.encodeToByteArray(oldPair, kv).length; // key (pair) + empty Void value
          linesInBundle.merge(kv.getKey(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : linesInBundle.entrySet()) {
          oldCountElems++;
          oldCountBytes += CoderUtils.encodeToByteArray(oldPair, KV.of(e.getKey(), (long) e.getValue())).length;
        }
        for (Map.Entry<Long, Set<Long>> e : keysInBundle.entrySet()) {
          newCombinedElems++;
          // key, then the accumulator: a varint size (one byte up to 127) and 8 bytes per fingerprint
          // each key's accumulator holds up to its own threshold (3 for a short line, 6 for a long one)
          newCombinedBytes += 8 + 1 + 8L * Math.min(e.getValue().size(), ChromeKeys.threshold(ChromeKeys.isLong(e.getKey()), 3));
          // what one cap for all (the larger threshold) would send
          newUniformCapBytes += 8 + 1 + 8L * Math.min(e.getValue().size(), ChromeKeys.threshold(true, 3));
        }
        pairsInBundle.clear();
        linesInBundle.clear();
        keysInBundle.clear();
      }
    }
    buffer.drain((k, a) -> buffered[0]++);
    double n = all.length;
    System.out.printf(Locale.ROOT, "%d generated pages (seed %d), %.0f bytes of text per page%n", all.length, seed,
        pageBytes / n);
    System.out.printf(Locale.ROOT, "%-44s %14s %14s%n", "per page", "elements", "bytes");
    System.out.printf(Locale.ROOT, "%-44s %14.1f %14.1f%n", "before, no combining: Distinct shuffle", oldElems / n,
        oldBytes / n);
    System.out.printf(Locale.ROOT, "%-44s %14.1f %14.1f%n", "before, no combining: both shuffles",
        (oldElems + pairsInRun.size()) / n, (oldBytes + oldSecondBytes) / n);
    System.out.printf(Locale.ROOT, "%-44s %14.1f %14.1f%n", "after, no combining", newElems / n, newBytes / n);
    System.out.printf(Locale.ROOT, "%-44s %14.1f %14.1f%n", "after, pre-combined in the DoFn (" + bufferKeys + " keys)",
        buffered[0] / n, 16.0 * buffered[0] / n);
    System.out.printf(Locale.ROOT, "%-44s %14.1f %14.1f%n", "before, bundles of " + bundle + ": both shuffles",
        (oldDistinctElems + oldCountElems) / n, (oldDistinctBytes + oldCountBytes) / n);
    System.out.printf(Locale.ROOT, "%-44s %14.1f %14.1f%n", "after, bundles of " + bundle, newCombinedElems / n,
        newCombinedBytes / n);
    System.out.printf(Locale.ROOT, "%-44s %14.1f %14.1f%n", "  (all keys capped at the larger threshold)",
        newCombinedElems / n, newUniformCapBytes / n);
    System.out.printf(Locale.ROOT, "ratio before/after bytes: no combining %.2f, bundles of %d %.2f%n",
        (double) (oldBytes + oldSecondBytes) / newBytes, bundle, (double) (oldDistinctBytes + oldCountBytes) / newCombinedBytes);
  }
}
