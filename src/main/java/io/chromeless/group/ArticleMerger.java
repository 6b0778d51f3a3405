package io.chromeless.group;

import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.Hashes;
import io.chromeless.model.ParsedPage;
import io.chromeless.parse.PageParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges the captures of one story into its canonical article. Plain Java.
 *
 * <p>Canonical capture: the most complete one: has a title, is not paywalled, has the longest
 * body; ties go to the earliest crawl time, then the smallest URL and content hash (so that the
 * choice does not depend on how the input was split into files), then the smallest source URI and
 * record index. Title, subtitle, authors, date, dateline, language, site and URL come from the
 * canonical capture, or when it lacks them from the next capture in that order that has them;
 * captions are the union. The publication date's day is chosen so; its time then comes from the
 * capture that gives the most precise one on that day ({@link #preciseOnSameDay}): a capture
 * with the longest body may show the day alone where another shows the time.
 *
 * <p>The article id is the hex of the smallest content hash among the captures' bodies: it does
 * not depend on the order of the input, on how it is split into files, or on the runner.
 */
public final class ArticleMerger {
  private ArticleMerger() {}

  /** One capture with its signature. */
  public static final class Capture {
    final ParsedPage page;
    final Signature signature;

    public Capture(ParsedPage page, Signature signature) {
      this.page = Objects.requireNonNull(page);
      this.signature = Objects.requireNonNull(signature);
    }
  }

  /** The merged article and one documents row per capture. */
  public static final class Merged {
    public final Article article;
    public final List<DocumentRow> documents;

    Merged(Article article, List<DocumentRow> documents) {
      this.article = article;
      this.documents = documents;
    }
  }

  static final Comparator<Capture> MOST_COMPLETE_FIRST =
      Comparator.<Capture, Boolean>comparing(c -> c.page.title() == null)
          .thenComparing(c -> c.page.paywalled())
          .thenComparing(c -> -c.page.wordCount())
          .thenComparing(c -> c.page.crawledAtMillis() == null ? Long.MAX_VALUE : c.page.crawledAtMillis())
          .thenComparing(c -> c.page.url() == null ? "\uffff" : c.page.url())
          .thenComparingLong(c -> c.signature.contentHash())
          .thenComparing(c -> c.page.sourceUri())
          .thenComparingInt(c -> c.page.recordIndex());

  public static Merged merge(List<Capture> captures) {
    if (captures.isEmpty()) {
      throw new IllegalArgumentException("no captures to merge");
    }
    List<Capture> ranked = new ArrayList<>(captures);
    ranked.sort(MOST_COMPLETE_FIRST);
    Capture canon = ranked.get(0);
    long minContent = Long.MAX_VALUE;
    Long first = null;
    Long last = null;
    for (Capture c : ranked) {
      minContent = Math.min(minContent, c.signature.contentHash());
      Long t = c.page.crawledAtMillis();
      if (t != null) {
        first = first == null ? t : Math.min(first, t);
        last = last == null ? t : Math.max(last, t);
      }
    }
    String articleId = Hashes.hex64(minContent);

    Map<String, String> captions = new LinkedHashMap<>();
    for (Capture c : ranked) {
      if (c.page.captions() != null) {
        for (String cap : c.page.captions()) {
          captions.putIfAbsent(PageParser.lineKey(cap), cap);
        }
      }
    }
    ParsedPage p = canon.page;
    ParsedPage fields =
        p.toBuilder()
            .title(firstNonNull(ranked, ParsedPage::title))
            .subtitle(firstNonNull(ranked, ParsedPage::subtitle))
            .authors(firstNonNull(ranked, ParsedPage::authors))
            .publishedAtMicros(preciseOnSameDay(ranked, firstNonNull(ranked, ParsedPage::publishedAtMicros)))
            .dateline(firstNonNull(ranked, ParsedPage::dateline))
            .language(firstNonNull(ranked, ParsedPage::language))
            .site(firstNonNull(ranked, ParsedPage::site))
            .url(firstNonNull(ranked, ParsedPage::url))
            .captions(captions.isEmpty() ? null : new ArrayList<>(captions.values()))
            .build();
    Article article = new Article(articleId, fields, captures.size(), first, last);

    List<DocumentRow> docs = new ArrayList<>(ranked.size());
    for (Capture c : ranked) {
      boolean isCanon = c == canon;
      double sim = isCanon ? 1.0 : MinHasher.jaccard(c.signature, canon.signature);
      docs.add(new DocumentRow(c.page.docId(), articleId, c.page.sourceUri(), c.page.recordIndex(), c.page.recordId(),
          c.page.url(), c.page.crawledAtMillis(), isCanon, sim));
    }
    return new Merged(article, docs);
  }

  private static final long MICROS_PER_DAY = 86_400_000_000L;

  /**
   * The most precise publication instant among the captures that give one on the same UTC day as
   * {@code chosen}: a capture that gives the time beats one that gives the day alone (midnight
   * UTC, the parser's value for a date without a time), one with seconds beats one with minutes;
   * ties go to the order of {@code ranked}. A capture with another day does not count: the day
   * is the chosen capture's.
   */
  static Long preciseOnSameDay(List<Capture> ranked, Long chosen) {
    if (chosen == null) {
      return null;
    }
    long day = Math.floorDiv(chosen, MICROS_PER_DAY);
    Long best = chosen;
    for (Capture c : ranked) {
      Long v = c.page.publishedAtMicros();
      if (v != null && Math.floorDiv(v, MICROS_PER_DAY) == day && precision(v) > precision(best)) {
        best = v;
      }
    }
    return best;
  }

  /** 0 for midnight UTC (a day alone), 1 for a time in whole minutes, 2 for one with seconds or finer. */
  private static int precision(long micros) {
    long inDay = Math.floorMod(micros, MICROS_PER_DAY);
    return inDay == 0 ? 0 : inDay % 60_000_000L == 0 ? 1 : 2;
  }

  private static <T> T firstNonNull(List<Capture> ranked, Function<ParsedPage, T> field) {
    for (Capture c : ranked) {
      T v = field.apply(c.page);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
