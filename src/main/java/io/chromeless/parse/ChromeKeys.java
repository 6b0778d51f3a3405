package io.chromeless.parse;

import io.chromeless.model.Hashes;
import io.chromeless.model.RawPage;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the run learns chrome from, plain Java: the lines of each page as scoped keys, and a
 * fingerprint of the article a page carries.
 *
 * <p>A line that recurs on the pages of several <em>different</em> articles (a menu item, a
 * footer, a newsletter prompt) is chrome, the way CCNet removes lines that repeat across Common
 * Crawl. A line repeated only among captures of the same article is not: that is what the
 * fingerprint is for. It is the smallest hash among the page's long lines (its paragraphs), so two
 * captures of one story, which share most paragraphs, share it with a probability equal to the
 * Jaccard similarity of their paragraph sets, while different stories never do.
 *
 * <p>Scope: lines are counted per site when the page's URL gives one (a footer of one site says
 * nothing about another), and across the whole run when it does not (one-page files carry no URL).
 *
 * <p>Thresholds: a short line (under {@value #LONG_LINE_WORDS} words) is chrome when pages of at
 * least {@code minArticles} different articles carry it; a long one, which looks like a paragraph,
 * needs {@value #LONG_LINE_FACTOR} times as many, since several lightly edited captures of one
 * story may show different fingerprints.
 */
public final class ChromeKeys {
  public static final int LONG_LINE_WORDS = 15;
  public static final int LONG_LINE_FACTOR = 2;
  /** Longer keys are not counted: a line of thousands of characters is not a template line. */
  static final int MAX_KEY_CHARS = 1000;

  private ChromeKeys() {}

  /** The scope of a page's lines: its site, or "" when the page has no URL. */
  public static String scope(String url) {
    String site = PageParser.siteOf(url);
    return site == null ? "" : site;
  }

  /** The scoped key of a line: {@code scope + TAB + lineKey}. */
  public static String scoped(String scope, String lineKey) {
    return scope + '\t' + lineKey;
  }

  /**
   * The hash of a scope, the seed of its lines' hashes ({@link #lineHash}): computed once per
   * page. Together they hash the scoped key {@code scope + TAB + lineKey}; no scoped string is built.
   */
  public static long scopeSeed(String scope) {
    return Hashes.hash64(SCOPE_SEED, scope);
  }

  private static final long SCOPE_SEED = 0x63687230_6d656c73L;

  /**
   * The 64-bit hash of a scoped line key, lowest bit cleared: what the learned chrome holds and
   * the parser looks up. {@link LearnChrome} puts the line's "long" flag into that bit while it
   * counts ({@link #countedKey}).
   *
   * <p>Collisions: a run of about 10^8 distinct scoped lines, hashed to 63 bits, has on average
   * n^2 / 2^64 = 10^16 / 1.8 * 10^19, about 5 * 10^-4 colliding pairs: one pair in some 2,000 such
   * runs, and that pair only matters when the two lines' articles together pass the threshold
   * while neither does alone. The parser's lookup of a line that is not chrome hits one of the C
   * learned hashes with probability C / 2^63: for 10^8 lines and C = 10^6, about 10^-5 lines
   * taken for chrome by mistake per run. Both are far below what the parser's own rules get wrong.
   */
  public static long lineHash(long scopeSeed, String lineKey) {
    return Hashes.hash64(scopeSeed, lineKey) & ~1L;
  }

  /** The key a line is counted under: {@link #lineHash} with the lowest bit set when the line is long. */
  public static long countedKey(long lineHash, boolean longLine) {
    return longLine ? lineHash | 1L : lineHash;
  }

  /** The {@link #lineHash} a counted key was made from (its flag bit cleared). */
  public static long lineHashOf(long countedKey) {
    return countedKey & ~1L;
  }

  /** Whether a counted key is of a long line (a paragraph: {@value #LONG_LINE_WORDS} words or more). */
  public static boolean isLong(long countedKey) {
    return (countedKey & 1L) != 0;
  }

  /** How many different articles a line must be seen on to be chrome; 0 learns nothing. */
  public static int threshold(boolean longLine, int minArticles) {
    return longLine ? minArticles * LONG_LINE_FACTOR : minArticles;
  }

  /**
   * Whether a line key is long: {@value #LONG_LINE_WORDS} words or more by {@link Text#countWords}.
   * A key is letters and digits in single-space-separated runs, so below U+0E00 (where no script
   * that {@link Text#isCjk} counts by characters starts) its words are its spaces plus one; other
   * keys are counted in full. This runs for every line of every page.
   */
  static boolean isLongKey(String lineKey) {
    int spaces = 0;
    for (int i = 0; i < lineKey.length(); i++) {
      char c = lineKey.charAt(i);
      if (c == ' ') {
        spaces++;
      } else if (c >= 0x0E00) {
        return Text.countWords(lineKey) >= LONG_LINE_WORDS;
      }
    }
    return !lineKey.isEmpty() && spaces + 1 >= LONG_LINE_WORDS;
  }

  /** What one page contributes to the count: its distinct scoped line keys and its article. */
  public static final class Observed {
    public final Set<String> keys;
    public final long fingerprint;

    Observed(Set<String> keys, long fingerprint) {
      this.keys = keys;
      this.fingerprint = fingerprint;
    }
  }

  /**
   * What one page contributes to the count, as {@link LearnChrome} counts it: the distinct
   * {@link #countedKey counted keys} of its lines (in {@code keys[0, size)}) and its article.
   */
  public static final class Hashed {
    public final long[] keys;
    public final int size;
    public final long fingerprint;

    Hashed(long[] keys, int size, long fingerprint) {
      this.keys = keys;
      this.size = size;
      this.fingerprint = fingerprint;
    }
  }

  /**
   * The distinct scoped keys of a page's lines (empty keys and overlong lines left out) and its
   * article fingerprint (see the class comment), in one pass over the page.
   */
  public static Observed observe(RawPage page) {
    String scope = scope(page.url());
    Set<String> keys = new LinkedHashSet<>();
    long min = Long.MAX_VALUE;
    for (String raw : Text.normalize(page.text()).split("\n")) {
      if (raw.isBlank()) {
        continue;
      }
      String k = PageParser.lineKey(raw);
      if (k.length() >= 2 && k.length() <= MAX_KEY_CHARS) {
        keys.add(scoped(scope, k));
      }
      if (Text.countWords(raw) >= LONG_LINE_WORDS) {
        min = Math.min(min, Hashes.fnv1a64(k));
      }
    }
    long fp = min != Long.MAX_VALUE ? min : Hashes.fnv1a64(PageParser.lineKey(page.text()));
    return new Observed(keys, fp);
  }

  /**
   * {@link #observe} with the keys hashed: the same lines, the same fingerprint, each distinct
   * scoped key once as its {@link #countedKey}.
   */
  public static Hashed observeHashed(RawPage page) {
    long seed = scopeSeed(scope(page.url()));
    long[] keys = new long[16];
    LongSet seen = new LongSet(16);
    int n = 0;
    long min = Long.MAX_VALUE;
    for (String raw : Text.normalize(page.text()).split("\n")) {
      if (raw.isBlank()) {
        continue;
      }
      String k = PageParser.lineKey(raw);
      if (k.length() >= 2 && k.length() <= MAX_KEY_CHARS) {
        long key = countedKey(lineHash(seed, k), isLongKey(k));
        if (seen.add(key)) {
          if (n == keys.length) {
            keys = java.util.Arrays.copyOf(keys, n * 2);
          }
          keys[n++] = key;
        }
      }
      if (Text.countWords(raw) >= LONG_LINE_WORDS) {
        min = Math.min(min, Hashes.fnv1a64(k));
      }
    }
    long fp = min != Long.MAX_VALUE ? min : Hashes.fnv1a64(PageParser.lineKey(page.text()));
    return new Hashed(keys, n, fp);
  }

  /** Whether a counted key ({@link #countedKey}) seen on {@code articles} different articles is chrome. */
  public static boolean isChrome(long countedKey, long articles, int minArticles) {
    return minArticles > 0 && articles >= threshold(isLong(countedKey), minArticles);
  }

  /**
   * What {@link LearnChrome} computes, in plain Java: the {@link #lineHash}es of the lines seen on
   * enough different articles of {@code pages}, counted the same way (distinct {@link
   * Hashed#fingerprint}s per counted key).
   */
  public static LongSet learn(Iterable<RawPage> pages, int minArticles) {
    LongSet chrome = new LongSet(16);
    if (minArticles <= 0) {
      return chrome;
    }
    java.util.Map<Long, LongSet> articles = new java.util.HashMap<>();
    for (RawPage p : pages) {
      Hashed h = observeHashed(p);
      for (int i = 0; i < h.size; i++) {
        articles.computeIfAbsent(h.keys[i], k -> new LongSet(4)).add(h.fingerprint);
      }
    }
    articles.forEach((key, fps) -> {
      if (isChrome(key, fps.size(), minArticles)) {
        chrome.add(lineHashOf(key));
      }
    });
    return chrome;
  }

  /** The {@link #lineHash} of a scoped key ({@link #scoped}): the same as the parser computes for it. */
  public static long lineHash(String scopedKey) {
    int tab = scopedKey.indexOf('\t');
    return lineHash(scopeSeed(scopedKey.substring(0, tab)), scopedKey.substring(tab + 1));
  }

  /** Whether a line key seen on {@code articles} different articles is chrome. */
  public static boolean isChrome(String scopedKey, long articles, int minArticles) {
    if (minArticles <= 0) {
      return false;
    }
    String key = scopedKey.substring(scopedKey.indexOf('\t') + 1);
    int words = Text.countWords(key);
    return articles >= (words < LONG_LINE_WORDS ? minArticles : (long) minArticles * LONG_LINE_FACTOR);
  }
}
