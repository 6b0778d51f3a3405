package io.chromeless.bench;

import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.model.RawPage;
import io.chromeless.parse.ChromeKeys;
import io.chromeless.parse.LongSet;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Generated pages for the benchmarks: the corpus generator's default mix (articles of about 600
 * words in their sites' chrome, planted duplicates, chrome-only and near-empty pages), as the
 * job reads them, with the chrome the job would learn from them.
 */
public final class BenchPages {
  /** Pages held in memory: a power of two, so the benchmarks cycle with a mask. */
  public static final int COUNT = 1024;

  public final RawPage[] pages;
  /** UTF-8 bytes of each page's text: what MB/s is measured in. */
  public final int[] bytes;
  /** The learned chrome of these pages at the job's default threshold (3 articles). */
  public final LongSet chrome;

  private BenchPages(RawPage[] pages, int[] bytes, LongSet chrome) {
    this.pages = pages;
    this.bytes = bytes;
    this.chrome = chrome;
  }

  public static BenchPages generate(long seed) {
    return generate(COUNT, seed);
  }

  /** {@code count} pages; the JMH benchmarks use {@link #COUNT}. */
  public static BenchPages generate(int count, long seed) {
    List<GeneratedPage> g = new CorpusGenerator(new CorpusGenerator.Config().pages(count).seed(seed)).generate();
    RawPage[] pages = new RawPage[count];
    int[] bytes = new int[count];
    for (int i = 0; i < count; i++) {
      GeneratedPage p = g.get(i);
      pages[i] = new RawPage("bench://" + p.name(), 0, p.url(), p.crawledAtMillis(), p.text());
      bytes[i] = p.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return new BenchPages(pages, bytes, learnChrome(pages, 3));
  }

  /** What LearnChrome computes, in plain Java ({@link ChromeKeys#learn}). */
  public static LongSet learnChrome(RawPage[] pages, int minArticles) {
    return ChromeKeys.learn(Arrays.asList(pages), minArticles);
  }

  public long totalBytes() {
    long n = 0;
    for (int b : bytes) {
      n += b;
    }
    return n;
  }
}
