package io.chromeless.corpus;

import io.chromeless.model.ParsedPage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One generated page: the truth about it (story, kind), what a browser dump of it holds ({@link
 * #text()}, rendered on demand in its site's chrome) and what a perfect parser would extract from
 * it ({@link #body()} and the fields), so that grouping can be fed without parsing.
 */
public final class GeneratedPage {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);

  private final String name;
  private final String story;
  private final Kind kind;
  private final Site site;
  private final String url;
  private final long crawledAtMillis;
  private final long publishedAtMillis;
  private final String title;
  private final String subtitle;
  private final List<String> authors;
  private final String dateline;
  private final List<String> paragraphs;
  private final List<String> leaked;
  private final boolean leakedFirst;
  private final boolean paywalled;
  private final long chromeSeed;

  GeneratedPage(String name, String story, Kind kind, Site site, String url, long crawledAtMillis,
      long publishedAtMillis, String title, String subtitle, List<String> authors, String dateline,
      List<String> paragraphs, List<String> leaked, boolean leakedFirst, boolean paywalled, long chromeSeed) {
    this.name = name;
    this.story = story;
    this.kind = kind;
    this.site = site;
    this.url = url;
    this.crawledAtMillis = crawledAtMillis;
    this.publishedAtMillis = publishedAtMillis;
    this.title = title;
    this.subtitle = subtitle;
    this.authors = authors;
    this.dateline = dateline;
    this.paragraphs = paragraphs;
    this.leaked = leaked;
    this.leakedFirst = leakedFirst;
    this.paywalled = paywalled;
    this.chromeSeed = chromeSeed;
  }

  /** Unique name of the page in its corpus (also its file name stem and JSON id). */
  public String name() {
    return name;
  }

  /** The truth: pages with the same story id are captures of one story. */
  public String story() {
    return story;
  }

  public Kind kind() {
    return kind;
  }

  public String siteName() {
    return site.name;
  }

  public String url() {
    return url;
  }

  public long crawledAtMillis() {
    return crawledAtMillis;
  }

  /** The title the page shows, null when the capture lacks it. */
  public String title() {
    return title;
  }

  public String subtitle() {
    return subtitle;
  }

  public List<String> authors() {
    return authors;
  }

  public boolean paywalled() {
    return paywalled;
  }

  /** The article's paragraphs as the page shows them (without the dateline). */
  public List<String> paragraphs() {
    return paragraphs;
  }

  /**
   * The body a parser would extract: the paragraphs separated by one blank line, plus the chrome
   * lines a careless parser leaves in (some pages, before or after the article), or the stub of a
   * chrome-only or near-empty page.
   */
  public String body() {
    StringBuilder b = new StringBuilder(paragraphs.size() * 400);
    if (leakedFirst) {
      append(b, leaked);
    }
    append(b, paragraphs);
    if (!leakedFirst) {
      append(b, leaked);
    }
    return b.toString();
  }

  private static void append(StringBuilder b, List<String> paragraphs) {
    for (String p : paragraphs) {
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append(p);
    }
  }

  /** Words of {@link #body()}. */
  public int wordCount() {
    int n = 0;
    for (String p : paragraphs) {
      n += words(p);
    }
    for (String l : leaked) {
      n += words(l);
    }
    return n;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /**
   * The page as parsing would give it, for feeding grouping directly: source URI {@code
   * generated:///NAME}, doc id the page's name.
   */
  public ParsedPage toParsedPage() {
    String body = body();
    return ParsedPage.builder()
        .docId(name)
        .sourceUri("generated:///" + name)
        .url(url)
        .site(site.domain)
        .crawledAtMillis(crawledAtMillis)
        .title(title)
        .subtitle(subtitle)
        .authors(authors.isEmpty() ? null : authors)
        .publishedAtMicros(kind.isArticle() ? publishedAtMillis * 1000 : null)
        .dateline(dateline)
        .language("en")
        .body(body)
        .wordCount(wordCount())
        .paywalled(paywalled)
        .build();
  }

  /** The page as a browser dump holds it: the article inside its site's chrome. */
  public String text() {
    SplittableRandom r = new SplittableRandom(chromeSeed);
    List<String> lines = new ArrayList<>(64);
    if (site.cookie != null && r.nextInt(3) > 0) {
      lines.add(site.cookie);
      lines.add("");
    }
    lines.add(site.name);
    lines.addAll(site.menu);
    lines.add("");
    if (site.meter != null && site.meterOnTop && kind.isArticle()) {
      lines.add(site.meter);
      lines.add("");
    }
    if (title != null) {
      lines.add(title);
      lines.add("");
    }
    if (kind == Kind.CHROME_ONLY) {
      teasers(r, lines, 5 + r.nextInt(6));
      lines.add(site.newsletter);
      lines.add(site.signIn);
      lines.add("");
    } else {
      if (subtitle != null) {
        lines.add(subtitle);
        lines.add("");
      }
      if (!authors.isEmpty()) {
        lines.add((site.byPrefix ? "By " : "") + String.join(site.byPrefix ? " and " : ", ", authors));
        lines.add("");
      }
      if (kind.isArticle()) {
        Instant published = Instant.ofEpochMilli(publishedAtMillis);
        lines.add((site.numericDate ? NUMERIC_DATE : LONG_DATE).format(published.atZone(ZoneOffset.UTC)));
        lines.add("");
      }
      if (site.meter != null && !site.meterOnTop && kind.isArticle()) {
        lines.add(site.meter);
        lines.add("");
      }
      for (int i = 0; i < paragraphs.size(); i++) {
        lines.add(i == 0 && dateline != null ? dateline + " — " + paragraphs.get(0) : paragraphs.get(i));
        lines.add("");
      }
      if (paywalled) {
        lines.add(site.paywall[0]);
        lines.add(site.paywall[1]);
        lines.add("");
      }
      lines.addAll(site.share);
      lines.add("");
      teasers(r, lines, 2 + r.nextInt(3));
      lines.add(r.nextBoolean() ? site.newsletter : site.signIn);
    }
    lines.addAll(site.footer);
    StringBuilder b = new StringBuilder(4096);
    for (String l : lines) {
      b.append(l).append('\n');
    }
    return b.toString();
  }

  private void teasers(SplittableRandom r, List<String> lines, int n) {
    lines.add(site.more);
    for (int i = 0; i < n; i++) {
      lines.add(Lexicon.teaser(r));
    }
    lines.add("");
  }

  @Override
  public String toString() {
    return name + " (" + kind + " of " + story + ")";
  }
}
