package io.chromeless.corpus;

import io.chromeless.model.Hashes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic corpus of invented news pages with planted duplicates and the truth of which
 * pages belong together. Plain Java, for tests, benchmarks and demos.
 *
 * <p>Invented sites, each with its own chrome ({@link Site}); stories of about {@link
 * Config#words} words; and, per story, planted later captures of every kind in {@link Kind}:
 * re-crawls in different chrome, typo fixes, paywall-cut captures holding 30–60 % of the body
 * (more often than not without the title), updates with an added paragraph, syndicated copies on
 * other sites. Hard negatives: follow-up stories on the same subject that open with the earlier
 * story's first paragraph, every site's articles under identical chrome, and chrome-only or
 * near-empty pages (some of them identical, page after page).
 *
 * <p>Story {@code i} is generated from its own random stream ({@link #story(long)}), so a corpus
 * can be generated in pieces or in parallel and is the same for the same seed whatever the order.
 * {@link #iterator()} yields exactly {@link Config#pages} pages, story after story, without holding
 * them; {@link CorpusDumps} writes them as one-page files, JSON Lines or WET.
 */
public final class CorpusGenerator implements Iterable<GeneratedPage> {
  /** 2026-11-22T00:00:00Z: the night of the generated load; crawls fall within the three days before. */
  static final long LOAD_MILLIS = 1_795_305_600_000L;
  private static final long DAY = 86_400_000L;

  /** Shares of the kinds of pages; every field can be changed. */
  public static final class Config {
    /** Pages the iterator yields. */
    public long pages = 10_000;
    public long seed = 20261123L;
    /** Mean words of an article body (each story draws 70-130 % of it). */
    public int words = 600;
    /** Number of invented sites; 0 picks one per 500 pages, between 8 and 400. */
    public int sites = 0;
    /** Share of stories that are a chrome-only page, and a near-empty stub. */
    public double chromeOnly = 0.02;
    public double nearEmpty = 0.01;
    /** Per story: probability of each planted duplicate. */
    public double recrawl = 0.25;
    public double typoFix = 0.08;
    public double paywallCut = 0.15;
    public double update = 0.08;
    public double syndicated = 0.15;
    /** Per story: probability of a follow-up story that opens with this one's first paragraph. */
    public double followUp = 0.08;
    /** Per article page: probability that the parsed body keeps a line or two of chrome (before or after). */
    public double leak = 0.10;

    public Config pages(long n) {
      this.pages = n;
      return this;
    }

    public Config seed(long s) {
      this.seed = s;
      return this;
    }

    public Config words(int w) {
      this.words = w;
      return this;
    }

    int siteCount() {
      return sites > 0 ? sites : (int) Math.max(8, Math.min(400, pages / 500));
    }

    /** Expected pages per story, for sizing a corpus generated story by story. */
    public double pagesPerStory() {
      double article = 1 - chromeOnly - nearEmpty;
      double perArticle = 1 + recrawl + typoFix + paywallCut + update + syndicated * 1.25
          + followUp * (1 + 0.5 * 0.5);
      return chromeOnly + nearEmpty + article * perArticle;
    }
  }

  private final Config config;
  private final List<Site> sites;

  public CorpusGenerator(Config config) {
    this.config = config;
    SplittableRandom r = new SplittableRandom(Hashes.mix64(config.seed ^ 0x5173L));
    List<Site> s = new ArrayList<>();
    for (int i = 0; i < config.siteCount(); i++) {
      s.add(new Site(r, i));
    }
    this.sites = Collections.unmodifiableList(s);
  }

  public static CorpusGenerator of(long pages, long seed) {
    return new CorpusGenerator(new Config().pages(pages).seed(seed));
  }

  public Config config() {
    return config;
  }

  /** Stories needed for about {@code pages} pages (what a generator run in pieces should use). */
  public long storiesFor(long pages) {
    return Math.max(1, Math.round(pages / config.pagesPerStory()));
  }

  /** All pages in memory (small corpora). */
  public List<GeneratedPage> generate() {
    List<GeneratedPage> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  public Stream<GeneratedPage> stream() {
    return StreamSupport.stream(Spliterators.spliterator(iterator(), config.pages,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED), false);
  }

  /** Exactly {@link Config#pages} pages, story after story, generated as they are consumed. */
  @Override
  public Iterator<GeneratedPage> iterator() {
    return new Iterator<>() {
      long emitted;
      long nextStory;
      Iterator<GeneratedPage> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        return emitted < config.pages;
      }

      @Override
      public GeneratedPage next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        while (!current.hasNext()) {
          current = story(nextStory++).iterator();
        }
        emitted++;
        return current.next();
      }
    };
  }

  /** The pages of story {@code index}: its original and planted captures, or one chrome page. */
  public List<GeneratedPage> story(long index) {
    SplittableRandom r = new SplittableRandom(Hashes.mix64(config.seed * 0x9E3779B97F4A7C15L + index));
    String id = String.format("s%08d", index);
    List<GeneratedPage> out = new ArrayList<>(4);
    double u = r.nextDouble();
    if (u < config.chromeOnly + config.nearEmpty) {
      out.add(stub(r, id, u < config.chromeOnly ? Kind.CHROME_ONLY : Kind.NEAR_EMPTY));
      return out;
    }
    Story s = new Story(r, config.words);
    Site home = site(r);
    long published = LOAD_MILLIS - 3 * DAY + (long) (r.nextDouble() * 2 * DAY);
    String url = "https://" + home.domain + "/" + Lexicon.pick(r, Lexicon.SECTION) + "/" + slug(s.title) + "-" + index;
    String[] byline = s.authors.toArray(new String[0]);

    // Typos: the first capture carries them, the later typo-fix capture has them fixed.
    boolean typo = r.nextDouble() < config.typoFix;
    List<String> firstText = typo ? withTypos(r, s.paragraphs) : s.paragraphs;
    long t0 = published + (long) (r.nextDouble() * 6 * 3_600_000L);
    out.add(page(r, id + "-0", id, Kind.ORIGINAL, home, url, t0, published, s.title, s.subtitle,
        List.of(byline), s.dateline, firstText, false));
    int n = 1;
    if (r.nextDouble() < config.recrawl) {
      out.add(page(r, id + "-" + n++, id, Kind.RECRAWL, home, url, later(r, t0), published, s.title, s.subtitle,
          List.of(byline), s.dateline, firstText, false));
    }
    if (typo) {
      out.add(page(r, id + "-" + n++, id, Kind.TYPO_FIX, home, url, later(r, t0), published, s.title, s.subtitle,
          List.of(byline), s.dateline, s.paragraphs, false));
    }
    if (r.nextDouble() < config.paywallCut) {
      Site where = r.nextBoolean() ? home : site(r);
      String u2 = where == home ? url : "https://" + where.domain + "/" + slug(s.title);
      boolean titled = r.nextInt(5) < 2;
      out.add(page(r, id + "-" + n++, id, Kind.PAYWALL_CUT, where, u2, later(r, t0), published,
          titled ? s.title : null, titled ? s.subtitle : null, titled ? List.of(byline) : List.of(), s.dateline,
          cut(r, firstText), true));
    }
    if (r.nextDouble() < config.update) {
      Story more = new Story(r, s.cast, 60 + r.nextInt(60));
      List<String> updated = new ArrayList<>(s.paragraphs);
      updated.add(1 + r.nextInt(updated.size()), more.paragraphs.get(0));
      String title = r.nextInt(3) == 0 ? Lexicon.capitalize(Lexicon.headline(r, s.cast)) : s.title;
      out.add(page(r, id + "-" + n++, id, Kind.UPDATE, home, url, later(r, t0), published, title, s.subtitle,
          List.of(byline), s.dateline, updated, false));
    }
    if (r.nextDouble() < config.syndicated) {
      int copies = r.nextInt(4) == 0 ? 2 : 1;
      for (int c = 0; c < copies; c++) {
        Site other = site(r);
        String agency = Lexicon.pick(r, Lexicon.AGENCY);
        String title = r.nextBoolean() ? s.title : Lexicon.capitalize(Lexicon.headline(r, s.cast));
        out.add(page(r, id + "-" + n++, id, Kind.SYNDICATED, other,
            "https://" + other.domain + "/wire/" + slug(title) + "-" + index, later(r, t0), published, title,
            r.nextBoolean() ? s.subtitle : null, List.of(byline[0] + ", " + agency), s.dateline, firstText, false));
      }
    }
    if (r.nextDouble() < config.followUp) {
      // A new story on the same subject, days later, that opens with this story's first paragraph.
      String fid = id + "f";
      Story f = new Story(r, s.cast, (int) (config.words * (0.7 + 0.6 * r.nextDouble())));
      List<String> body = new ArrayList<>();
      body.add(s.paragraphs.get(0));
      body.addAll(f.paragraphs);
      long fPublished = published + DAY + (long) (r.nextDouble() * DAY);
      Site where = r.nextBoolean() ? home : site(r);
      String fUrl = "https://" + where.domain + "/news/" + slug(f.title) + "-" + index + "f";
      long ft = fPublished + (long) (r.nextDouble() * 3_600_000L);
      out.add(page(r, fid + "-0", fid, Kind.FOLLOW_UP, where, fUrl, ft, fPublished, f.title, f.subtitle,
          f.authors, f.dateline, body, false));
      if (r.nextBoolean()) {
        // ... and its own paywall-cut capture: it must join the follow-up, not the first story.
        boolean titled = r.nextBoolean();
        out.add(page(r, fid + "-1", fid, Kind.PAYWALL_CUT, where, fUrl, later(r, ft), fPublished,
            titled ? f.title : null, null, List.of(), f.dateline, cut(r, body), true));
      }
    }
    return out;
  }

  private GeneratedPage page(SplittableRandom r, String name, String story, Kind kind, Site site, String url,
      long crawled, long published, String title, String subtitle, List<String> authors, String dateline,
      List<String> paragraphs, boolean paywalled) {
    List<String> leaked = List.of();
    boolean first = false;
    if (r.nextDouble() < config.leak) {
      first = r.nextBoolean();
      List<String> lines = site.leakableLines();
      leaked = r.nextBoolean()
          ? List.of(lines.get(r.nextInt(lines.size())))
          : List.of(lines.get(r.nextInt(lines.size())), lines.get(r.nextInt(lines.size())));
    }
    return new GeneratedPage(name, story, kind, site, url, crawled, published, title, subtitle, authors,
        dateline, paragraphs, leaked, first, paywalled, r.nextLong());
  }

  /**
   * A chrome-only page (a section front or error page) or a near-empty stub. The body a parser
   * could wrongly keep of it: the site's fixed chrome (identical page after page), or teasers.
   */
  private GeneratedPage stub(SplittableRandom r, String id, Kind kind) {
    Site site = site(r);
    long crawled = LOAD_MILLIS - (long) (r.nextDouble() * 3 * DAY);
    List<String> body = new ArrayList<>();
    String title = null;
    if (kind == Kind.CHROME_ONLY) {
      if (r.nextBoolean()) {
        body.add(site.newsletter);
        body.add(site.signIn);
        body.addAll(site.footer);
      } else {
        body.add(site.more);
        for (int i = 0, n = 3 + r.nextInt(6); i < n; i++) {
          body.add(Lexicon.teaser(r));
        }
      }
    } else {
      title = "Watch: " + Lexicon.teaser(r);
      body.add(r.nextBoolean() ? "This video is no longer available." : "Photo gallery: " + Lexicon.teaser(r) + ".");
    }
    String url = "https://" + site.domain + "/" + Lexicon.pick(r, Lexicon.SECTION) + "/" + id;
    return new GeneratedPage(id + "-0", id, kind, site, url, crawled, crawled, title, null, List.of(), null,
        body, List.of(), false, false, r.nextLong());
  }

  private Site site(SplittableRandom r) {
    return sites.get(r.nextInt(sites.size()));
  }

  private static long later(SplittableRandom r, long t) {
    return t + 60_000L + (long) (r.nextDouble() * 2 * DAY);
  }

  /** What a paywall lets through: 30-60 % of the words, cut at a sentence end. */
  private static List<String> cut(SplittableRandom r, List<String> paragraphs) {
    int total = 0;
    for (String p : paragraphs) {
      total += p.split(" ").length;
    }
    int keep = (int) (total * (0.3 + 0.3 * r.nextDouble()));
    List<String> out = new ArrayList<>();
    int words = 0;
    for (String p : paragraphs) {
      int w = p.split(" ").length;
      if (words + w <= keep) {
        out.add(p);
        words += w;
        continue;
      }
      // Part of this paragraph, up to the last sentence end that fits.
      String[] tokens = p.split(" ");
      int end = -1;
      for (int i = 0; i < tokens.length && words + i + 1 <= keep; i++) {
        if (tokens[i].endsWith(".") || tokens[i].endsWith(".\"")) {
          end = i;
        }
      }
      if (end >= 0 || out.isEmpty()) {
        int upto = end >= 0 ? end + 1 : Math.max(1, keep - words);
        out.add(String.join(" ", java.util.Arrays.copyOf(tokens, upto)));
      }
      break;
    }
    return out;
  }

  /** The paragraphs with one to three words misspelled (two inner letters swapped). */
  private static List<String> withTypos(SplittableRandom r, List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs);
    int typos = 1 + r.nextInt(3);
    for (int t = 0; t < typos; t++) {
      int pi = r.nextInt(out.size());
      String[] words = out.get(pi).split(" ");
      for (int tries = 0; tries < 10; tries++) {
        int wi = r.nextInt(words.length);
        String w = words[wi];
        if (w.length() >= 5 && Character.isLetter(w.charAt(1)) && Character.isLetter(w.charAt(2))
            && w.charAt(1) != w.charAt(2)) {
          words[wi] = w.charAt(0) + "" + w.charAt(2) + w.charAt(1) + w.substring(3);
          break;
        }
      }
      out.set(pi, String.join(" ", words));
    }
    return out;
  }

  static String slug(String title) {
    StringBuilder b = new StringBuilder();
    for (char c : title.toLowerCase().toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
      if (b.length() >= 60) {
        break;
      }
    }
    return b.toString().replaceAll("-$", "");
  }

  /** The text of one story: cast, title, byline, paragraphs. */
  private static final class Story {
    final Lexicon.Cast cast;
    final String title;
    final String subtitle;
    final List<String> authors;
    final String dateline;
    final List<String> paragraphs;

    Story(SplittableRandom r, int meanWords) {
      this(r, new Lexicon.Cast(r), (int) (meanWords * (0.7 + 0.6 * r.nextDouble())));
    }

    Story(SplittableRandom r, Lexicon.Cast cast, int words) {
      this.cast = cast;
      title = Lexicon.capitalize(Lexicon.headline(r, cast));
      subtitle = "Officials say the " + cast.subject + " will change how people in " + cast.place + " "
          + Lexicon.pick(r, new String[] {"travel", "work", "live", "vote", "shop", "learn"});
      List<String> a = new ArrayList<>();
      for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
        a.add(Lexicon.person(r));
      }
      authors = List.copyOf(a);
      dateline = r.nextInt(4) == 0 ? null : cast.place.toUpperCase();
      List<String> ps = new ArrayList<>();
      int total = 0;
      while (total < words) {
        StringBuilder p = new StringBuilder(600);
        int target = 40 + r.nextInt(70);
        int pw = 0;
        while (pw < target) {
          if (p.length() > 0) {
            p.append(' ');
          }
          pw += Lexicon.sentence(r, cast, p);
        }
        ps.add(p.toString());
        total += pw;
      }
      paragraphs = List.copyOf(ps);
    }
  }

  /**
   * {@code CorpusGenerator --out=DIR [--pages=N] [--seed=S] [--words=W] [--format=pages|jsonl|wet]
   * [--perFile=N]}: writes the corpus into {@code DIR/dumps/} and its truth into {@code DIR/truth.tsv}.
   */
  public static void main(String[] args) throws IOException {
    Config c = new Config();
    Path out = null;
    String format = "pages";
    int perFile = 1000;
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      String v = kv.length > 1 ? kv[1] : "";
      switch (kv[0]) {
        case "out" -> out = Path.of(v);
        case "pages" -> c.pages = Long.parseLong(v);
        case "seed" -> c.seed = Long.parseLong(v);
        case "words" -> c.words = Integer.parseInt(v);
        case "format" -> format = v;
        case "perFile" -> perFile = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown argument " + a
            + "; usage: --out=DIR [--pages=N] [--seed=S] [--words=W] [--format=pages|jsonl|wet] [--perFile=N]");
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out=DIR is required");
    }
    CorpusGenerator g = new CorpusGenerator(c);
    List<CorpusDumps.Placed> placed = switch (format) {
      case "pages" -> CorpusDumps.writePageFiles(out.resolve("dumps"), g, false);
      case "jsonl" -> CorpusDumps.writeJsonLines(out.resolve("dumps"), g, perFile);
      case "wet" -> CorpusDumps.writeWet(out.resolve("dumps"), g, perFile);
      default -> throw new IllegalArgumentException("unknown format " + format);
    };
    CorpusDumps.writeTruth(out.resolve("truth.tsv"), placed);
    System.out.println(placed.size() + " pages written to " + out.resolve("dumps") + " (" + format
        + "), truth in " + out.resolve("truth.tsv"));
  }
}
