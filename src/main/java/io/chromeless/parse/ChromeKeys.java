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
