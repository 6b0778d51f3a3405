package io.chromeless.parse;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text dump of one page into an article record. Plain Java, no Beam.
 *
 * <p>How: the page is split into lines; each line gets features (length, sentence punctuation,
 * share of stopwords of the page's language, bullets, chrome and paywall wording, repetition on
 * the page, and whether the run has seen it on other articles' pages). The body is the run of
 * lines with the highest score, where prose lines earn their length and other lines cost, more so
 * in long gaps, and a paywall notice is a wall no run crosses. The head block before the body
 * gives title, subtitle, byline, date and captions; the body's first line may give a dateline.
 *
 * <p>A parser remembers the classes of the short lines it has seen ({@link LineMemo}), so it is
 * not thread-safe: one per thread, as {@code ParsePages}' DoFn instances hold one each.
 */
public final class PageParser {
  /** A page that holds no article: the reason code goes to the rejects table. */
  public static final class NoArticleException extends Exception {
    private final String reason;

    public NoArticleException(String reason, String message) {
      super(message);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** Lines above the body searched for the head block (title, byline, date, captions). */
  static final int HEAD_LINES = 40;
  /** Lines after the body searched for a paywall notice. */
  static final int TAIL_LINES = 15;
  /** Score a line must reach to be taken as the title. */
  static final double MIN_TITLE_SCORE = 6.0;
  /** Words of the body's lead whose vocabulary a title is compared with. */
  static final int LEAD_WORDS = 150;
  /** Share of a page's words a stopword list must cover to name the page's language. */
  static final double MIN_STOPWORD_COVERAGE = 0.2;
  /**
   * Lines at the top of the body run searched for the head block that the run swallowed: a title
   * and standfirst above a byline or date line; the body starts after the last such line.
   */
  static final int LEAD_IN_LINES = 8;
  /** Lines above the title searched for a "By …" line. */
  static final int BYLINE_ABOVE_TITLE = 6;
  static final double OVERLAP_GAIN = 16.0;
  static final double DISTANCE_COST = 0.25;
  static final double MIN_STOP_RATIO = 0.15;

  private static final double BARRIER = -1e9;

  private static final Pattern DATELINE =
      Pattern.compile(
          "^((?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]*(?:[ /]\\p{Lu}[\\p{Lu}\\p{M}.'’-]*){0,3}"
              + "(?:,\\s*[\\p{L}\\p{N}. ]{1,30})?(?:\\s*\\([^)]{1,40}\\))?)"
              + "|(?:\\p{Lu}[\\p{L}\\p{M}.'’-]+(?: \\p{Lu}[\\p{L}\\p{M}.'’-]+){0,2}"
              + "(?:,\\s*[\\p{L}\\p{N}. ]{1,30})?\\s*\\([^)]{1,40}\\)))"
              + "\\s*[-–—:]+\\s+(?=[\\p{L}\\p{N}\"“„«‘'])");

  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");

  private final LongSet learnedChrome;
  /** Classes of the short lines seen so far; null: classify every line (benchmarks compare both). */
  private final LineMemo memo;

  public PageParser() {
    this(LongSet.EMPTY);
  }

  /**
   * @param learnedChrome hashes of the scoped keys ({@link ChromeKeys#lineHash}) of lines this run
   *     has seen on the pages of several different articles (from {@link LearnChrome}); they are
   *     treated as chrome.
   */
  public PageParser(LongSet learnedChrome) {
    this(learnedChrome, true);
  }

  /** With {@code memo} false, every line of every page is classified afresh (to measure {@link LineMemo}). */
  public PageParser(LongSet learnedChrome, boolean memo) {
    this.learnedChrome = learnedChrome;
    this.memo = memo ? new LineMemo() : null;
  }

  /** The normalised key of a line: lower case letters and digits, single spaces. */
  public static String lineKey(String line) {
    return Line.keyOf(line);
  }

  public ParsedPage parse(RawPage raw) throws NoArticleException {
    String text = Text.normalize(raw.text());
    List<Line> lines = Line.split(text);
    if (lines.isEmpty()) {
      throw new NoArticleException("empty", "the page has no text");
    }
    String lang = detectLanguage(lines);
    long scopeSeed = ChromeKeys.scopeSeed(ChromeKeys.scope(raw.url()));
    boolean hasStops = Stopwords.has(lang);
    Set<String> stops = hasStops ? Stopwords.forLanguage(lang) : Stopwords.common();
    for (Line l : lines) {
      if (memo != null) {
        memo.classify(l, stops, hasStops || lang == null);
      } else {
        l.classify(stops, hasStops || lang == null);
      }
      l.learnedChrome = !learnedChrome.isEmpty() && learnedChrome.contains(ChromeKeys.lineHash(scopeSeed, l.key));
    }
    if (hasStops) {
      calibrateStopRatio(lines);
    }
    markSeparators(lines);
    int[] region = bestRegion(lines);
    if (region == null) {
      throw new NoArticleException("no_article", "no run of article prose found");
    }
    region = besideDirectory(lines, region);
    region = joinAbove(lines, region, stops);
    int s = skipLeadIn(lines, region[0], region[1], stops);
    int e = trimTeaserTail(lines, s, region[1]);
    e = cutAtOtherStory(lines, s, e, stops);
    java.util.BitSet listed = new java.util.BitSet();
    if (e == region[1]) {
      // a run that ended in teasers has found its end; one that did not may go on below a list
      e = joinBelow(lines, s, e, stops, listed);
      e = joinAcrossBox(lines, s, e, stops);
    }

    Map<String, String> captions = new LinkedHashMap<>();
    List<String> body = bodyLines(lines, s, e, captions, stops, listed);
    if (body.isEmpty()) {
      throw new NoArticleException("no_article", "no article prose left after removing chrome");
    }
    String dateline = null;
    Matcher dm = DATELINE.matcher(body.get(0));
    if (dm.find() && dm.group(1) != null && countUpper(dm.group(1)) >= 2) {
      dateline = dm.group(1).replaceAll("[,\\s]+$", "").strip();
      body.set(0, body.get(0).substring(dm.end()));
    }

    int headStart = s;
    for (int i = s - 1; i >= 0 && s - i <= HEAD_LINES; i--) {
      if (lines.get(i).paywall) {
        break;
      }
      headStart = i;
    }
    Set<String> lead = leadWords(lines, s, e, stops);
    int titleIdx = findTitle(lines, headStart, s, lead);
    if (titleIdx < 0 && headStart > 0 && lines.get(headStart - 1).paywall && lines.get(headStart - 1).words <= 6) {
      // a subscribers' label ("Subscribers only") between headline and body: look above it too
      int above = headStart - 1;
      for (int i = above - 1; i >= 0 && above - i <= HEAD_LINES && !lines.get(i).paywall; i--) {
        headStart = i;
      }
      titleIdx = findTitle(lines, headStart, s, lead);
    }
    int shownIdx = titleIdx >= 0 ? ownTitleAbove(lines, titleIdx) : -1;
    String title = titleIdx >= 0
        ? withColonTail(lines, shownIdx, withoutGluedQuote(stripSiteName(lines, shownIdx, raw.url(), s, e)))
        : titleAtRunTop(lines, s, e);
    String subtitle = findSubtitle(lines, titleIdx, s, stops);
    List<String> found = findAuthors(lines, titleIdx >= 0 ? titleIdx + 1 : title != null ? s : headStart, s, stops);
    if (found == null) {
      found = bylineInLead(lines, s, e, stops);
    }
    if (found == null) {
      found = bylineBelow(lines, s, e, stops);
    }
    if (found == null && lang != null && (lang.equals("ko") || lang.equals("ja") || lang.startsWith("zh"))) {
      found = cjkByline(lines, headStart, s, e);
    }
    List<String> authors = plausibleNames(found, lines);
    Long published = findDate(lines, titleIdx, headStart, s, e, dateLanguage(lines, lang, raw.url()),
        raw.crawledAtMillis(), raw.url());
    for (int i = titleIdx >= 0 ? titleIdx + 1 : headStart; i < s; i++) {
      Line l = lines.get(i);
      if (l.adjacentDuplicate && l.words >= 2 && !l.chrome) {
        captions.putIfAbsent(l.key, l.text);
      } else if (i + 1 < s && lines.get(i + 1).credit && !l.credit && l.words >= 3 && i != titleIdx) {
        captions.putIfAbsent(l.key, l.text);
      }
    }
    boolean paywalled = false;
    for (int i = s + 1; i < lines.size() && i <= e + TAIL_LINES; i++) {
      if (lines.get(i).paywall) {
        paywalled = true;
        break;
      }
    }
    dropAuthorNote(body, authors);
    String bodyText = String.join("\n\n", body);
    return ParsedPage.builder()
        .docId(raw.docId())
        .sourceUri(raw.sourceUri())
        .recordIndex(raw.recordIndex())
        .recordId(raw.recordId())
        .url(raw.url())
        .site(siteOf(raw.url()))
        .crawledAtMillis(raw.crawledAtMillis())
        .title(title)
        .subtitle(subtitle)
        .authors(authors)
        .publishedAtMicros(published)
        .dateline(dateline)
        .language(lang)
        .captions(captions.isEmpty() ? null : new ArrayList<>(captions.values()))
        .body(bodyText)
        .wordCount(Text.countWords(bodyText))
        .paywalled(paywalled)
        .build();
  }

  private static int countUpper(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static String detectLanguage(List<Line> lines) {
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      if (l.words >= 8 || (l.cjk && l.words >= 10)) {
        b.append(l.text).append('\n');
        if (b.length() > LanguageIdentifier.MAX_CHARS) {
          break;
        }
      }
    }
    if (b.length() < 200) {
      for (Line l : lines) {
        b.append(l.text).append('\n');
      }
    }
    String lang = LanguageIdentifier.detect(b.toString());
    if (lang == null) {
      // the n-gram detector is unsure (short text, close languages): fall back on which
      // stopword list covers the page's prose best
      List<String> words = Text.lowerWords(b.length() > LanguageIdentifier.MAX_CHARS
          ? b.substring(0, LanguageIdentifier.MAX_CHARS) : b.toString());
      lang = Stopwords.bestCovering(words, MIN_STOPWORD_COVERAGE);
    }
    return lang;
  }

  /** Stopword share of a typical sentence below which a page's shares are scaled up. */
  static final double TYPICAL_STOP_RATIO = 0.3;

  /**
   * Scales the lines' stopword shares so that the page's typical sentence has the share of
   * running prose. Languages that glue function words onto their nouns (Turkish, Finnish,
   * Hungarian) have short stopword lists, and their sentences fall under the prose threshold; the
   * median share of the page's long sentence-like lines tells how far. Menus and teasers, with
   * no stopwords, stay at none.
   */
  static void calibrateStopRatio(List<Line> lines) {
    List<Double> r = new ArrayList<>();
    for (Line l : lines) {
      if (l.words >= 10 && l.endsSentence && !l.cjk) {
        r.add(l.stopRatio);
      }
    }
    if (r.size() < 5) {
      return;
    }
    Collections.sort(r);
    double median = r.get(r.size() / 2);
    if (median >= TYPICAL_STOP_RATIO || median <= 0.02) {
      return;
    }
    double f = Math.min(3.0, TYPICAL_STOP_RATIO / median);
    for (Line l : lines) {
      l.stopRatio = Math.min(1.0, l.stopRatio * f);
    }
  }

  /** The score of one line for the body run; {@link #BARRIER} for a paywall notice. */
  static double weight(Line l) {
    if (l.paywall) {
      return BARRIER;
    }
    if (l.repeatedBox) {
      // a box the template repeats between paragraphs costs about what one label costs, whatever
      // its length: the article goes on below it
      return REPEATED_BOX_COST;
    }
    if (l.learnedChrome && !l.separator) {
      // a template label between paragraphs ("Advertisement") costs what a page-repeated label
      // costs (below), whether or not the run also learned it: the article goes on after it
      return -15;
    }
    if (l.isProse(MIN_STOP_RATIO)) {
      // Prose that stands again elsewhere on the page is mostly a caption, a teaser of this
      // article or a pull quote; it still links paragraphs but earns little itself.
      return l.repeats > 0 ? Math.min(l.words, 60) / 4.0 : Math.min(l.words, 60);
    }
    if (l.chrome || l.counter || l.legal) {
      return -12;
    }
    if (l.bullet && l.words < 10) {
      return -8;
    }
    if (l.repeats > 0 && l.words < 15) {
      return -8;
    }
    if (l.words >= 5 && l.endsSentence && l.stopRatio >= MIN_STOP_RATIO && !l.teaser) {
      return 2;
    }
    return -3;
  }

  /**
   * Marks the short labels a page template repeats between paragraphs ("Advertisement", "Article
   * content", "Story continues below"): three or more copies on the page, standing next to prose.
   * Crossing one costs its weight but does not lengthen the gap, and it never goes into the body.
   * A repeated line among other short lines (menus, share bars) is not one.
   */
  static void markSeparators(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      boolean nextToProse = (i > 0 && lines.get(i - 1).isProse(MIN_STOP_RATIO))
          || (i + 1 < lines.size() && lines.get(i + 1).isProse(MIN_STOP_RATIO));
      l.separator = l.repeats >= 2 && l.words <= 5 && !l.paywall && !l.commentsHeader && nextToProse;
    }
    markRepeatedBoxes(lines);
  }

  /** Fewest lines of a box the page repeats between paragraphs (see {@link #markRepeatedBoxes}). */
  static final int MIN_REPEATED_BOX_LINES = 3;
  /** What each line of such a box costs the run search. */
  static final double REPEATED_BOX_COST = -1;
  /** Lines on each side of such a box searched for the paragraphs it stands between. */
  static final int REPEATED_BOX_REACH = 2;

  /**
   * Marks as separators the boxes a template sets again and again between paragraphs ("Most
   * popular" with its teasers, an advertisement with its labels): {@value #MIN_REPEATED_BOX_LINES}
   * or more lines in a row, none of them prose, each standing three times or more on the page,
   * with prose within {@value #REPEATED_BOX_REACH} lines above and below. The run search crosses
   * them at a small cost a line, without lengthening the gap, and they never go into the body; the box's other copies
   * are marked wherever they stand. A menu or a footer
   * stands once on the page; an article's own lines are not said three times.
   */
  static void markRepeatedBoxes(List<Line> lines) {
    int n = lines.size();
    Set<String> keys = new java.util.HashSet<>();
    for (int a = 0; a < n; ) {
      if (!boxLine(lines.get(a))) {
        a++;
        continue;
      }
      int b = a;
      while (b + 1 < n && boxLine(lines.get(b + 1))) {
        b++;
      }
      if (b - a + 1 >= MIN_REPEATED_BOX_LINES && proseWithin(lines, a - REPEATED_BOX_REACH, a - 1)
          && proseWithin(lines, b + 1, b + REPEATED_BOX_REACH)) {
        for (int i = a; i <= b; i++) {
          lines.get(i).separator = true;
          lines.get(i).repeatedBox = true;
          keys.add(lines.get(i).key);
        }
      }
      a = b + 1;
    }
    if (keys.isEmpty()) {
      return;
    }
    // the box's other copies, wherever they stand (under a caption, at the page's end)
    for (int a = 0; a < n; ) {
      if (!boxLine(lines.get(a)) || !keys.contains(lines.get(a).key)) {
        a++;
        continue;
      }
      int b = a;
      while (b + 1 < n && boxLine(lines.get(b + 1)) && keys.contains(lines.get(b + 1).key)) {
        b++;
      }
      if (b - a + 1 >= MIN_REPEATED_BOX_LINES) {
        for (int i = a; i <= b; i++) {
          lines.get(i).separator = true;
          lines.get(i).repeatedBox = true;
        }
        // a button or label at the box's edge that this copy alone shows ("Share", "Email")
        for (int i = a - 1; i >= Math.max(0, a - REPEATED_BOX_REACH) && boxEdge(lines.get(i)); i--) {
          lines.get(i).separator = true;
        }
        for (int i = b + 1; i < Math.min(n, b + 1 + REPEATED_BOX_REACH) && boxEdge(lines.get(i)); i++) {
          lines.get(i).separator = true;
        }
      }
      a = b + 1;
    }
  }

  private static boolean boxEdge(Line l) {
    return l.words <= 2 && !l.endsSentence && !l.isProse(MIN_STOP_RATIO) && !l.paywall && !l.commentsHeader;
  }

  private static boolean boxLine(Line l) {
    return l.repeats >= 2 && !l.paywall && !l.commentsHeader && !l.isProse(MIN_STOP_RATIO);
  }

  private static boolean proseWithin(List<Line> lines, int from, int to) {
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (lines.get(i).isProse(MIN_STOP_RATIO)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The [start, end] line range of the body. Reader comments always follow the article, so when a
   * comment-section header stands after a good run of prose, only the lines above it are searched;
   * the whole page is searched when that finds nothing (the header was in the page's top bar).
   */
  static int[] bestRegion(List<Line> lines) {
    int prose = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.commentsHeader && prose >= MIN_PROSE_BEFORE_COMMENTS) {
        double[] r = bestRegion(lines, i);
        if (r != null && r[2] >= MIN_PROSE_BEFORE_COMMENTS) {
          return new int[] {(int) r[0], (int) r[1]};
        }
        break;
      }
      if (l.isProse(MIN_STOP_RATIO)) {
        prose += l.words;
      }
    }
    double[] r = bestRegion(lines, lines.size());
    return r == null ? null : new int[] {(int) r[0], (int) r[1]};
  }

  /** Fewest name-and-description pairs that make a run a directory rather than an article. */
  static final int MIN_DIRECTORY_PAIRS = 6;
  /** Score the run found beside a directory must reach: two paragraphs or more of prose. */
  static final double MIN_BESIDE_DIRECTORY = 80;

  /**
   * The body run, or the best run outside it when it is a directory: the names of a publisher's
   * other sites, services or sections, each with a one-sentence description under it ("Weather
   * service: forecasts for every town."), pair after pair and nothing else. Such a footer can
   * outweigh a short article; an article's own subheadings head paragraphs of varied length, and
   * the run beside the directory must hold a few paragraphs of prose for the article to be there.
   */
  static int[] besideDirectory(List<Line> lines, int[] region) {
    if (!directory(lines, region[0], region[1])) {
      return region;
    }
    double[] other = bestRegion(lines, lines.size(), region[0] - 1, region[1]);
    return other == null || other[2] < MIN_BESIDE_DIRECTORY ? region : new int[] {(int) other[0], (int) other[1]};
  }

  /**
   * Whether lines [s, e] (and the label above s) are only name-and-description pairs: a short label
   * without a closing full stop, then one description of at most {@value #MAX_BLURB_WORDS} words.
   */
  static boolean directory(List<Line> lines, int s, int e) {
    if (s < 1) {
      return false;
    }
    int pairs = 0;
    for (int i = s; i <= e; i++) {
      Line l = lines.get(i);
      if (directoryLabel(l)) {
        if (i == e || directoryLabel(lines.get(i + 1))) {
          return false;
        }
      } else if (directoryLabel(lines.get(i - 1)) && l.words <= MAX_BLURB_WORDS && !l.bullet) {
        pairs++;
      } else {
        return false;
      }
    }
    return pairs >= MIN_DIRECTORY_PAIRS;
  }

  private static boolean directoryLabel(Line l) {
    // a brand may end in an exclamation mark, not in a full stop
    return !l.isProse(MIN_STOP_RATIO) && l.words <= 8 && !l.bullet
        && !(l.text.endsWith(".") || l.text.endsWith("。") || l.text.endsWith(":"));
  }

  /** Lines above the body run searched for an earlier part of the same article. */
  static final int JOIN_WINDOW = 60;
  /** Score the earlier part must reach on its own: a paragraph or more of prose. */
  static final double MIN_JOIN_SCORE = 20;
  /** Share of the earlier part's content words that the body run must also use. */
  static final double JOIN_OVERLAP = 0.3;
  /** Fewest content words the earlier part must have for that share to mean something. */
  static final int MIN_JOIN_WORDS = 12;

  /**
   * The body run with the earlier parts of the same article joined to it. Pages interrupt an
   * article with a registration or subscription prompt, a video box, a newsletter form or a list
   * of other stories; the run search stops at such a block, and when the part below it is the
   * longer one, the article's first paragraphs are lost. A run of prose above the body run, close
   * to it, with no comment section between, is joined when its content words come back in the
   * body run: it speaks of the same things. Teasers of other stories above an article share
   * fewer of its words.
   */
  static int[] joinAbove(List<Line> lines, int[] region, Set<String> stops) {
    int s = region[0];
    Set<String> body = null;
    for (int round = 0; round < 3 && s > 0; round++) {
      int from = Math.max(0, s - JOIN_WINDOW);
      double[] up = bestRegion(lines.subList(from, s), s - from);
      if (up == null || up[2] < MIN_JOIN_SCORE) {
        break;
      }
      int us = from + (int) up[0];
      int ue = from + (int) up[1];
      boolean stop = false;
      for (int i = ue + 1; i < s && !stop; i++) {
        // a byline or date line between them heads the body run: what stands above is the
        // standfirst, a summary or another story, not the article's first part
        Line l = lines.get(i);
        stop = l.commentsHeader || isHeadMarker(l, stops);
      }
      if (stop) {
        break;
      }
      if (body == null) {
        body = contentWords(lines, s, region[1], stops);
      }
      int n = 0;
      int hit = 0;
      for (int i = us; i <= ue; i++) {
        if (!lines.get(i).isProse(MIN_STOP_RATIO)) {
          continue;
        }
        for (String w : Text.lowerWords(lines.get(i).text)) {
          if (w.length() >= 4 && !stops.contains(w)) {
            n++;
            hit += body.contains(w) ? 1 : 0;
          }
        }
      }
      if (n < MIN_JOIN_WORDS || hit < JOIN_OVERLAP * n) {
        break;
      }
      for (int i = ue + 1; i < s; i++) {
        // the prompt or box between the parts is no part of the body
        lines.get(i).interruption = true;
      }
      s = us;
    }
    return s == region[0] ? region : new int[] {s, region[1]};
  }

  /** Lines below the body run searched for a list and the article's part after it. */
  static final int JOIN_BELOW_WINDOW = 60;
  /** Most lines of a list taken below the body run. */
  static final int MAX_LIST_LINES = 80;
  /** Share of the part's content words the body must use to join it across a box of teasers. */
  static final double TEASER_GAP_OVERLAP = 0.5;
  /** Fewest items of a list that ends the article. */
  static final int MIN_LIST_ITEMS = 3;
  /** Most words of one list item. */
  static final int MAX_ITEM_WORDS = 30;

  /**
   * Lines that announce what follows is no longer the article: other stories, more from the site,
   * where to read on. They open a teaser list, never the article's own list.
   */
  private static final Pattern END_MARKER =
      Pattern.compile(
          "^(?:related|more(?: from| on| stories| news)?|see also|also read|read (?:also|next|more)|don'?t miss"
              + "|recommended|popular|latest|trending|top stories|most (?:read|popular|viewed)|you might|you may|further reading"
              + "|mehr(?: zum thema| aus| von)?|auch interessant|lesen sie (?:auch|mehr)|weitere|verwandte|empfohlen|häufig gelesen|meistgelesen|am meisten gelesen"
              + "|à lire aussi|lire aussi|voir aussi|sur le même sujet|plus de|dans la même rubrique"
              + "|relacionad[oa]s|más (?:noticias|información|de)|lee también|ver también|te puede interesar"
              + "|leia também|veja também|mais (?:lidas|notícias)|leggi anche|potrebbe interessarti|correlat[oi]"
              + "|lees ook|meer nieuws|gerelateerd|läs också|les også|læs også|czytaj też|zobacz też"
              + "|читайте также|смотрите также|похожие|по теме|ещё|самые популярные|популярное|baca juga|lihat juga|artikel terkait"
              // labels of the article's tags
              + "|tags|topics|in this article|themen|schlagw[öo]rter|etiquetas|temas|mots-clés|argomenti)"
              + "(?![\\p{L}])"
              // related stories in Chinese, Japanese and Korean, often in brackets
              + "|^[【\\[（(]?(?:関連|相关|相關|관련)"
              // "read this too", "recommended", "most read" in Japanese, Chinese and Korean
              + "|^[【\\[（(]?(?:あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事|よく読まれている記事|人気記事"
              + "|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门文章|熱門文章|함께 (?:보면 좋은|볼만한)|많이 본 뉴스|추천 기사)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The end of the body with the lists that continue the article. The run search pays for each
   * short line, so a list that ends an article (ingredients, tour dates, the items a paragraph
   * announces with a colon) is left below the run, and so is any prose after it (the recipe's
   * steps, the text after a list of allowed foods). Two joins, mirroring {@link #joinAbove}:
   *
   * <ul>
   *   <li>a run of prose below, across a gap of list-like lines only, whose content words come back
   *       in the body run (it speaks of the same things), with no byline, date line, chrome, end
   *       marker or comment header between;
   *   <li>then a list right under the end: at least {@value #MIN_LIST_ITEMS} list-like lines that
   *       a colon announces, or that are numbered, bulleted or hold figures; a list of headlines
   *       (capitalised, no figures, no closing punctuation) is taken as teasers and left out.
   * </ul>
   *
   * Lines taken as list items are set in {@code listed}: the body keeps them though they are short.
   */
  static int joinBelow(List<Line> lines, int s, int e, Set<String> stops, java.util.BitSet listed) {
    Set<String> body = null;
    for (int round = 0; round < 3 && e + 1 < lines.size(); round++) {
      int gapEnd = listEnd(lines, e + 1, stops);
      int to = Math.min(lines.size(), Math.min(gapEnd + 1, e + 1 + JOIN_BELOW_WINDOW));
      if (to <= e + 1) {
        break;
      }
      // the first prose line of the part below stops the gap: search the part from there
      int first = -1;
      for (int i = e + 1; i < to; i++) {
        if (lines.get(i).isProse(MIN_STOP_RATIO) && !endMarker(lines.get(i))) {
          first = i;
          break;
        }
      }
      if (first < 0) {
        break;
      }
      // a gap of headlines or menu labels is a box of other stories' teasers, not the article's
      // list: the part below joins only when it plainly goes on with the article's subject
      boolean teaserGap = titleLike(lines, e + 1, first) * 2 > Math.max(2, first - e - 1);
      int lim = Math.min(lines.size(), first + JOIN_BELOW_WINDOW);
      double[] down = bestRegion(lines.subList(first, lim), lim - first);
      if (down == null || down[2] < MIN_JOIN_SCORE) {
        break;
      }
      int ds = first + (int) down[0];
      int de = first + (int) down[1];
      boolean stop = false;
      for (int i = first; i <= de && !stop; i++) {
        // before the part's best run, only prose and list items (a list between paragraphs); an
        // end marker or a byline inside it ends the part before it
        Line l = lines.get(i);
        if (l.commentsHeader || l.paywall || endMarker(l) || isHeadMarker(l, stops)) {
          stop = i <= ds;
          de = i - 1;
          while (de > ds && !lines.get(de).isProse(MIN_STOP_RATIO)) {
            de--;
          }
        } else if (i < ds && !l.isProse(MIN_STOP_RATIO) && !listItem(lines, i, stops)) {
          stop = true;
        }
      }
      if (stop || de < ds) {
        break;
      }
      if (body == null) {
        body = stemmedContentWords(lines, s, e, stops);
      }
      int n = 0;
      int hit = 0;
      for (int i = ds; i <= de; i++) {
        if (!lines.get(i).isProse(MIN_STOP_RATIO)) {
          continue;
        }
        for (String w : Text.lowerWords(lines.get(i).text)) {
          if (w.length() >= 4 && !stops.contains(w)) {
            n++;
            hit += body.contains(stem(w)) ? 1 : 0;
          }
        }
      }
      if (n < MIN_JOIN_WORDS || hit < (teaserGap ? TEASER_GAP_OVERLAP : JOIN_OVERLAP) * n) {
        break;
      }
      if (teaserGap) {
        // the teaser box is no part of the body
        for (int i = e + 1; i < first; i++) {
          lines.get(i).interruption = true;
        }
      } else {
        listed.set(e + 1, first);
      }
      for (int i = first; i < ds; i++) {
        if (!lines.get(i).isProse(MIN_STOP_RATIO)) {
          listed.set(i);
        }
      }
      e = de;
    }
    int end = listEnd(lines, e + 1, stops);
    if (end - e - 1 >= MIN_LIST_ITEMS && isArticleList(lines, e, end)) {
      listed.set(e + 1, end);
      e = end - 1;
    }
    return e;
  }

  /** The labels of an article's tags, which {@link #END_MARKER} also knows. */
  private static final Pattern TAG_LABEL =
      Pattern.compile("(?:tags|topics|in this article|themen|schlagw[öo]rter|etiquetas|temas|mots-clés|argomenti)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Most lines of a box (teasers, an advertisement, a sign-up form) crossed to the article's next part. */
  static final int MAX_BOX_LINES = 30;
  /** Fewest words of prose of the part below a box. */
  static final int MIN_BOX_PART_WORDS = 30;
  /** Share of the part's content words (stems) that must come back in the body to join it across a box. */
  static final double BOX_OVERLAP = 0.3;

  /**
   * The end of the body with the article's parts below boxes of further reading the run search
   * stops at: an end marker ("Mehr zum Thema", "Related", "Lire aussi") heads a box of other
   * stories' headlines, bylines and dates set between two of the article's paragraphs. The box is
   * short lines only; the part below it is the best run of prose right under it, cut before an end
   * marker, a byline or date line, a comment header or a paywall. It joins when its content words
   * come back in the body (it speaks of the same things) and it reads as paragraphs, not as
   * teasers: no byline or date right above it, no list of headline and blurb pairs (see {@link
   * #trimTeaserTail}), {@value #MIN_BOX_PART_WORDS} words or more a paragraph on average, and no
   * line the page shows twice. The box's lines are left out of the body.
   */
  static int joinAcrossBox(List<Line> lines, int s, int e, Set<String> stops) {
    Set<String> body = null;
    for (int round = 0; round < 4 && e + 1 < lines.size(); round++) {
      int first = -1;
      for (int i = e + 1; i < lines.size() && i <= e + 1 + MAX_BOX_LINES; i++) {
        Line l = lines.get(i);
        if (l.commentsHeader || l.paywall || (l.legal && l.words > 20)) {
          break;
        }
        if (l.isProse(MIN_STOP_RATIO)) {
          first = i;
          break;
        }
      }
      if (first < 0 || first == e + 1) {
        break;
      }
      // the box must say what it is: an end marker of further reading heads it, not the label of
      // the article's tags
      boolean headed = false;
      for (int i = e + 1; i < first && i <= e + 2; i++) {
        headed |= endMarker(lines.get(i)) && !TAG_LABEL.matcher(lines.get(i).text).lookingAt();
      }
      if (!headed) {
        break;
      }
      // a teaser's byline or date right above: the prose is its blurb
      if (isHeadMarker(lines.get(first - 1), stops) || teaserMeta(lines.get(first - 1))) {
        break;
      }
      int lim = Math.min(lines.size(), first + JOIN_BELOW_WINDOW);
      double[] down = bestRegion(lines.subList(first, lim), lim - first);
      if (down == null || (int) down[0] != 0) {
        break;
      }
      int de = first + (int) down[1];
      for (int i = first + 1; i <= de; i++) {
        Line l = lines.get(i);
        if (l.commentsHeader || l.paywall || endMarker(l) || isHeadMarker(l, stops)) {
          de = i - 1;
          break;
        }
      }
      while (de > first && !lines.get(de).isProse(MIN_STOP_RATIO)) {
        de--;
      }
      de = trimTeaserTail(lines, first - 1, de);
      if (de < first) {
        break;
      }
      if (body == null) {
        body = stemmedContentWords(lines, s, e, stops);
      }
      int words = 0;
      int paragraphs = 0;
      int n = 0;
      int hit = 0;
      for (int i = first; i <= de; i++) {
        if (!lines.get(i).isProse(MIN_STOP_RATIO)) {
          continue;
        }
        paragraphs++;
        if (lines.get(i).repeats > 0) {
          // the article's text again (a second copy of the page's body), or a teaser of it
          n = 0;
          break;
        }
        words += lines.get(i).words;
        for (String w : Text.lowerWords(lines.get(i).text)) {
          if (w.length() >= 4 && !stops.contains(w)) {
            n++;
            hit += body.contains(stem(w)) ? 1 : 0;
          }
        }
      }
      // teasers' blurbs are short; the article's paragraphs, on average, are not
      if (words < MIN_BOX_PART_WORDS * paragraphs || paragraphs == 0 || n < MIN_JOIN_WORDS
          || hit < BOX_OVERLAP * n) {
        break;
      }
      for (int i = e + 1; i < first; i++) {
        lines.get(i).interruption = true;
      }
      e = de;
    }
    return e;
  }

  /**
   * The first five letters of a word: a crude stem, enough to match the inflected forms of a noun
   * ("диета", "диеты", "диетой") when two parts of a text are compared.
   */
  static String stem(String w) {
    return w.length() <= 5 ? w : w.substring(0, w.offsetByCodePoints(0, Math.min(5, w.codePointCount(0, w.length()))));
  }

  /** The first line from {@code from} on that is no list item (the end of a list). */
  private static int listEnd(List<Line> lines, int from, Set<String> stops) {
    int i = from;
    while (i < lines.size() && i - from < MAX_LIST_LINES && listItem(lines, i, stops)) {
      i++;
    }
    return i;
  }

  /**
   * A line that may be an item of the article's list: short, not chrome, not said twice on the
   * page (template), not a byline; a date line only among other date lines (a schedule).
   */
  private static boolean listItem(List<Line> lines, int i, Set<String> stops) {
    Line l = lines.get(i);
    if (l.words == 0 || l.words > MAX_ITEM_WORDS || l.isProse(MIN_STOP_RATIO) || l.chrome || l.paywall
        || l.learnedChrome || l.legal || l.counter || l.credit || l.separator || l.commentsHeader
        || l.repeats > 0 || l.teaser || endMarker(l)) {
      return false;
    }
    if (BylineParser.parsePrefixed(l.text, stops) != null || BylineParser.BARE_PREFIX.matcher(l.text).matches()) {
      return false;
    }
    if (l.words <= 12 && hasDate(l)) {
      return (i > 0 && hasDate(lines.get(i - 1))) || (i + 1 < lines.size() && hasDate(lines.get(i + 1)));
    }
    return true;
  }

  private static boolean hasDate(Line l) {
    // every date form holds a digit: most list lines are turned down without the date patterns
    return l.words <= 30 && hasFigure(l.text, l.text.length()) && l.date() != null;
  }

  private static boolean endMarker(Line l) {
    return (l.words <= 12 || (l.cjk && l.text.length() <= 80)) && END_MARKER.matcher(l.text).find();
  }

  /**
   * Whether the lines (e, end) are the article's own list: announced by a colon (the run's last
   * line or the list's first), or mostly numbered, bulleted or holding figures, and not mostly
   * headlines of other stories.
   */
  private static boolean isArticleList(List<Line> lines, int e, int end) {
    int items = end - e - 1;
    boolean announced = lines.get(e).text.endsWith(":") || lines.get(e + 1).text.endsWith(":");
    int marked = 0;
    for (int i = e + 1; i < end; i++) {
      Line l = lines.get(i);
      if (l.bullet || l.numberedItem || hasFigure(l.text, l.text.length())) {
        marked++;
      }
    }
    return titleLike(lines, e + 1, end) * 3 < items && (announced || marked * 2 >= items);
  }

  /**
   * How many lines in [from, to) are set like headlines or menu labels: a capital first letter
   * (after any opening quote), no figure in the first two words, no closing punctuation. Lists of
   * other stories and menus are made of them; an article's list (ingredients, dates, items in
   * lower case, numbered points) mostly is not.
   */
  static int titleLike(List<Line> lines, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text;
      int k = 0;
      while (k < t.length() && !Character.isLetterOrDigit(t.charAt(k))) {
        k++;
      }
      if (k == t.length() || ":;,.!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
        continue;
      }
      int second = t.indexOf(' ', t.indexOf(' ', k) + 1);
      if (Character.isDigit(t.charAt(k)) ? numberedTitle(t)
          : Character.isUpperCase(t.codePointAt(k)) && !hasFigure(t, second < 0 ? t.length() : second)) {
        n++;
      }
    }
    return n;
  }

  /** "27 Oddest Medical Cases": a number, then three or more words all capitalised (a listicle's title). */
  private static boolean numberedTitle(String t) {
    String[] ws = t.split("\\s+");
    if (ws.length < 4 || !Character.isDigit(ws[0].charAt(0))) {
      return false;
    }
    for (int k = 1; k < ws.length; k++) {
      if (ws[k].isEmpty() || !Character.isUpperCase(ws[k].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasFigure(String t, int upTo) {
    for (int k = 0; k < upTo; k++) {
      if (Character.isDigit(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** A byline or a short date line: what stands between a head block and its article. */
  static boolean isHeadMarker(Line l, Set<String> stops) {
    if (l.words > 30) {
      return false;
    }
    // asked of the head block's lines by several rules, with the same two stopword sets
    return l.headMarker(stops, m -> headMarker(m, stops));
  }

  private static boolean headMarker(Line l, Set<String> stops) {
    if (BylineParser.parsePrefixed(l.text, stops) != null || BylineParser.BARE_PREFIX.matcher(l.text).matches()) {
      return true;
    }
    return l.date() != null
        && (l.words <= 12 || BylineParser.parseBare(l.text, stops) != null);
  }

  /** The stems of the content words of lines [s, e]: what a part of the page is compared with. */
  private static Set<String> stemmedContentWords(List<Line> lines, int s, int e, Set<String> stops) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : contentWords(lines, s, e, stops)) {
      out.add(stem(w));
    }
    return out;
  }

  /** Content words (4+ letters, not stopwords) of the prose lines in [s, e]. */
  private static Set<String> contentWords(List<Line> lines, int s, int e, Set<String> stops) {
    Set<String> out = new java.util.HashSet<>();
    for (int i = s; i <= e; i++) {
      if (lines.get(i).isProse(MIN_STOP_RATIO)) {
        for (String w : Text.lowerWords(lines.get(i).text)) {
          if (w.length() >= 4 && !stops.contains(w)) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  /** Words of prose that must precede a comment header for it to end the search. */
  static final int MIN_PROSE_BEFORE_COMMENTS = 50;

  /**
   * The [start, end, score] line range below {@code to} with the highest total weight (Kadane),
   * where each further line of a gap of non-prose lines costs more than the one before: one heading
   * between paragraphs is cheap, a block of teasers or a menu is not. The gap count is only halved,
   * not reset, by a prose line: a list of teasers (headline, author, date, one-line snippet) keeps
   * paying for its headlines, while paragraphs with a heading or picture now and then do not.
   */
  static double[] bestRegion(List<Line> lines, int to) {
    return bestRegion(lines, to, -1, -1);
  }

  /** The best run among lines [0, to) with lines [skipFrom, skipTo] taken as a barrier. */
  static double[] bestRegion(List<Line> lines, int to, int skipFrom, int skipTo) {
    double best = 0;
    int bestS = -1;
    int bestE = -1;
    double cur = 0;
    int curS = 0;
    int gap = 0;
    for (int i = 0; i < to; i++) {
      double w = i >= skipFrom && i <= skipTo ? BARRIER : weight(lines.get(i));
      if (w == BARRIER || lines.get(i).commentsHeader) {
        cur = 0;
        curS = i + 1;
        gap = 0;
        continue;
      }
      if (w <= 0 && lines.get(i).separator) {
        // a template label: it costs, but does not lengthen the gap
      } else if (w <= 0) {
        gap++;
        w -= 2.0 * (gap - 1);
      } else {
        gap = w >= 40 ? 0 : gap / 2;
      }
      if (cur + w <= 0) {
        cur = 0;
        curS = i + 1;
        gap = 0;
        continue;
      }
      cur += w;
      if (cur > best) {
        best = cur;
        bestS = curS;
        bestE = i;
      }
    }
    if (bestS < 0 || best < 10) {
      return null;
    }
    return new double[] {bestS, bestE, best};
  }

  /**
   * The body start after the head block the run may have swallowed. Pages set title, standfirst
   * and lead caption above the byline, date or photo credit, and the article below them; a long
   * standfirst scores like prose and pulls the run's start up. When a byline or date line (or a
   * credit right after the first line) stands among the first {@value #LEAD_IN_LINES} lines of the
   * run, with at most two prose lines above it, the body starts at the first prose line after the
   * last such line.
   */
  static int skipLeadIn(List<Line> lines, int s, int e, Set<String> stops) {
    int prose = 0;
    int blurbs = 0;
    int lastMarker = -1;
    for (int i = s; i <= e && i <= s + (prose > 0 && prose == blurbs ? TEASER_LEAD_IN_LINES : LEAD_IN_LINES); i++) {
      Line l = lines.get(i);
      if (l.repeatedBox) {
        // a teaser's byline in a box the template repeats between paragraphs
        continue;
      }
      boolean byline = BylineParser.parsePrefixed(l.text, stops) != null
          || BylineParser.BARE_PREFIX.matcher(l.text).matches()
          || (l.words <= 12 && l.date() != null)
          || (l.words <= 30 && l.date() != null && BylineParser.parseBare(l.text, stops) != null);
      // a picture credit marks a lead-in only right after the first line (the lead caption)
      if (byline || (l.credit && prose <= 1)) {
        lastMarker = i;
        continue;
      }
      if (l.isProse(MIN_STOP_RATIO)) {
        // a teaser's blurb under its headline: the run may have started in a list of other
        // stories above the article's own head
        Line prev = i > 0 ? lines.get(i - 1) : null;
        if (l.words <= MAX_BLURB_WORDS && prev != null && !prev.isProse(MIN_STOP_RATIO)
            && prev.words >= 3 && prev.words <= 20 && !prev.text.endsWith(".")) {
          blurbs++;
        }
        if ((++prose > 2 && prose != blurbs) || l.words > 80) {
          break;
        }
      }
    }
    if (lastMarker < 0) {
      return s;
    }
    for (int j = lastMarker + 1; j <= e; j++) {
      if (lines.get(j).isProse(MIN_STOP_RATIO)) {
        return j;
      }
    }
    return s;
  }

  /** Lines searched for the article's head when the run starts with teasers (headline and blurb). */
  static final int TEASER_LEAD_IN_LINES = 24;

  /** Fewest heading-and-blurb pairs that make a teaser list. */
  static final int MIN_TEASER_PAIRS = 2;
  /** Most words of a teaser's blurb. */
  static final int MAX_BLURB_WORDS = 50;
  /** Most words of a teaser's blurb under a meta line (author, date): a longer excerpt. */
  static final int MAX_METABLURB_WORDS = 100;

  /**
   * The end of the body before a list of teasers the run ran on into: other stories shown as a
   * heading with a one-paragraph blurb, pair after pair, up to the end of the run. An article's own
   * subheadings are followed by several paragraphs, at least before its last one.
   */
  static int trimTeaserTail(List<Line> lines, int s, int e) {
    int end = e;
    int pairs = 0;
    int cut = -1;
    int i = e;
    while (i - 1 > s) {
      Line blurb = lines.get(i);
      boolean isBlurb = blurb.isProse(MIN_STOP_RATIO) && blurb.words <= MAX_METABLURB_WORDS;
      if (!isBlurb) {
        break;
      }
      // a teaser may set its time or a kicker between headline and blurb ("Heute, 11:07 Uhr"), or
      // its author and date on two lines
      int h = i - 1;
      int metas = 0;
      while (metas < 2 && h - 1 > s && teaserMeta(lines.get(h))) {
        h--;
        metas++;
      }
      if (metas == 0 && blurb.words > MAX_BLURB_WORDS) {
        break;
      }
      Line head = lines.get(h);
      boolean isHead = !head.isProse(MIN_STOP_RATIO) && head.words >= 3 && head.words <= 20
          && !head.text.endsWith(".") && !head.bullet && !teaserMeta(head) && !closesWithCredit(head);
      if (!isHead) {
        break;
      }
      pairs++;
      cut = h;
      i = h - 1;
      if (i - 1 > s && teaserMeta(lines.get(i))) {
        // or above the headline
        cut = i;
        i--;
      }
    }
    if (pairs >= MIN_TEASER_PAIRS && cut > s) {
      end = cut - 1;
      while (end > s && !lines.get(end).isProse(MIN_STOP_RATIO)) {
        end--;
      }
    }
    return end;
  }

  /** Words of prose the run must hold above and below a break for it to end the article there. */
  static final int MIN_PART_WORDS = 60;
  /**
   * Share of the content words below a break, at most, that come back above it for the part below
   * to be another story. Paragraphs of one article share a fifth or more of their words (stems)
   * with the paragraphs before them; an appended story on another subject a tenth or less.
   */
  static final double OTHER_STORY_OVERLAP = 0.12;
  /**
   * Words of prose on each side of a break for the part below to be taken as another story. Word
   * overlap says little about shorter parts (a closing quote shares few words with the report); and
   * when the part above is less than half the part below, the run more likely started in a box
   * above the article than ran on into another one, so the run is left whole.
   */
  static final int MIN_STORY_WORDS = 150;
  /** Lines of a head block searched above and below a break. */
  static final int BREAK_BLOCK_LINES = 12;

  /**
   * The end of the body before another story the run ran on into. Pages append the next article
   * (its headline, standfirst, byline and date, then its text), or set a block of other stories'
   * headlines under an end marker ("More stories", "Lesen Sie auch") between the article and
   * more text. A byline, a date line or an end marker inside the run, with a paragraph or more of
   * prose on both sides, is a break; the block of short lines around it (an isolated
   * standfirst-like prose line included) is set off, and the prose below is compared with the
   * prose above: when few of its content words come back above, it is another story and the body
   * ends before the block. When they do come back, the article goes on, and a block that an end
   * marker opened (teasers set between its paragraphs) is dropped from the body.
   */
  static int cutAtOtherStory(List<Line> lines, int s, int e, Set<String> stops) {
    int above = 0;
    for (int i = s; i <= e; i++) {
      Line l = lines.get(i);
      if (l.isProse(MIN_STOP_RATIO)) {
        above += l.words;
        continue;
      }
      boolean marker = endMarker(l);
      if (above < MIN_PART_WORDS || !(marker || isHeadMarker(l, stops))) {
        continue;
      }
      // the block of short lines around the break, with a standfirst between the other story's
      // headline and its byline
      int bs = i;
      while (bs - 1 > s && i - (bs - 1) <= BREAK_BLOCK_LINES) {
        Line u = lines.get(bs - 1);
        if (!u.isProse(MIN_STOP_RATIO)
            || (u.words <= MAX_BLURB_WORDS && !lines.get(bs - 2).isProse(MIN_STOP_RATIO))) {
          bs--;
        } else {
          break;
        }
      }
      int be = i;
      while (be + 1 <= e && !lines.get(be + 1).isProse(MIN_STOP_RATIO) && be - i < BREAK_BLOCK_LINES) {
        be++;
      }
      Set<String> up = new java.util.HashSet<>();
      for (String w : contentWords(lines, s, bs - 1, stops)) {
        up.add(stem(w));
      }
      int below = 0;
      int n = 0;
      int hit = 0;
      for (int k = be + 1; k <= e; k++) {
        if (!lines.get(k).isProse(MIN_STOP_RATIO)) {
          continue;
        }
        below += lines.get(k).words;
        for (String w : Text.lowerWords(lines.get(k).text)) {
          if (w.length() >= 4 && !stops.contains(w)) {
            n++;
            hit += up.contains(stem(w)) ? 1 : 0;
          }
        }
      }
      if (above >= MIN_STORY_WORDS && below >= MIN_STORY_WORDS && 2 * above >= below
          && hit < OTHER_STORY_OVERLAP * n) {
        int end = bs - 1;
        while (end > s && !lines.get(end).isProse(MIN_STOP_RATIO)) {
          end--;
        }
        return end;
      }
      if (marker && below >= MIN_PART_WORDS) {
        // teasers set as headline and one-line blurb, pair after pair, under the marker
        int pe = teaserPairsBelow(lines, i, e);
        if (pe > be) {
          be = pe;
          for (int k = i + 1; k <= be; k++) {
            lines.get(k).interruption = true;
          }
        }
        // the block; but a single short line between the marker and the next paragraph is the
        // article's own subheading, no teaser
        for (int k = bs; k <= (be == i + 1 ? i : be); k++) {
          if (!lines.get(k).isProse(MIN_STOP_RATIO)) {
            lines.get(k).interruption = true;
          }
        }
      }
      i = be;
    }
    return e;
  }

  /** Words of a teaser's blurb, at most, in a pair under an end marker. */
  static final int MAX_PAIR_BLURB_WORDS = 30;

  /**
   * The last line of the teasers an end marker at {@code i} opens when they are set as headline
   * and short blurb ({@value #MAX_PAIR_BLURB_WORDS} words at most), at least {@value
   * #MIN_TEASER_PAIRS} pairs in a row; {@code i} when there are fewer. An article's subheading
   * under the marker heads a paragraph longer than a blurb, or stands alone.
   */
  static int teaserPairsBelow(List<Line> lines, int i, int e) {
    int k = i + 1;
    int pairs = 0;
    while (k + 1 <= e) {
      Line head = lines.get(k);
      Line blurb = lines.get(k + 1);
      boolean isHead = !head.isProse(MIN_STOP_RATIO) && head.words >= 3 && head.words <= 20 && !head.endsSentence
          && !head.bullet;
      boolean isBlurb = blurb.words >= 5 && blurb.words <= MAX_PAIR_BLURB_WORDS && !blurb.bullet
          && (blurb.isProse(MIN_STOP_RATIO) || blurb.endsSentence);
      if (!isHead || !isBlurb) {
        break;
      }
      pairs++;
      k += 2;
    }
    return pairs >= MIN_TEASER_PAIRS ? k - 1 : i;
  }

  /**
   * A teaser's time line: "Heute, 11:07 Uhr", "Vor 3 Stunden", "12.05.2025, 10:21 Uhr", "5 min
   * read". Every figure of a date and time counts as a word, so a full date with its time is eight.
   */
  private static boolean teaserMeta(Line l) {
    return l.words <= 8 && !l.isProse(MIN_STOP_RATIO)
        && (l.counter || TIME_OF_DAY_FAST.find(l.text, l.folded()) || l.date() != null
            || nameLine(l.text));
  }

  /**
   * A teaser's author set on a line of its own: two to four words, each capitalised ("Jane Doe",
   * "Sen. Jane Doe"), nothing closing it.
   */
  static boolean nameLine(String t) {
    String[] ws = t.strip().split("\\s+");
    if (ws.length < 2 || ws.length > 4 || !Character.isLetter(t.charAt(t.length() - 1))) {
      return false;
    }
    for (String w : ws) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> bodyLines(
      List<Line> lines, int s, int e, Map<String, String> captions, Set<String> stops,
      java.util.BitSet listed) {
    List<Line> kept = new ArrayList<>();
    for (int i = s; i <= e; i++) {
      Line l = lines.get(i);
      boolean prose = l.isProse(MIN_STOP_RATIO);
      if (l.learnedChrome || l.counter || l.legal || l.separator || l.commentsHeader || l.interruption
          || (l.chrome && !prose)) {
        continue;
      }
      if (!prose && mediaTime(l)) {
        // a player's running time, a media link's or a teaser's time: the clip's title may stand below it
        if (ChromeLexicon.RUNNING_TIME.matcher(l.text).matches() && i + 1 <= e && clipTitle(lines.get(i + 1))) {
          i++;
        }
        continue;
      }
      if (l.words <= MAX_BAR_HEADLINE_WORDS && capsLabelledHeadline(l.text)) {
        // "WATCH | <a clip's title>", "FOCUS | <another story's headline>" between the paragraphs
        continue;
      }
      if (l.words >= MIN_CAPS_TEASER_WORDS && l.words <= MAX_BAR_HEADLINE_WORDS && !l.text.endsWith(".")
          && capitalsOnly(l.text)) {
        // another story's headline set in capitals between the paragraphs: a desk's own
        // subheading in capitals is short ("WHO IS THE FRONT-RUNNER?")
        continue;
      }
      if (l.words <= MAX_ITEM_WORDS && !l.cjk && labelledTeaser(l.text)) {
        // "Read more: <another story's headline>" between the paragraphs
        continue;
      }
      if (l.words <= NOTICE_WORDS && endsInWordOf(l.text, MORE_LINK_LAST_WORDS) && MORE_LINK.matcher(l.text).find()) {
        // a teaser closed by its link ("… überfordert. mehr", "… | more"), under its headline
        if (!kept.isEmpty() && kept.get(kept.size() - 1).index == i - 1 && clipTitle(kept.get(kept.size() - 1))) {
          kept.remove(kept.size() - 1);
        }
        continue;
      }
      if (l.words <= SIGNUP_FORM_WORDS && signUpForm(lines, i, s, e)) {
        // a newsletter form's messages between the paragraphs, and its other requests
        continue;
      }
      if (l.words <= NOTICE_WORDS && ChromeLexicon.isNotice(l.text, l.folded())) {
        // a note on the text: affiliate links, machine translation, a generated summary
        continue;
      }
      if (l.credit && !prose && !(creditInSecondHalf(l.text) && l.words >= 10)) {
        // a credit line of its own: the line above it is the caption
        if (!kept.isEmpty()) {
          Line prev = kept.get(kept.size() - 1);
          if (prev.words <= 50 && prev.index == i - 1) {
            kept.remove(kept.size() - 1);
            captions.putIfAbsent(prev.key, prev.text);
          }
        }
        continue;
      }
      if ((l.adjacentDuplicate && l.words < 60)
          || closesWithCredit(l)
          || (l.words < 60 && (gluedCredit(l.text) || cjkCaptionCredit(l.text) || CAPTION_POSITION_FAST.find(l.text, l.folded())))) {
        // an image's alt text and caption, or a caption ending in its credit "(Picture: PA)"
        captions.putIfAbsent(l.key, l.text);
        continue;
      }
      if (!prose && !listed.get(i)) {
        if (l.bullet && l.words < 4) {
          continue;
        }
        if (l.words <= MAX_ATTRIBUTION_WORDS && !l.endsSentence && !l.isAllCaps() && !kept.isEmpty()
            && kept.get(kept.size() - 1).index == i - 1 && closesQuoteOrSentence(kept.get(kept.size() - 1).text)
            && ATTRIBUTION.matcher(l.text).matches()) {
          // the speaker of a quote set off from the text: "Jane Doe, Professor of Law"
          continue;
        }
        if (l.words <= CONTROL_LINE_WORDS && (ChromeLexicon.hasUiControl(l.text, l.folded()) || MEDIA_LABEL.matcher(l.text).matches())) {
          // a player's or a gallery's control, a media label, a picture counter ("1/12", "44 Bilder")
          continue;
        }
        if (l.words <= 8 && l.date() != null) {
          continue;
        }
        if (BylineParser.parsePrefixed(l.text, stops) != null) {
          continue;
        }
      }
      kept.add(l);
    }
    dropSummaryPoints(kept);
    dropKickerTeasers(kept, listed);
    dropRepeatedLabels(kept);
    cutPromoTail(kept, stops);
    // A body neither starts nor ends with a heading-like line.
    while (!kept.isEmpty() && !kept.get(kept.size() - 1).isProse(MIN_STOP_RATIO)
        && !kept.get(kept.size() - 1).endsSentence && !listed.get(kept.get(kept.size() - 1).index)) {
      kept.remove(kept.size() - 1);
    }
    List<String> out = new ArrayList<>(kept.size());
    for (Line l : kept) {
      out.add(l.text);
    }
    return out;
  }

  /** Most words of a sign-up form's message. */
  static final int SIGNUP_FORM_WORDS = 30;
  /** Lines around a sign-up form's message searched for its other messages. */
  static final int SIGNUP_FORM_REACH = 3;

  /**
   * Whether line {@code i} belongs to a newsletter sign-up form: it is one of the form's messages
   * ({@link ChromeLexicon#SIGNUP_FORM}) or a request to sign up ({@link ChromeLexicon#PROMO}), and
   * another message of the form stands within {@value #SIGNUP_FORM_REACH} lines. An article that
   * speaks of a newsletter once is left alone; a form says two such things together.
   */
  static boolean signUpForm(List<Line> lines, int i, int s, int e) {
    Line l = lines.get(i);
    boolean message = ChromeLexicon.isSignUpForm(l.text, l.folded());
    if (!message && !ChromeLexicon.isPromo(l.text, l.folded())) {
      return false;
    }
    for (int j = Math.max(s, i - SIGNUP_FORM_REACH); j <= Math.min(e, i + SIGNUP_FORM_REACH); j++) {
      Line o = lines.get(j);
      if (j != i && o.words <= SIGNUP_FORM_WORDS && ChromeLexicon.isSignUpForm(o.text, o.folded())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A teaser's link to the story closing its blurb or headline, after a stop or a separator:
   * "… sie sei überfordert. mehr", "… gegen späteren Ruhestand | mehr", "… the vote. Read more".
   */
  static final Pattern MORE_LINK =
      Pattern.compile(
          "(?:[.!?\"”»]|\\s[|›»>])\\s*(?:mehr|more|read more|mehr lesen|weiterlesen|zum artikel|plus|lire la suite"
              + "|más|leer más|leia mais|leggi tutto|meer|lees meer|mer|les mer|läs mer|læs mere)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The last words of {@link #MORE_LINK}'s labels: a line ending in none of them has no match. */
  static final String[] MORE_LINK_LAST_WORDS =
      {"mehr", "more", "lesen", "artikel", "plus", "suite", "más", "mais", "tutto", "meer", "mer", "mere"};

  /**
   * Whether {@code t}, without the white space (or line terminator) at its end, ends in one of
   * {@code words}, in any case: the cheap test in front of an end-anchored pattern of those words.
   */
  static boolean endsInWordOf(String t, String[] words) {
    int end = t.length();
    while (end > 0 && (isSpace(t.charAt(end - 1)) || "\u0085\u2028\u2029".indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    for (String w : words) {
      if (end >= w.length() && t.regionMatches(true, end - w.length(), w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Words of a quote's attribution line, at most. */
  static final int MAX_ATTRIBUTION_WORDS = 14;

  /**
   * A quote's attribution on a line of its own under it: a name of two to four capitalised words,
   * one comma, and the speaker's role or affiliation ("Jane Doe, Universität Leipzig", "Juan
   * Pérez, director de la fundación"). A second comma makes it a list or an address.
   */
  static final Pattern ATTRIBUTION =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:von|van|de|der|den|da|di|du|del|la|le|al|bin|ter)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,3}"
              + ",\\s+[^,.!?:;()]{2,80}");

  /** A line ending a sentence, maybe inside quotation marks set off by spaces ("… de nouveau. »"). */
  private static boolean closesQuoteOrSentence(String t) {
    return Line.endsSentence(t.replaceAll("[\\s\u00a0\u202f»”\"']+$", ""));
  }

  /** Words of a line, at most, that a page control's word or a media label makes a control. */
  static final int CONTROL_LINE_WORDS = 2;

  /** A media item's label or a gallery's picture counter alone on a line: "Video", "1/12", "44 Bilder". */
  static final Pattern MEDIA_LABEL =
      Pattern.compile(
          "(?:video|vídeo|audio|image|imagen|immagine|bild|foto|photo|galerie|gallery|podcast|grafik|infografik"
              + "|\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{1,3} (?:bilder|fotos|photos|images|pictures|imágenes|immagini|foto|bilder))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Most words of a caption or title that a clip's running time closes. */
  static final int MEDIA_CAPTION_WORDS = 40;
  /** Most words of a clip's title below its running time. */
  static final int CLIP_TITLE_WORDS = 16;

  /**
   * A line that is a clip's running time, a clock time or a relative time alone ({@link
   * ChromeLexicon#RUNNING_TIME}, {@link ChromeLexicon#CLOCK_TIME}, {@link ChromeLexicon#RELATIVE_TIME}),
   * or a short media title or caption that a running time closes ({@link ChromeLexicon#MEDIA_TAIL}).
   */
  static boolean mediaTime(Line l) {
    if (l.words <= 5 && ChromeLexicon.RELATIVE_TIME.matcher(l.text).matches()) {
      return true;
    }
    if (l.words > MEDIA_CAPTION_WORDS || l.text.indexOf(':') < 0) {
      return false;
    }
    return ChromeLexicon.RUNNING_TIME.matcher(l.text).matches() || ChromeLexicon.CLOCK_TIME.matcher(l.text).matches()
        || ChromeLexicon.MEDIA_TAIL.matcher(l.text).find();
  }

  /** The title of a clip below its running time: a short line that is no sentence. */
  private static boolean clipTitle(Line l) {
    return !l.isProse(MIN_STOP_RATIO) && !l.endsSentence && l.words >= 3 && l.words <= CLIP_TITLE_WORDS && !l.bullet;
  }

  /** Kicker headlines in a row, at least, that are taken for a block of teasers. */
  static final int MIN_KICKER_TEASERS = 2;

  /** A teaser's headline behind its kicker: "Archäologie: Simple Erklärung für …", "Energy: Ministers agree …". */
  private static final Pattern KICKER_HEADLINE =
      Pattern.compile("^[\"„“«‚‘']?\\p{Lu}[^:.!?]{0,40}[\"“”»’']?:\\s+[\"„“«‚‘']?\\p{Lu}");

  /** Words after the kicker, at least and at most, in a teaser's headline. */
  static final int MIN_KICKER_HEAD_WORDS = 4;
  static final int MAX_KICKER_HEAD_WORDS = 18;

  /**
   * A headline with a kicker as teaser blocks set other stories: a capitalised label of a few words
   * and a colon, then a capitalised headline of {@value #MIN_KICKER_HEAD_WORDS} to {@value
   * #MAX_KICKER_HEAD_WORDS} words with no closing stop. A figure as the label ("1997: …") is a
   * timeline's entry, a lower-case word after the colon a verdict or a spec ("We like: …"), and
   * names listed with commas ("Group A: Spain, Italy, …") a table's row.
   */
  static boolean kickerHeadline(Line l) {
    if (l.cjk || l.endsSentence || l.isProse(MIN_STOP_RATIO) || l.text.endsWith(";")) {
      return false;
    }
    Matcher m = KICKER_HEADLINE.matcher(l.text);
    if (!m.lookingAt()) {
      return false;
    }
    String head = l.text.substring(l.text.indexOf(':') + 1);
    int words = Text.countWords(head);
    int commas = 0;
    for (int i = 0; i < head.length(); i++) {
      commas += head.charAt(i) == ',' ? 1 : 0;
    }
    return words >= MIN_KICKER_HEAD_WORDS && words <= MAX_KICKER_HEAD_WORDS && commas <= 1;
  }

  /**
   * Removes blocks of other stories' headlines set between or after the paragraphs: at least
   * {@value #MIN_KICKER_TEASERS} kicker headlines ({@link #kickerHeadline}) in a row, bulleted or
   * not, with no line above announcing them as a list and none taken in as a list below the run. An article's own subheadings stand one at a time between
   * paragraphs; when such a block runs right into a paragraph, its last line may be the subheading
   * of that paragraph and stays, if the block is long enough without it.
   */
  static void dropKickerTeasers(List<Line> kept, java.util.BitSet listed) {
    int i = 0;
    while (i < kept.size()) {
      int j = i;
      while (j < kept.size() && kickerHeadline(kept.get(j)) && !listed.get(kept.get(j).index)) {
        j++;
      }
      boolean announced = i > 0 && kept.get(i - 1).text.endsWith(":");
      if (j - i >= MIN_KICKER_TEASERS && !announced) {
        int end = j;
        if (j < kept.size() && kept.get(j).isProse(MIN_STOP_RATIO) && j - 1 - i >= MIN_KICKER_TEASERS) {
          end = j - 1;
        }
        kept.subList(i, end).clear();
        i = i + (j - end) + 1;
        continue;
      }
      i = Math.max(j, i + 1);
    }
  }

  /** Bulleted points in a row, at least, that make a summary box at the body's start. */
  static final int MIN_SUMMARY_POINTS = 2;
  /** Words of one point of a summary box, at most. */
  static final int MAX_SUMMARY_POINT_WORDS = 40;
  /** Lines of the body, at most, above the first point of a summary box. */
  static final int SUMMARY_BOX_START = 3;
  /** Words of the box's title ("In brief", "Kort fortalt"), at most. */
  static final int SUMMARY_TITLE_WORDS = 6;

  /**
   * Removes the summary box set at the start of an article ("Key points", "In Kürze", "Kort
   * fortalt"): {@value #MIN_SUMMARY_POINTS} or more bulleted points in a row among the first
   * lines of the body, each one sentence of at most {@value #MAX_SUMMARY_POINT_WORDS} words, and
   * the box's short title right above them. The article tells the same again below. A list that
   * is part of the text is set later, or in points of several sentences, or in items that are no
   * sentences (a recipe's ingredients), and stays.
   */
  static void dropSummaryPoints(List<Line> kept) {
    for (int i = 0; i < kept.size() && i <= SUMMARY_BOX_START; i++) {
      if (!kept.get(i).bullet) {
        continue;
      }
      int j = i;
      while (j < kept.size() && summaryPoint(kept.get(j))) {
        j++;
      }
      if (j - i >= MIN_SUMMARY_POINTS && j < kept.size() && !kept.get(j).bullet) {
        int from = i;
        while (from > 0 && !kept.get(from - 1).endsSentence && kept.get(from - 1).words <= SUMMARY_TITLE_WORDS) {
          from--;
        }
        kept.subList(from, j).clear();
      }
      return;
    }
  }

  /** A point of a summary box: a bulleted line of one sentence. */
  private static boolean summaryPoint(Line l) {
    if (!l.bullet || !l.endsSentence || l.words > MAX_SUMMARY_POINT_WORDS) {
      return false;
    }
    String t = l.text;
    for (int k = 0; k + 2 < t.length(); k++) {
      char c = t.charAt(k);
      if ((c == '.' || c == '!' || c == '?') && t.charAt(k + 1) == ' ' && Character.isUpperCase(t.charAt(k + 2))) {
        return false;
      }
    }
    return true;
  }

  /** Words of a line in capitals, at least, that make it another story's headline, not a subheading. */
  static final int MIN_CAPS_TEASER_WORDS = 8;

  /**
   * Whether every letter of {@code t} is a capital, ten letters at least: a line in a script
   * without capitals (Hangul, Devanagari, kana) is none, even with a Latin acronym in it.
   */
  static boolean capitalsOnly(String t) {
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 10;
  }

  /** Words of a headline under a capitals label and a bar, at most, with the label. */
  static final int MAX_BAR_HEADLINE_WORDS = 25;
  /** Words of the capitals label before the bar, at most. */
  static final int MAX_BAR_LABEL_WORDS = 5;

  /**
   * A link to a clip or another story set as a label in capitals, a bar and a headline: "WATCH |
   * Crowds gather outside the court", "DOSSIER | Wie die Stadt ihre Brücken saniert". A desk sets
   * its own subheadings without such a label; the headline after the bar ends in no full stop (a
   * colon may announce the clip) and has three words or more.
   */
  static boolean capsLabelledHeadline(String t) {
    int bar = t.indexOf(" | ");
    if (bar < 2 || bar + 3 >= t.length()) {
      return false;
    }
    int letters = 0;
    for (int k = 0; k < bar; k++) {
      char c = t.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    String head = t.substring(bar + 3).strip();
    char last = head.isEmpty() ? '.' : head.charAt(head.length() - 1);
    return letters >= 2 && Text.countWords(t.substring(0, bar)) <= MAX_BAR_LABEL_WORDS
        && Text.countWords(head) >= 3 && ".!…。！".indexOf(last) < 0;
  }

  /** Words of a line, at most, that a second copy of it in the body makes a template's label. */
  static final int MAX_REPEATED_LABEL_WORDS = 15;

  /**
   * Removes the short lines that stand twice or more between the paragraphs of the body: a
   * template's labels ("Article content", "Story continues below", "Show more"), a gallery's
   * buttons, an image's caption set again under its credit, a teaser's section label. An
   * article's own text does not say the same short thing twice. A line that ends a sentence or
   * announces what follows (a colon at its end), and a note in brackets (a cited source, "[CNN]"),
   * is the text's own and stays.
   */
  static void dropRepeatedLabels(List<Line> kept) {
    Map<String, Integer> seen = null;
    for (Line l : kept) {
      if (repeatableLabel(l)) {
        if (seen == null) {
          seen = new java.util.HashMap<>();
        }
        seen.merge(l.key, 1, Integer::sum);
      }
    }
    if (seen == null) {
      return;
    }
    Map<String, Integer> counts = seen;
    kept.removeIf(l -> repeatableLabel(l) && counts.get(l.key) >= 2);
  }

  private static boolean repeatableLabel(Line l) {
    if (l.endsSentence || l.words > MAX_REPEATED_LABEL_WORDS || l.key.isEmpty()) {
      return false;
    }
    char first = l.text.charAt(0);
    char last = l.text.charAt(l.text.length() - 1);
    return last != ':' && first != '(' && first != '[';
  }

  /**
   * A link to another story under an end marker's label on the same line: "Read more: …",
   * "ALSO READ | …", "Lire aussi : …". Short ones are end markers themselves; this also takes the
   * long headlines.
   */
  static boolean labelledTeaser(String t) {
    Matcher m = END_MARKER.matcher(t);
    if (!m.lookingAt()) {
      return false;
    }
    // the label may name what it links to ("Verwandte Artikel:", "Related stories |")
    Matcher n = LABEL_NOUN.matcher(t).region(m.end(), t.length());
    int k = n.lookingAt() ? n.end() : m.end();
    while (k < t.length() && t.charAt(k) == ' ') {
      k++;
    }
    return k + 1 < t.length() && ":|»›".indexOf(t.charAt(k)) >= 0;
  }

  /** What a "read also" label links to: articles, stories, news. */
  private static final Pattern LABEL_NOUN =
      Pattern.compile("\\s+(?:articles?|stories|story|news|artikel|beiträge|nachrichten|noticias|artículos|notizie|articoli"
          + "|notícias|artigos|artikelen|nieuws)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Most words of a note about the text ({@link ChromeLexicon#NOTICE}) left out of the body. */
  static final int NOTICE_WORDS = 60;

  /** Share of the body's words, at the end, in which a request to the reader may end it. */
  static final double PROMO_TAIL_SHARE = 0.4;
  /** Words of prose below a request, at most, that end the body with it whatever they say. */
  static final int PROMO_TAIL_WORDS = 25;
  /** Share of the content words below a request that must come back above for the article to go on. */
  static final double PROMO_OVERLAP = 0.2;

  /**
   * Removes the boxes that follow an article and ask the reader for something (a newsletter
   * sign-up, a subscription offer, a call for donations or feedback, see {@link
   * ChromeLexicon#PROMO}), and what stands below them. Such a box is often set in sentences and
   * the run takes it in. A request line in the last {@value #PROMO_TAIL_SHARE} of the body ends
   * it when the prose below is short or speaks of other things (few of its content words come
   * back above), the box's other requests below it left out of that count; a sign-up box between two parts of the article is followed by more of the
   * article and stays (its short lines are chrome anyway). Short heading lines right above the
   * request (the box's title) go with it. The heading of a box about the author ({@link
   * ChromeLexicon#AUTHOR_BOX}) ends the body the same way when a short bio follows it.
   */
  static void cutPromoTail(List<Line> kept, Set<String> stops) {
    int total = 0;
    for (Line l : kept) {
      total += l.words;
    }
    int above = 0;
    for (int k = 0; k < kept.size(); k++) {
      Line l = kept.get(k);
      boolean authorBox = l.words <= 6 && !l.isProse(MIN_STOP_RATIO) && ChromeLexicon.AUTHOR_BOX.matcher(l.text).matches();
      // an appeal for support may run long, but at most a note (the author's) follows it
      boolean last = l.words > MAX_METABLURB_WORDS && proseAfter(kept, k) <= PROMO_TAIL_WORDS;
      if (above >= MIN_PART_WORDS && above >= (1 - PROMO_TAIL_SHARE) * (last ? total - l.words : total)
          && (l.words <= MAX_METABLURB_WORDS || last) && (authorBox || ChromeLexicon.isPromo(l.text, l.folded()))) {
        Set<String> up = new java.util.HashSet<>();
        for (int j = 0; j < k; j++) {
          if (kept.get(j).isProse(MIN_STOP_RATIO)) {
            for (String w : Text.lowerWords(kept.get(j).text)) {
              if (w.length() >= 4 && !stops.contains(w)) {
                up.add(stem(w));
              }
            }
          }
        }
        int below = 0;
        int n = 0;
        int hit = 0;
        for (int j = k + 1; j < kept.size(); j++) {
          Line b = kept.get(j);
          // the box's other requests go with it, whatever they say
          if (!b.isProse(MIN_STOP_RATIO) || (b.words <= MAX_METABLURB_WORDS && ChromeLexicon.isPromo(b.text, b.folded()))) {
            continue;
          }
          below += b.words;
          for (String w : Text.lowerWords(b.text)) {
            if (w.length() >= 4 && !stops.contains(w)) {
              n++;
              hit += up.contains(stem(w)) ? 1 : 0;
            }
          }
        }
        // a request closing with a colon announces its box (a liveblog's teaser, a sign-up form)
        boolean announces = l.text.endsWith(":") && below < MIN_PART_WORDS;
        if (below <= PROMO_TAIL_WORDS || announces || (authorBox ? below <= MAX_METABLURB_WORDS : hit < PROMO_OVERLAP * n)) {
          int cut = k;
          while (cut - 1 > 0 && !kept.get(cut - 1).isProse(MIN_STOP_RATIO) && kept.get(cut - 1).words <= 8) {
            cut--;
          }
          kept.subList(cut, kept.size()).clear();
          return;
        }
      }
      above += l.words;
    }
  }

  /**
   * A credit label glued to the caption before it, as a dump writes two elements with nothing
   * between: "… beides von GIVENCHY.Foto: Jane Doe", "… at the World CupCredit: PA", "… nach
   * Hause.Bild: Jane Doe". The label follows a small letter or a full stop without a space.
   */
  static final Pattern GLUED_CREDIT_LABEL =
      Pattern.compile("[\\p{Ll}.!?)\"”»](?:Fotos?|Photos?|Photograph|Credits?|Bild(?:er)?|Image|Crédits?|Imagen|Immagine|Kuva|Zdjęcie)\\s?:\\s*\\S");
  /**
   * A picture agency or photographer glued to a caption's full stop and closing the line: "… kommen.Unsplash/Jane
   * Doe", "… in 2019.J. Doe / AP file". A sentence of prose puts a space after its full stop.
   */
  static final Pattern GLUED_SOURCE =
      Pattern.compile("[\\p{L}\\p{N}]{2}[.!?][\"”»]?\\p{Lu}[\\p{L}.'-]*(?: [\\p{L}.'-]+){0,3} ?/ ?[\\p{L}][\\p{L}.' -]{1,40}$");

  /**
   * A caption's credit as Korean, Japanese and Chinese pages set it at the line's end: "… 있다.
   * 연합뉴스", "… 있다. 홍길동 기자", "[사진 = 홍길동 기자]", "…警察官ら＝ＡＰ", "（圖／中央社）".
   */
  static final Pattern CJK_CAPTION_CREDIT =
      Pattern.compile("(?:\\[사진(?:\\s*출처)?\\s*=[^\\]]{1,40}\\]|[.。]\\s*(?:연합뉴스|뉴시스|뉴스1|[가-힣]{2,4} 기자)"
          + "|＝[^＝。、]{1,15}|[（(](?:圖|图|攝影|摄影|照片|圖片|图片)[^）)]{0,30}[）)])\\s*$");

  /** Whether {@code t} ends in a credit as {@link #CJK_CAPTION_CREDIT} knows them. */
  static boolean cjkCaptionCredit(String t) {
    int end = endWithoutSpace(t);
    if (end == 0) {
      return false;
    }
    // every form ends in a bracket, a Hangul syllable or "1", or holds a full-width "="
    char c = t.charAt(end - 1);
    boolean may = c == ']' || c == ')' || c == '）' || c == '1' || (c >= 0xAC00 && c <= 0xD7A3) || t.indexOf('＝') >= 0;
    return may && CJK_CAPTION_CREDIT.matcher(t).find();
  }

  /**
   * Where the people stand in the picture, as only captions say it: "Jane Doe (left) and …",
   * "… , second from right, …", "Murder victims from left: …", "Anna Berger (r.) mit …", "v. l. n.
   * r.", "de gauche à droite", "de izquierda a derecha", "da sinistra".
   */
  static final Pattern CAPTION_POSITION =
      Pattern.compile("\\((?:left|right|centre|center|l\\.|r\\.|li\\.?|re\\.?|links|rechts|mitte|à gauche|à droite|au centre"
          + "|izquierda|derecha|a sinistra|a destra)\\)|(?<![\\p{L}])(?:from left|second (?:from )?(?:left|right)"
          + "|v\\. ?l\\. ?n\\. ?r\\.|von links|li nach re|de gauche à droite|de izquierda a derecha|da sinistra)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final FastPattern CAPTION_POSITION_FAST = FastPattern.of(CAPTION_POSITION);

  /** Whether {@code t} is a caption by its glued credit ({@link #GLUED_CREDIT_LABEL}, {@link #GLUED_SOURCE}). */
  static boolean gluedCredit(String t) {
    // both need a ":" or a "/": most lines are turned down without a regex
    return (t.indexOf(':') > 0 && GLUED_CREDIT_LABEL.matcher(t).find())
        || (t.indexOf('/') > 0 && GLUED_SOURCE.matcher(t).find());
  }

  /** Words of the prose lines after line {@code k}. */
  private static int proseAfter(List<Line> kept, int k) {
    int n = 0;
    for (int j = k + 1; j < kept.size(); j++) {
      if (kept.get(j).isProse(MIN_STOP_RATIO)) {
        n += kept.get(j).words;
      }
    }
    return n;
  }

  /** Last paragraphs of the body searched for a note about the author. */
  static final int AUTHOR_NOTE_PARAGRAPHS = 3;

  /**
   * Removes a note about the author from the end of the body ("Jane Doe is a freelance reporter in
   * Oslo.", "Doe schreibt seit 2022 für …"): a short closing paragraph that names one of the
   * byline's authors in its first words, and what follows it.
   */
  static void dropAuthorNote(List<String> body, List<String> authors) {
    if (authors == null || body.size() <= AUTHOR_NOTE_PARAGRAPHS) {
      return;
    }
    // each author's last name, and the pairs of names that follow each other ("jane doe"): a
    // first name or one word of a longer label alone ("north" of a caption) names no one
    Set<String> names = new java.util.HashSet<>();
    for (String a : authors) {
      List<String> ws = new ArrayList<>();
      for (String w : Text.lowerWords(a)) {
        if (w.length() >= 3) {
          ws.add(w);
        }
      }
      if (!ws.isEmpty()) {
        names.add(ws.get(ws.size() - 1));
      }
      for (int k = 0; k + 1 < ws.size(); k++) {
        names.add(ws.get(k) + " " + ws.get(k + 1));
      }
    }
    // the earliest such paragraph: a note may run on to a line that names a co-author alone
    for (int k = body.size() - AUTHOR_NOTE_PARAGRAPHS; k < body.size(); k++) {
      // the first words name the author; a paragraph of more than 80 words is no note
      List<String> ws = Text.firstLowerWords(body.get(k), 5, 80);
      if (ws == null) {
        continue;
      }
      for (int j = 0; j < Math.min(4, ws.size()); j++) {
        if (names.contains(ws.get(j)) || (j + 1 < ws.size() && names.contains(ws.get(j) + " " + ws.get(j + 1)))) {
          body.subList(k, body.size()).clear();
          return;
        }
      }
    }
  }


  /** Content words (not stopwords, 3+ letters) of the body's first lines: what a headline is about. */
  static Set<String> leadWords(List<Line> lines, int s, int e, Set<String> stops) {
    Set<String> out = new java.util.HashSet<>();
    int words = 0;
    for (int i = s; i <= e && words < LEAD_WORDS; i++) {
      words += Text.addLowerWords(lines.get(i).text, 3, stops, out);
      if (lines.get(i).cjk) {
        // two CJK characters count as a word, as in Line.words
        words += cjkBigrams(lines.get(i).text, out) / 2;
      }
    }
    return out;
  }

  /**
   * Adds the pairs of adjacent CJK characters of a text (Chinese and Japanese are written without
   * spaces: a pair stands in for a word) to {@code out}; returns how many there were.
   */
  static int cjkBigrams(String t, Set<String> out) {
    int n = 0;
    int prev = -1;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (Text.isCjk(cp) && Character.isLetter(cp)) {
        if (prev >= 0) {
          out.add(new StringBuilder(4).appendCodePoint(prev).appendCodePoint(cp).toString());
          n++;
        }
        prev = cp;
      } else {
        prev = -1;
      }
    }
    return n;
  }

  /** Share of a line's content words that the body's lead also uses, or -1 if it has none. */
  static double leadOverlap(Line l, Set<String> lead) {
    int n = 0;
    int hit = 0;
    for (String w : Text.lowerWords(l.text)) {
      if (w.length() >= 3 && !Stopwords.common().contains(w)) {
        n++;
        if (lead.contains(w)) {
          hit++;
        }
      }
    }
    if (l.cjk) {
      Set<String> pairs = new java.util.LinkedHashSet<>();
      cjkBigrams(l.text, pairs);
      n += pairs.size();
      for (String p : pairs) {
        if (lead.contains(p)) {
          hit++;
        }
      }
    }
    // fewer than three content words are weak evidence: "BILD" alone is not a headline
    return n == 0 ? -1 : (double) hit / Math.max(n, 3);
  }

  static int findTitle(List<Line> lines, int headStart, int s, Set<String> lead) {
    double best = MIN_TITLE_SCORE;
    int bestIdx = -1;
    double[] scores = new double[Math.max(0, s - headStart)];
    java.util.Arrays.fill(scores, Double.NEGATIVE_INFINITY);
    Boolean[] marker = new Boolean[scores.length];
    int lastMarker = lastHeadMarker(lines, headStart, s, marker);
    Boolean[] listed = new Boolean[scores.length];
    // a headline may stand right under a date line, but not right under a byline
    boolean markerNamed = lastMarker >= 0
        && (BylineParser.parsePrefixed(lines.get(lastMarker).text, Stopwords.common()) != null
            || BylineParser.parseBare(lines.get(lastMarker).text, Stopwords.common()) != null);
    for (int i = s - 1; i >= headStart; i--) {
      Line l = lines.get(i);
      if (!titleCandidate(l) && !loneDashedLine(lines, i) && !repeatedHeadline(l, lead)) {
        continue;
      }
      int d = s - 1 - i;
      double score = 10 - DISTANCE_COST * d;
      // A headline names what the article is about: its words come back in the lead.
      double overlap = lead.isEmpty() ? -1 : leadOverlap(l, lead);
      if (overlap >= 0) {
        score += OVERLAP_GAIN * overlap - OVERLAP_GAIN / 4;
      }
      if (l.words >= 4 && l.words <= 20) {
        score += 3;
      }
      // The byline or date line stands right under the headline (or under its deck).
      if (headMarkerBelow(lines, i, s, marker, headStart)) {
        score += BYLINE_BELOW_GAIN;
      }
      // The title also stands in the page's <title> or a breadcrumb: once or twice more, not as
      // often as a template label.
      if (l.repeats > 0 && l.repeats <= 2 && (!l.adjacentDuplicate || overlap >= 0.5)) {
        // an alt text repeating a name or label right above it is no sign of a headline
        score += 4;
      } else if (hasLongerTwin(lines, l) || endsAnotherLine(lines, l)) {
        score += 4;
      }
      if (l.words > 25) {
        score -= 4;
      }
      if (l.text.endsWith(".")) {
        // a sentence: headlines drop the full stop
        score -= 12;
      } else if (endsQuotedSentence(l.text)) {
        // a sentence quoted in full ("… in drugs.“"): a quote may be the headline, as it stands
        score -= 6;
      }
      if (l.readsAsName()) {
        score -= 6;
      }
      if (l.chrome) {
        score -= 8;
      }
      if (l.isAllCaps()) {
        score -= 2;
      }
      if (brokenOff(l.text) || dashKicker(l)) {
        score -= 8;
      }
      // a kicker closing with a dash stands right over its headline ("Umbau des Rathauses –")
      if (i > headStart && dashKicker(lines.get(i - 1))) {
        score += DASH_KICKER_GAIN;
      }
      // the speaker's name and role under a quote set off from the text
      if (i > headStart && l.words <= QUOTE_SPEAKER_WORDS && !l.endsSentence && quoteLine(lines.get(i - 1).text)) {
        score -= QUOTE_SPEAKER_COST;
      }
      // an item of a list of other stories' headlines
      if (inHeadlineList(lines, i, headStart, s, listed)) {
        score -= HEADLINE_LIST_COST;
      }
      // a line right above a picture's credit is the picture's caption
      if (i + 1 < lines.size() && lines.get(i + 1).credit && !l.credit && l.words >= 4) {
        score -= 6;
      }
      // below the last byline or date line: a deck, caption, crosshead or related story, unless
      // the line follows a date line right away (sites that date the story above its headline)
      if (i > lastMarker && lastMarker > headStart && (i > lastMarker + 1 || markerNamed)) {
        score -= BELOW_HEAD_MARKERS_COST;
      }
      scores[i - headStart] = score;
      if (score > best) {
        best = score;
        bestIdx = i;
      }
    }
    int top = firstOfHeadRun(lines, headlineAboveDeck(lines, bestIdx, headStart), headStart, scores, lead);
    return headlineWithoutGluedKicker(lines, headlineBelowKicker(lines, top, s, lead), headStart, s);
  }

  /**
   * With no headline above the body, the text run may have taken the headline in as its first
   * line (a page that sets no byline or date between headline and text, or only above the
   * headline): the run's first line is the title when it reads as one, a line of a few words with
   * no full stop that is no byline. A list item first is passed over (a breadcrumb's last item,
   * which repeats the headline over the heading).
   */
  static String titleAtRunTop(List<Line> lines, int s, int e) {
    for (int i = s; i <= e && i < lines.size() && i <= s + 1; i++) {
      Line l = lines.get(i);
      if (l.bullet) {
        continue;
      }
      // words as the spaces part them: Line counts a vowel sign of Indic scripts as a break
      int words = Math.min(l.words, l.text.strip().split("\\s+").length);
      boolean headline = titleCandidate(l) && !l.chrome && words <= 25
          && (words >= 3 || (l.cjk && l.text.length() >= 6))
          && !(l.endsSentence && !l.text.endsWith("?") && !l.text.endsWith("!"))
          && !brokenOff(l.text) && !l.readsAsName();
      return headline ? withoutGluedQuote(l.text) : null;
    }
    return null;
  }

  /**
   * A short headline that stands three times on the page (the page's title, the heading, a share
   * line) next to its deck is marked as a separator, like "Advertisement" between paragraphs; a
   * label of that kind never speaks of the article, a headline does: at least half of its words come
   * back in the lead.
   */
  private static boolean repeatedHeadline(Line l, Set<String> lead) {
    if (!l.separator || l.words < 3 || l.bullet || l.chrome || lead.isEmpty()) {
      return false;
    }
    return candidateBesidesBullet(l, true) && !ChromeLexicon.hasUiControl(l.text, l.folded()) && leadOverlap(l, lead) >= 0.5;
  }

  /**
   * A line marked like a list item (Line strips a leading dash or bullet) with no list item next
   * to it: one item is no list. Scandinavian papers set a quote as the headline behind a dash
   * ("– Angsten vil øke"); such a line may be the title.
   */
  private static boolean loneDashedLine(List<Line> lines, int i) {
    Line l = lines.get(i);
    if (!l.bullet || l.words < 2 || l.words > 25 || i == 0 || i + 1 >= lines.size()
        || lines.get(i - 1).bullet || lines.get(i + 1).bullet) {
      return false;
    }
    return candidateBesidesBullet(l);
  }

  /** Words of a speaker's name and role under a quote, at most. */
  static final int QUOTE_SPEAKER_WORDS = 6;

  /** What a line costs as a title when it names the speaker of the quote right over it. */
  static final double QUOTE_SPEAKER_COST = 6.0;

  /**
   * A quote set off on a line of its own: it opens with a quotation mark and ends a sentence inside
   * it or closes the quote ("\"We will not give up.\"", "« Nous resterons. »").
   */
  static boolean quoteLine(String t) {
    if (t.length() < 8) {
      return false;
    }
    char c = t.charAt(0);
    if (c != '"' && c != '\u201c' && c != '\u201e' && c != '\u00ab' && c != '\u2018' && c != '\u300c' && c != '\u300e') {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last == '"' || last == '\u201d' || last == '\u201c' || last == '\u00bb' || last == '\u2019' || last == '\u300d'
        || last == '\u300f' || closesQuoteOrSentence(t);
  }

  /** What a line costs as a title when it stands inside a list of headlines. */
  static final double HEADLINE_LIST_COST = 6.0;

  /**
   * The line stands inside a list of other stories' headlines: the two lines on one side of it and
   * the one on the other read as headlines too (four or more in a row, with no byline, date or deck
   * between). A page's own headline has its byline, date or deck on one side.
   */
  private static boolean inHeadlineList(List<Line> lines, int i, int headStart, int s, Boolean[] known) {
    if (i - 1 < headStart || i + 1 >= s || !headlineLike(lines, i - 1, headStart, known)
        || !headlineLike(lines, i + 1, headStart, known)) {
      return false;
    }
    return (i - 2 >= headStart && headlineLike(lines, i - 2, headStart, known))
        || (i + 2 < s && headlineLike(lines, i + 2, headStart, known));
  }

  /** {@link #headlineLike(Line)} of line {@code j}, worked out once per head block in {@code known}. */
  private static boolean headlineLike(List<Line> lines, int j, int headStart, Boolean[] known) {
    int k = j - headStart;
    if (known[k] == null) {
      known[k] = headlineLike(lines.get(j));
    }
    return known[k];
  }

  /** A line that reads as a headline of its own: four words or more, no sentence, no byline. */
  private static boolean headlineLike(Line l) {
    return l.words >= 4 && l.words <= 25 && !l.endsSentence && !l.chrome && !l.adjacentDuplicate && titleCandidate(l);
  }

  /** What a line costs as a title when it stands below the head block's last byline or date line. */
  static final double BELOW_HEAD_MARKERS_COST = 6.0;

  /**
   * The last byline or date line of the head block, or -1. The headline stands above them; what
   * stands between them and the body is mostly the deck, a picture's caption, a list of other
   * stories or a crosshead of the article.
   */
  private static int lastHeadMarker(List<Line> lines, int headStart, int s, Boolean[] marker) {
    for (int j = s - 1; j >= headStart; j--) {
      int k = j - headStart;
      if (marker[k] == null) {
        marker[k] = titleHeadMarker(lines, j);
      }
      if (marker[k]) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A byline or date line under a headline ({@link #isHeadMarker}), or an author's name alone on
   * its line with the time or date of the story on the next ("Jane Doe" / "9:51"), as many sites
   * set them. The name is read with no stopwords, as for the name penalty of {@link #findTitle}: a
   * first name may be a short word of another language ("Ed" is Italian for "and").
   */
  private static boolean titleHeadMarker(List<Line> lines, int j) {
    Line l = lines.get(j);
    if (isHeadMarker(l, Stopwords.common())) {
      return true;
    }
    if (l.words > 4 || j + 1 >= lines.size() || !l.readsAsName()) {
      return false;
    }
    Line next = lines.get(j + 1);
    return next.words <= 6 && (TIME_OF_DAY_FAST.find(next.text, next.folded()) || next.date() != null);
  }

  /** The separators that close a breadcrumb's item: "Home » News » Headline". */
  private static final Pattern CRUMB_END = Pattern.compile("[»›>/|]\\s*$");

  /**
   * A text dump may glue a kicker or the breadcrumb to the headline ("Premier League Headline",
   * "Home » News » Headline"). When the head block also holds the headline as a line of its own
   * (a breadcrumb's last item, a teaser), and what goes before it in the chosen line is a few
   * words set with no separator, or a trail ending in a breadcrumb's arrow, the headline is that
   * line. A kicker set off by a colon belongs to the title as the page writes it.
   */
  private static int headlineWithoutGluedKicker(List<Line> lines, int idx, int headStart, int s) {
    if (idx < 0) {
      return idx;
    }
    Line chosen = lines.get(idx);
    // "Headline Back to video": a control's label glued after the headline that stands alone elsewhere
    for (Line m : lines) {
      if (m.index != idx && m.words >= 4 && chosen.key.startsWith(m.key + " ") && titleCandidate(m)
          && chosen.text.startsWith(m.text)) {
        String rest = chosen.text.substring(m.text.length()).strip();
        if (Text.countWords(rest) <= KICKER_WORDS
            && (ChromeLexicon.hasUiControl(rest) || ChromeLexicon.hasChromeWord(rest))) {
          return m.index;
        }
      }
    }
    for (int i = headStart; i < s; i++) {
      Line m = lines.get(i);
      if (i == idx || m.words < 2 || m.key.length() < 8 || chosen.key.length() <= m.key.length()
          || !chosen.key.endsWith(" " + m.key) || m.separator || m.legal || m.chrome || m.learnedChrome) {
        continue;
      }
      int at = chosen.text.lastIndexOf(m.text);
      if (at <= 0) {
        continue;
      }
      String prefix = chosen.text.substring(0, at).strip();
      boolean crumb = CRUMB_END.matcher(prefix).find();
      boolean glued = Text.countWords(prefix) <= KICKER_WORDS && !prefix.isEmpty()
          && Character.isLetterOrDigit(prefix.codePointBefore(prefix.length()));
      if (crumb || glued) {
        return i;
      }
    }
    return idx;
  }

  /** Score for a line right under a kicker that closes with a dash. */
  static final double DASH_KICKER_GAIN = 4.0;

  /**
   * A kicker set as a line of its own that closes with a dash, the headline going on below it
   * ("Umbau des Rathauses –", "Ferry strike —"): a few words, no list item.
   */
  static boolean dashKicker(Line l) {
    String t = l.text;
    int n = t.length();
    if (n < 3 || l.bullet || l.words > KICKER_WORDS + 1 || t.charAt(n - 2) != ' ') {
      return false;
    }
    char c = t.charAt(n - 1);
    return c == '–' || c == '—' || c == '-';
  }

  /**
   * Conjunctions and articles: a line ending in one is part of a sentence broken off ("Try again
   * later, or", "… sind die"), never a headline.
   */
  private static final Set<String> DANGLING = Set.of(
      "and", "or", "but", "the", "a", "an",
      "und", "oder", "aber", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
      "et", "ou", "mais", "le", "la", "les", "un", "une",
      "y", "o", "pero", "el", "los", "las", "unos", "unas",
      "e", "ma", "il", "lo", "gli", "uno",
      "og", "eller", "men", "ett", "het", "een", "maar", "ale", "nebo", "oraz", "lub", "albo");

  /** The length of {@code t} without the white space that closes it. */
  static int endWithoutSpace(String t) {
    int end = t.length();
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The line stops in the middle of a sentence: after a comma or a conjunction or article. */
  static boolean brokenOff(String t) {
    int end = endWithoutSpace(t);
    if (end == 0) {
      return false;
    }
    char last = t.charAt(end - 1);
    if (last == ',') {
      return true;
    }
    if (!Character.isLetter(last)) {
      return false;
    }
    int start = end;
    while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
      start--;
    }
    // a single letter after a space only: "Plan B", "Vitamin C" end in a capital of their own
    String w = t.substring(start, end);
    return start > 0 && !(w.length() == 1 && Character.isUpperCase(last))
        && DANGLING.contains(w.toLowerCase(Locale.ROOT)) && !verbParticle(t, start, w);
  }

  /**
   * German "ein" closing a clause after its object is the particle of a separable verb ("räumt
   * Fehler ein", "führt die Gebühr ein"), no article: the word before it is a noun, capitalised.
   */
  private static boolean verbParticle(String t, int start, String w) {
    if (!w.equals("ein")) {
      return false;
    }
    int k = start;
    while (k > 0 && Character.isWhitespace(t.charAt(k - 1))) {
      k--;
    }
    int from = k;
    while (from > 0 && !Character.isWhitespace(t.charAt(from - 1))) {
      from--;
    }
    // the noun is no sentence's first word
    return from > 0 && from < k && Character.isUpperCase(t.codePointAt(from));
  }

  /** A full stop inside closing quotes ends the line: a quoted sentence. */
  private static final Pattern QUOTED_SENTENCE_END = Pattern.compile("\\.[\\s\u00a0\u202f]*[\"”“»«’'][\"”“»«’'\\s]*$");

  /** The line ends in a full stop inside closing quotes: "… in drugs."", „… im Einsatz.“ */
  static boolean endsQuotedSentence(String t) {
    return QUOTED_SENTENCE_END.matcher(t).find();
  }

  /** Score for a title candidate with a byline or date line right under it or its deck. */
  static final double BYLINE_BELOW_GAIN = 5.0;

  private static boolean headMarkerBelow(List<Line> lines, int i, int s, Boolean[] marker, int headStart) {
    int last = i + 2;
    for (int j = i + 1; j <= last && j < s; j++) {
      int k = j - headStart;
      if (marker[k] == null) {
        marker[k] = titleHeadMarker(lines, j);
      }
      if (marker[k]) {
        return true;
      }
      if (last == i + 2 && ((j > i + 1 && creditedCaption(lines.get(j))) || controlLine(lines.get(j)))) {
        // the lead picture's caption between the deck and the byline, or a control between the
        // headline and its deck ("12 comments", "Share"): look one line further, once
        last++;
      }
    }
    return false;
  }

  /** A picture's caption or credit line: it names where the picture comes from. */
  private static boolean creditedCaption(Line l) {
    return l.credit || (l.words < 60 && (INLINE_CREDIT_FAST.find(l.text, l.folded()) || closesWithCredit(l)));
  }

  /** A short line of page controls or counters: "New, 15 comments", "Share", "Listen". */
  private static boolean controlLine(Line l) {
    return l.words <= 6 && (l.chrome || l.counter || ChromeLexicon.hasUiControl(l.text, l.folded()));
  }

  /** How far below the best score a line above it may stand and still be the headline. */
  static final double HEAD_RUN_MARGIN = 5.0;

  /**
   * Headline, deck and standfirst stand in that order, each about the lead: when the line right
   * above the chosen one is also a heading-like line about the lead, scoring nearly as well, the
   * chosen one is the deck and the line above is the headline. Kickers (a few words) stop the walk.
   */
  private static int firstOfHeadRun(
      List<Line> lines, int idx, int headStart, double[] scores, Set<String> lead) {
    if (idx < 0) {
      return idx;
    }
    double best = scores[idx - headStart];
    boolean stepped = false;
    while (idx - 1 >= headStart) {
      int a = idx - 1;
      if (!stepped && a - 1 >= headStart && controlLine(lines.get(a))) {
        // a control between headline and deck ("12 comments", "Share"): the headline is above it
        a--;
        stepped = true;
      }
      Line above = lines.get(a);
      double sc = scores[a - headStart];
      if (sc == Double.NEGATIVE_INFINITY || sc < best - HEAD_RUN_MARGIN || above.words <= KICKER_WORDS
          || above.text.endsWith(".") || leadOverlap(above, lead) < 0.5
          || (above.key.contains(lines.get(idx).key) && !above.key.equals(lines.get(idx).key))) {
        // a breadcrumb or share line holding the headline is no headline above it
        break;
      }
      idx = a;
    }
    return idx;
  }

  /** Most words a kicker (the topic label over a headline: "Notbetrieb nach Großbrand") has. */
  static final int KICKER_WORDS = 4;

  /**
   * A short label right above a longer headline is its kicker: the label names the topic in few
   * words, so it can match the lead better than the headline does. The headline is the longer,
   * heading-like line right below it that the lead also speaks of.
   */
  private static int headlineBelowKicker(List<Line> lines, int idx, int s, Set<String> lead) {
    if (idx < 0 || idx + 1 >= s) {
      return idx;
    }
    Line kicker = lines.get(idx);
    Line below = lines.get(idx + 1);
    if (kicker.words > KICKER_WORDS || !titleCandidate(below) || below.words < kicker.words + 2
        || below.words > 25 || below.text.endsWith(".") || below.chrome || below.isAllCaps()
        || below.readsAsName()) {
      return idx;
    }
    double overlap = lead.isEmpty() ? 0 : leadOverlap(below, lead);
    return overlap > 0 ? idx + 1 : idx;
  }

  /** Another line ends with this line's text: a breadcrumb's last item or "Share: Title". */
  private static boolean endsAnotherLine(List<Line> lines, Line l) {
    if (l.key.length() < 12) {
      return false;
    }
    for (Line o : lines) {
      if (o != l && o.key.length() > l.key.length() && o.key.endsWith(" " + l.key)
          && o.words - l.words <= 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * A headline is often followed by its deck (the standfirst): a longer line of running prose
   * that, standing closer to the body, may outscore it. When the line right above the chosen one
   * is a shorter heading-like candidate, that line is the title and the chosen one the deck.
   */
  private static final Pattern NUMBERED = Pattern.compile("^\\d+[.)]\\s");

  private static int headlineAboveDeck(List<Line> lines, int idx, int headStart) {
    if (idx <= headStart) {
      return idx;
    }
    Line deck = lines.get(idx);
    // a line set in title case is a headline itself, no deck
    boolean deckLike = deck.words >= 10 && deck.stopRatio >= MIN_STOP_RATIO && !titleCased(deck.text);
    if (!deckLike) {
      return idx;
    }
    Line above = lines.get(idx - 1);
    // a deck set as a sentence may be only a little longer than its headline
    int margin = deck.endsSentence && !above.endsSentence ? 1 : 4;
    // a headline opened by a kicker and a colon over a longer line with none: decks have no kicker
    boolean kickered = colonKicker(above.text) && !colonKicker(deck.text) && deck.words > above.words;
    boolean headline = titleCandidate(above) && above.words >= 4 && (above.words + margin <= deck.words || kickered)
        && !above.text.endsWith(".") && !above.chrome && !above.isAllCaps()
        && !above.text.contains("://") && !NUMBERED.matcher(above.text).find()
        && !above.readsAsName();
    return headline ? idx - 1 : idx;
  }

  /**
   * The line opens with a kicker set off by a colon: a few words, the colon, then a clause of three
   * words or more ("Nach dem Brand: Halle wird abgerissen", "Bus gratuits : le conseil a voté …").
   */
  static boolean colonKicker(String t) {
    int c = t.indexOf(": ");
    return c > 0 && Text.countWords(t.substring(0, c)) <= 7 && Text.countWords(t.substring(c + 2)) >= 3;
  }

  /**
   * Every word of four letters or more starts with a capital ("Apple Plans New Keyboard for the
   * Smaller Laptop"): the English style for headlines, which no sentence of running prose has.
   */
  static boolean titleCased(String t) {
    int longWords = 0;
    for (String w : t.split("[\\s\u2013\u2014]+")) {
      int k = 0;
      while (k < w.length() && !Character.isLetterOrDigit(w.charAt(k))) {
        k++;
      }
      if (k == w.length() || Character.isDigit(w.charAt(k))) {
        continue;
      }
      int letters = 0;
      for (int c = k; c < w.length(); c++) {
        if (Character.isLetter(w.charAt(c))) {
          letters++;
        }
      }
      if (letters >= 4) {
        if (!Character.isUpperCase(w.charAt(k))) {
          return false;
        }
        longWords++;
      }
    }
    return longWords >= 3;
  }

  /** A clock time or a relative time: "17:47", "7.57 Uhr", "3 hours ago", "vor 3 Stunden". */
  static final Pattern TIME_OF_DAY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\d{1,2}[:.h]\\d{2}(?![\\p{N}])|\\d+\\s*(?:min(?:utes?)?|hours?|hrs?|days?)\\s+ago"
              + "|vor\\s+\\d+\\s+(?:minuten|stunden|tagen)|il y a \\d+|hace \\d+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A caption's credit closing the line: "… (Picture: PA)", "… (Foto: dpa)", "… Photo: AP". */
  static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "(?:[(\\[]\\s*(?:photo|foto|bild|picture|image|credit|crédit|quelle|source|fuente|kuva)s?(?: credit)?\\s*:[^()\\[\\]]{1,60}[)\\]]"
              + "|(?:photo|foto|picture|image)s?\\s*:\\s*[\\p{Lu}][^.!?]{0,40})\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Picture and news agencies as captions credit them (case kept: "AP", not "ap"). */
  static final List<String> AGENCIES = List.of("AP", "AFP", "EFE", "ANP", "ANSA", "dpa", "DPA", "REUTERS", "Reuters",
      "EPA", "Getty Images", "Getty", "Keystone", "KEYSTONE", "Imago", "IMAGO", "Xinhua", "TASS", "NTB", "Bloomberg",
      "Shutterstock", "iStock", "Alamy");

  private static final String AGENCY = "(?:" + String.join("|", AGENCIES) + ")";

  /**
   * A caption's credit closing the line, as agencies and picture desks set it: "… in Kyiv. (AP
   * Photo/Jane Doe)", "… (Jane Doe/Reuters)", "… on Monday. REUTERS/Jane Doe", "… Jane Doe / AFP",
   * "… AP Photo/Jane Doe, File", "… Photo by Jane Doe /AFP via Getty Images", "… (Photo by Jane
   * Doe)". A sentence of prose ends in its full stop, not in an agency's name.
   */
  static final Pattern CLOSING_CREDIT =
      Pattern.compile(
          "\\([^()]{0,60}(?<![\\p{L}])" + AGENCY + "(?![\\p{L}])[^()]{0,40}\\)(?:\\s+" + AGENCY + "(?: Photo)?)?\\s*$"
              + "|(?:^|[\\s.,)])" + AGENCY + "(?: Photo)?(?:\\s*/\\s*[^/\\s][^/]{0,40})?(?:,\\s*[Ff]ile)?\\s*$"
              + "|\\S\\s*/\\s*" + AGENCY + "(?:\\s+via\\s+[\\p{L} /]{1,30})?\\s*$"
              + "|(?<![\\p{L}])(?i:photos?|fotos?|pictures?|bild)\\s+(?i:by|de|von|di|par|av|door)\\s+\\p{Lu}[^.!?]{0,60}$"
              + "|^(?i:image caption|image \\d+ of \\s*/?\\s*\\d*$)");

  /** {@link #TIME_OF_DAY} and {@link #INLINE_CREDIT} run on most lines: see {@link FastPattern}. */
  private static final FastPattern TIME_OF_DAY_FAST = FastPattern.of(TIME_OF_DAY);

  /** A picture caption by its credit: a line under 60 words whose end credits a photographer or agency. */
  static boolean closesWithCredit(Line l) {
    return l.words < 60 && ((l.text.indexOf(':') >= 0 && closes(TRAILING_CREDIT, l.text)) || creditInSecondHalf(l.text)
        || (mayCloseWithCredit(l.text) && closes(CLOSING_CREDIT, l.text)) || parenthesisedCredit(l.text)
        || CAPTION_LABEL.matcher(l.text).lookingAt());
  }

  /** The words {@link #CLOSING_CREDIT}'s match can look for. */
  private static final String[] CREDIT_WORDS = {"photo", "foto", "picture", "bild", "image"};

  /**
   * Whether {@link #CLOSING_CREDIT} may find a match in {@code t}: each of its alternatives needs
   * a "/" or a ")", a picture word ({@link #CREDIT_WORDS}, any case), or an end (before spaces) in
   * an agency's name, "Photo" or ", file". Never false where the regex finds a match, so the regex
   * runs only on the few lines that pass (it ran on every line of every body).
   */
  static boolean mayCloseWithCredit(String t) {
    if (t.indexOf('/') >= 0 || t.indexOf(')') >= 0) {
      return true;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = (char) (t.charAt(i) | 0x20);
      if (c == 'p' || c == 'f' || c == 'b' || c == 'i') {
        for (String w : CREDIT_WORDS) {
          if (t.regionMatches(true, i, w, 0, w.length())) {
            return true;
          }
        }
      }
    }
    int end = t.length();
    // "$" also matches before a final line terminator
    while (end > 0 && (isSpace(t.charAt(end - 1)) || "\u0085\u2028\u2029".indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    String s = t.substring(0, end);
    if (s.endsWith("Photo") || s.endsWith("ile")) {
      return true;
    }
    for (String a : AGENCIES) {
      if (s.endsWith(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The label a caption opens with when the text dump keeps it: "Legende: …", "Bildunterschrift:
   * …", "Photo caption: …", "Légende : …", "Leyenda: …".
   */
  static final Pattern CAPTION_LABEL =
      Pattern.compile(
          "(?:legende|bildlegende|bildunterschrift|bildtext|(?:photo |picture |image )?caption|légende|leyenda|pie de foto"
              + "|didascalia|legenda|onderschrift|bildtekst|billedtekst)\\s*:\\s*\\S",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A name in brackets after a sentence's stop, closing the line: "… on Monday. (Jane Doe/Agency)". */
  private static final Pattern BRACKETED_TAIL =
      Pattern.compile("[\\p{Ll}\\p{N})][.!?][\"”’»]?\\s*\\(([^()]{2,60})\\)\\s*$");

  /** Most words of a credit in brackets without a slash: a photographer's, agency's or owner's name. */
  static final int BRACKETED_CREDIT_WORDS = 4;

  /**
   * A caption whose credit stands in brackets after its sentence, with no agency the other
   * patterns know: "… in Gaza City. (Jane Doe/The Daily Paper)", "… listed for sale. (Harbour
   * Estates)", "… für Autobahnen hat. (Archivbild)". The name has no figures and each of its words is
   * capitalised but for a short particle inside it ("de", "of"), its parts may be joined by slashes; an
   * author's initials in lower case ("(kas)"), a count or a price stay in the text, and so does a
   * link's label ("(More)", an end marker).
   */
  static boolean parenthesisedCredit(String t) {
    if (t.isEmpty() || t.charAt(t.length() - 1) != ')') {
      return false;
    }
    Matcher m = BRACKETED_TAIL.matcher(t);
    int from = Math.max(0, t.length() - 80);
    m.region(from, t.length()).useTransparentBounds(true);
    if (!m.find()) {
      return false;
    }
    String name = m.group(1).strip();
    if (END_MARKER.matcher(name).lookingAt()) {
      return false;
    }
    String[] words = name.split("[\\s/]+");
    if (words.length > BRACKETED_CREDIT_WORDS && name.indexOf('/') < 0) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      // a particle inside a name ("Mairie de Lyon", "Museum of Art") may be in lower case
      boolean particle = k > 0 && k + 1 < words.length && w.length() <= 3;
      if (w.isEmpty() || !(particle || Character.isUpperCase(w.codePointAt(0)))
          || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.' || c == '&')) {
        return false;
      }
    }
    return true;
  }

  /**
   * How far from a line's end a closing credit can start: every alternative of {@link
   * #TRAILING_CREDIT} and {@link #CLOSING_CREDIT} ends at the end of the line or is anchored at its
   * start, and each is bounded (at most 134 characters on a squeezed line, one space between words).
   * Keep it above the longest match when those patterns change.
   */
  static final int CREDIT_TAIL = 200;

  /**
   * Whether {@code p} finds a match in {@code t}, for a pattern whose matches end at the end of the
   * line or start at its start: only the start and the last {@link #CREDIT_TAIL} characters are
   * tried, not every position of a long line (this ran on every line of every body).
   */
  static boolean closes(Pattern p, String t) {
    Matcher m = p.matcher(t);
    int from = t.length() - CREDIT_TAIL;
    if (from <= 0) {
      return m.find();
    }
    if (m.lookingAt()) {
      return true;
    }
    m.region(from, t.length()).useTransparentBounds(true).useAnchoringBounds(false);
    return m.find();
  }

  /**
   * A photo credit inside a line: the line is a picture caption. "Foto:", "(AP Photo/Name)",
   * "(Symbolfoto: …", "(Courtesy of Name)", "[사진 출처 = …]", "（名前撮影）".
   */
  static final Pattern INLINE_CREDIT =
      Pattern.compile(
          "(?:(?<![\\p{L}])(?:photo|foto|bild|picture|image|credit|crédit|quelle|source|fuente|fotó|kuva"
              + "|symbolfoto|symbolbild|archivfoto|archivbild)s?"
              + "(?: credit)?\\s*[:©]|©|getty images|shutterstock"
              + "|(?<![\\p{L}])photo\\s*/\\s*\\p{Lu}|[(\\[]\\s*(?:symbolfoto|symbolbild|archivfoto|archivbild)\\s*[)\\]]"
              + "|[(\\[]\\s*courtesy(?![\\p{L}])|[(\\[（【]\\s*(?:사진|写真|图片|圖片|照片)|撮影\\s*[)）])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final FastPattern INLINE_CREDIT_FAST = FastPattern.of(INLINE_CREDIT);

  /**
   * A caption's credit closing the line in the agencies' house style: an upper-case name and
   * agency joined by a slash ("… July 12. JANE DOE / AFP", "… (AFP / JOHN DOE)", "(NOAA/SPC)").
   */
  private static final Pattern SLASH_CREDIT_TAIL =
      Pattern.compile(
          "(?:(?:^|[.!?]\\s+)\\p{Lu}[\\p{Lu}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}'’.-]+){0,3}"
              + "\\s*/\\s*\\p{Lu}{2,}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,2}"
              + "|\\(\\s*\\p{Lu}{2,}\\s*/\\s*[^()]{2,40}\\))\\s*$");

  /**
   * The marks of a picture credit that prose does not use: the copyright sign, "Foto:" and its kin
   * with a colon, and the picture agencies' names.
   */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "©|(?<![\\p{L}])(?:bild|fotos?|photo|photograph|picture|image|credit|fotó|kuva|zdroj|źródło)\\s*:"
              + "|picture alliance|getty images|shutterstock|(?<![\\p{L}])imago(?![\\p{L}])|/dpa(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A caption that ends in its credit, however it is set: "… im Stadion. Bild: A. Name/dpa",
   * "… in Nußdorf © Gemeinde", "… the ruins.Photograph: Name/Getty Images". The mark must stand in
   * the line's second half: a credit opening the line is a caption's too, but prose may quote one.
   */
  static boolean creditInSecondHalf(String t) {
    if (t.indexOf('©') < 0 && t.indexOf(':') < 0 && t.indexOf('/') < 0 && t.indexOf("etty") < 0
        && t.indexOf("mago") < 0 && t.indexOf("MAGO") < 0 && t.indexOf("hutterstock") < 0) {
      return false;
    }
    Matcher m = CAPTION_CREDIT.matcher(t);
    int half = t.length() / 2;
    while (m.find()) {
      if (m.start() >= half) {
        return true;
      }
    }
    return false;
  }

  /**
   * A picture caption closing with its credit: an agency's slash credit, or a sentence of running
   * text followed by a name of a few capitalised words and no stop ("… after her surgery. Jane
   * Doe"). A headline of two sentences has a predicate after its stop, or is set in Title Case
   * before it.
   */
  static boolean captionCredited(String t) {
    if (t.indexOf('/') >= 0 && SLASH_CREDIT_TAIL.matcher(t).find()) {
      return true;
    }
    int stop = Math.max(t.lastIndexOf(". "), Math.max(t.lastIndexOf("! "), t.lastIndexOf("? ")));
    if (stop < 0) {
      return false;
    }
    String tail = t.substring(stop + 2).strip();
    if (tail.isEmpty() || ".!?:;)\"”»".indexOf(tail.charAt(tail.length() - 1)) >= 0) {
      return false;
    }
    // the word before the stop ends a sentence: no number ("15. Juni"), initials ("L.A.") or
    // title ("Rep. Jane Doe")
    String[] before = t.substring(0, stop).split("\\s+");
    String last = before[before.length - 1];
    if (last.isEmpty() || last.indexOf('.') >= 0 || !Character.isLetter(last.codePointAt(last.length() - 1))
        || (Character.isUpperCase(last.codePointAt(0)) && last.length() < 4)) {
      return false;
    }
    String[] names = tail.split("\\s+");
    if (names.length > 4) {
      return false;
    }
    for (String n : names) {
      if (n.isEmpty() || !Character.isUpperCase(n.codePointAt(0)) || !n.chars().allMatch(
          c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')) {
        return false;
      }
    }
    // the sentence before it: running text, most of its words in lower case
    int lower = 0;
    int all = 0;
    for (String w : t.substring(0, stop).split("\\s+")) {
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        all++;
        if (Character.isLowerCase(w.codePointAt(0))) {
          lower++;
        }
      }
    }
    return all >= 5 && lower * 2 >= all;
  }

  /** Words with at least two letters: what is left of a meta line once numbers are ignored. */
  static int letterWords(String t) {
    int n = 0;
    for (String w : Text.lowerWords(t)) {
      if (w.length() >= 2) {
        n++;
      }
    }
    return n;
  }

  private static boolean titleCandidate(Line l) {
    return !l.bullet && candidateBesidesBullet(l);
  }

  /** {@link #titleCandidate} but for the mark of a list item. */
  private static boolean candidateBesidesBullet(Line l) {
    return candidateBesidesBullet(l, false);
  }

  /** {@link #candidateBesidesBullet(Line)}, maybe for a line marked as a separator. */
  private static boolean candidateBesidesBullet(Line l, boolean separatorOk) {
    if (l.counter || l.credit || l.paywall || l.learnedChrome || l.numberedItem
        || (l.separator && !separatorOk) || l.legal || l.commentsHeader) {
      return false;
    }
    // a breadcrumb under its label ("You are here: Home News")
    if (l.chrome && ChromeLexicon.opensWithBreadcrumbLabel(l.text)) {
      return false;
    }
    if (l.text.length() > 300 || l.words > 40 || (l.words < 2 && !(l.cjk && l.text.length() >= 6))) {
      return false;
    }
    // captions, "Updated 5:27 am", "Heute, 12:37 Uhr", "Das Wichtigste in Kürze:"
    if ((INLINE_CREDIT_FAST.find(l.text, l.folded()) && !pictureKicker(l.text)) || l.text.endsWith(":") || captionCredited(l.text)
        || (mayCloseWithCredit(l.text) && CLOSING_CREDIT.matcher(l.text).find())
        || (l.words <= 6 && ChromeLexicon.hasUiControl(l.text, l.folded()))
        || (TIME_OF_DAY_FAST.find(l.text, l.folded()) && letterWords(l.text) < 7)) {
      return false;
    }
    if (HOST_NAME.matcher(l.text).matches()) {
      return false;
    }
    // a headline may stand twice in a row (the teaser image's alt text, then the heading); a
    // caption standing twice is a sentence
    if (l.adjacentDuplicate && ((l.endsSentence && !l.text.endsWith("?")) || l.words > 25)) {
      return false;
    }
    DateExtractor.Found d = l.date();
    if (d != null && letterWords(l.text.substring(0, d.start) + " " + l.text.substring(d.end)) < 5) {
      return false;
    }
    // "Von Name Name" is a byline; "Von München bis Aachen: …", "Por qué …" are headlines
    return !ChromeLexicon.BYLINE_PREFIX.matcher(l.text).find()
        || (l.words > 6 && BylineParser.parsePrefixed(l.text, Stopwords.common()) == null
            && l.date() == null);
  }

  /**
   * A headline whose kicker names a picture: "Erstes Bild: So könnte die Seilbahn aussehen", "New
   * photos: …", "Nouvelles photos : …". The picture word follows one word that opens the line, and
   * a clause follows its colon; a credit has its picture word first ("Foto: Name") or after a
   * caption, and a name or an agency after the colon.
   */
  private static final Pattern PICTURE_KICKER =
      Pattern.compile("^\\p{L}+\\s+(?:photo|foto|bild|picture|image)(?:s|er|n)?\\s*:\\s+(?=\\p{L})([^/©]+)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static boolean pictureKicker(String t) {
    Matcher m = PICTURE_KICKER.matcher(t);
    if (!m.matches() || Text.countWords(m.group(1)) < 4) {
      return false;
    }
    // a clause has words in lower case; a credit's names are capitalised
    int lower = 0;
    for (String w : m.group(1).split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
        lower++;
      }
    }
    return lower >= 2;
  }

  /** A line that is only a web address: "www.example.org", "example.com/news". */
  private static final Pattern HOST_NAME =
      Pattern.compile("(?:https?://)?(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?:/\\S*)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Another line of the page starts with this line's text and goes on ("Title | Site"). */
  private static boolean hasLongerTwin(List<Line> lines, Line l) {
    if (l.key.length() < 12) {
      return false;
    }
    for (Line o : lines) {
      if (o != l && o.key.length() > l.key.length() && o.key.startsWith(l.key + " ")
          && o.words - l.words <= 6 && SITE_SEPARATOR.matcher(o.text).find()) {
        // only "Title | Site" or "Title - Site": a slogan that goes on after a comma is no twin
        return true;
      }
    }
    return false;
  }

  /**
   * The title line without a site name around it: "Title | Site" always loses the part after the
   * pipe when it is short; "Title - Site" only when that part is the site of the URL or stands
   * alone as a line elsewhere on the page, outside the article's body [s, e] (where a line of its
   * own is a crosshead: "… feststehen – das erwarten wir" over a section "Das erwarten wir").
   */
  static String stripSiteName(List<Line> lines, int titleIdx, String url, int s, int e) {
    String t = lines.get(titleIdx).text;
    Matcher m = SITE_SEPARATOR.matcher(t);
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart <= 0) {
      return t;
    }
    String head = t.substring(0, lastStart).strip();
    String tail = t.substring(lastEnd).strip();
    int tailWords = Text.countWords(tail);
    if (tailWords == 0 || tailWords > 5 || Text.countWords(head) < 2) {
      return t;
    }
    if (t.substring(lastStart, lastEnd).contains("|")) {
      return head;
    }
    String tailKey = Line.keyOf(tail);
    String site = siteOf(url);
    if (site != null && site.replace(".", " ").contains(tailKey.replace(" ", ""))) {
      return head;
    }
    for (Line o : lines) {
      if (o.index != titleIdx && o.key.equals(tailKey) && (o.index < s || o.index > e)) {
        return head;
      }
    }
    return t;
  }

  /** How far above the headline {@link #ownTitleAbove} looks for the page's own title. */
  static final int OWN_TITLE_LINES = 250;

  /**
   * The page's own title (the one its metadata declares) printed further up, over the menus or in
   * a bar that stays on screen, worded a little differently from the headline shown over the text
   * ("BIP: Diese Grafiken zeigen, …" above "Diese zwei Grafiken zeigen, …"): the line that shares
   * most of the headline's words and whose own words come mostly from the headline. Only a line
   * more than a kicker or a date line away counts (right over the headline, a variant is a teaser's
   * or a share box's wording); a breadcrumb or a menu path glued to the headline ("Home Headline",
   * "NewsHeadline", "Section|Headline"), the headline with the site's name after it, a cut line
   * ("…") and a sentence are no title. Returns the line's index, or {@code idx} when none is found.
   */
  static int ownTitleAbove(List<Line> lines, int idx) {
    Line h = lines.get(idx);
    if (h.cjk || h.words < 3) {
      return idx;
    }
    List<String> hw = null;
    int len = h.text.length();
    for (int j = idx - 3; j >= 0 && idx - j <= OWN_TITLE_LINES; j--) {
      Line v = lines.get(j);
      String t = v.text;
      // cheap tests first: length, list marks, chrome, the last character
      if (v.words < 4 || v.words > 30 || t.length() * 2 < len || t.length() > 2 * len || v.bullet
          || v.numberedItem || v.chrome || v.cjk || v.key.equals(h.key)) {
        continue;
      }
      char last = t.charAt(t.length() - 1);
      if (last == '.' || last == '\u2026' || t.indexOf('|') >= 0 || t.contains("://") || gluedWords(t)
          || v.key.startsWith(h.key)) {
        continue;
      }
      if (hw == null) {
        hw = contentWords(h.text);
        if (hw.size() < 2) {
          return idx;
        }
      }
      List<String> vw = contentWords(t);
      if (vw.isEmpty() || shareIn(hw, vw) < 0.6 || shareIn(vw, hw) < 0.5) {
        continue;
      }
      if (v.key.endsWith(" " + h.key)) {
        // the headline with words glued before it: only a kicker set off by a colon makes a title
        int c = t.lastIndexOf(':');
        if (c < 0 || !Line.keyOf(t.substring(c + 1)).equals(h.key)) {
          continue;
        }
      }
      return j;
    }
    return idx;
  }

  /** The lower-cased words of four letters or more. */
  private static List<String> contentWords(String t) {
    List<String> out = new ArrayList<>();
    for (String w : Text.lowerWords(t)) {
      if (w.length() >= 4) {
        out.add(w);
      }
    }
    return out;
  }

  /** Share of {@code a}'s words that {@code b} holds. */
  private static double shareIn(List<String> a, List<String> b) {
    int n = 0;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
      }
    }
    return a.isEmpty() ? 0 : (double) n / a.size();
  }

  /** Words glued with no space, a small letter right before a capital ("NewsBusinessMarkets"). */
  private static boolean gluedWords(String t) {
    for (int i = 2; i + 1 < t.length(); i++) {
      if (Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i - 1))
          && Character.isLowerCase(t.charAt(i - 2)) && Character.isLowerCase(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kicker and the headline set as two elements with the colon opening the second: the text
   * dump breaks the title after the kicker ("Ferry strike" / ": What islanders need to know"). A
   * line that starts with a colon and goes on with a few words is the rest of the title over it;
   * chosen itself, it is the headline that the short kicker right over it opens.
   */
  static String withColonTail(List<Line> lines, int titleIdx, String title) {
    if (title.startsWith(":")) {
      String rest = colonRest(title);
      if (rest == null || titleIdx == 0) {
        return title;
      }
      Line kicker = lines.get(titleIdx - 1);
      boolean kickerLike = !kicker.bullet && kicker.words >= 1 && kicker.words <= KICKER_WORDS + 2
          && !kicker.endsSentence && !kicker.chrome;
      return kickerLike ? kicker.text + ": " + rest : title;
    }
    if (titleIdx + 1 >= lines.size() || title.endsWith(":")) {
      return title;
    }
    String rest = colonRest(lines.get(titleIdx + 1).text);
    return rest == null ? title : title + ": " + rest;
  }

  /** What follows the colon that opens a line, when it reads as a headline's end; else null. */
  private static String colonRest(String t) {
    if (t.isEmpty() || t.charAt(0) != ':') {
      return null;
    }
    String rest = t.substring(1).strip();
    int words = Text.countWords(rest);
    return words < 2 || words > 20 || rest.endsWith(".") ? null : rest;
  }

  /**
   * A quote set as a kicker, glued by the text dump to the headline with no space between
   * ("\"Es wird bald beginnen\"Trump spricht …"): a closing quote right before a capital letter
   * ends the kicker. Kept when either part is short (a quote of more than eight words or a
   * headline of fewer than four is no kicker and headline).
   */
  private static final Pattern GLUED_QUOTE =
      Pattern.compile("^([\"„“«‘])([^\"„“”«»‘’]{2,80})([\"“”»’])(?=\\p{Lu})");

  static String withoutGluedQuote(String t) {
    Matcher m = GLUED_QUOTE.matcher(t);
    if (!m.find() || Text.countWords(m.group(2)) > 8) {
      return t;
    }
    String rest = t.substring(m.end());
    return Text.countWords(rest) >= 4 ? rest : t;
  }

  private static String findSubtitle(List<Line> lines, int titleIdx, int s, Set<String> stops) {
    if (titleIdx < 0) {
      return null;
    }
    for (int i = titleIdx + 1; i < s && i <= titleIdx + 4; i++) {
      Line l = lines.get(i);
      boolean captionLike = l.adjacentDuplicate || (i + 1 < lines.size() && lines.get(i + 1).credit);
      if (l.words >= 8 && !captionLike && !l.chrome && !l.credit && !l.paywall && !l.learnedChrome
          && l.stopRatio >= MIN_STOP_RATIO
          && BylineParser.parsePrefixed(l.text, stops) == null) {
        return l.text;
      }
    }
    return null;
  }

  /**
   * The names without those that are ordinary words of the page: a label such as "Key Points" or
   * "Email Address" is set in capitals like a name, but its words also stand in lower case in the
   * page's sentences, which a person's names seldom do. Agencies and names of one word stay.
   */
  static List<String> plausibleNames(List<String> names, List<Line> lines) {
    if (names == null) {
      return null;
    }
    // the capitalised words (3 letters or more) of each name that is no agency or page control
    List<List<String>> capitalised = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    for (String n : names) {
      List<String> ws = new ArrayList<>();
      if (!(ChromeLexicon.hasUiControl(n) && !BylineParser.isAgency(n))) {
        for (String w : n.split("[\\s-]+")) {
          if (w.codePointCount(0, w.length()) >= 3 && Character.isUpperCase(w.codePointAt(0))) {
            ws.add(w.toLowerCase(Locale.ROOT));
          }
        }
        if (ws.size() >= 2 && !BylineParser.isAgency(n)) {
          wanted.addAll(ws);
        }
      }
      capitalised.add(ws);
    }
    Set<String> lower = wanted.isEmpty() ? Set.of() : lowerCaseWords(lines, wanted);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (ChromeLexicon.hasUiControl(n) && !BylineParser.isAgency(n)) {
        continue;
      }
      List<String> ws = capitalised.get(i);
      if (ws.size() >= 2 && !BylineParser.isAgency(n) && lower.containsAll(ws)) {
        continue;
      }
      if (!out.contains(n)) {
        // a name that stands twice (the portrait's alt text, then the name) is one author
        out.add(n);
      }
    }
    return out.isEmpty() ? null : out;
  }


  /**
   * Words that stand in lower case somewhere on the page, not counting addresses (mail, web): the
   * page's tokens between spaces, those with "@", "/", "_" or a dot between letters left out, cut
   * at every character that is not a letter; a word counts when its first letter is lower case.
   * One scan of the text (this runs on every page with a byline); of those words only the ones in
   * {@code wanted} are returned, so that only a word starting like one of them is made a string.
   */
  private static Set<String> lowerCaseWords(List<Line> lines, List<String> wanted) {
    int[] firsts = wanted.stream().mapToInt(w -> w.codePointAt(0)).distinct().toArray();
    Set<String> out = new java.util.HashSet<>();
    for (Line l : lines) {
      String t = l.text;
      int n = t.length();
      // one scan of the runs of letters (white space ends a run, so a run lies in one token); a
      // token is checked for being an address only when one of its runs is a candidate word
      int tokenStart = 0;
      int address = 0; // of the token at tokenStart: 0 not told yet, 1 an address, 2 not
      int k = 0;
      while (k < n) {
        char c = t.charAt(k);
        if (isSpace(c)) {
          k++;
          tokenStart = k;
          address = 0;
          continue;
        }
        int cp = c < 0x80 ? c : t.codePointAt(k);
        if (!isLetter(cp)) {
          k += Character.charCount(cp);
          continue;
        }
        int start = k;
        int first = cp;
        boolean ascii = cp < 0x80;
        k += Character.charCount(cp);
        while (k < n) {
          char d = t.charAt(k);
          if (d < 0x80) {
            // ASCII, most of most pages: a letter is a-z or A-Z (as isLetter says)
            int lower = d | 0x20;
            if (lower < 'a' || lower > 'z') {
              break;
            }
            k++;
            continue;
          }
          cp = t.codePointAt(k);
          if (!isLetter(cp)) {
            break;
          }
          ascii = false;
          k += Character.charCount(cp);
        }
        if (address != 1 && Character.isLowerCase(first) && startsLike(Character.toLowerCase(first), firsts)
            // an ASCII word is lower-cased letter for letter: most are none of the wanted ones
            && !(ascii && !isAsciiWordOf(t, start, k, wanted))) {
          if (address == 0) {
            int tokenEnd = k;
            while (tokenEnd < n && !isSpace(t.charAt(tokenEnd))) {
              tokenEnd++;
            }
            address = isAddressLike(t, tokenStart, tokenEnd) ? 1 : 2;
          }
          if (address == 2) {
            String w = t.substring(start, k).toLowerCase(Locale.ROOT);
            if (wanted.contains(w)) {
              out.add(w);
            }
          }
        }
      }
    }
    return out;
  }

  /** Whether the ASCII letters {@code t[from, to)}, lower-cased, are one of {@code words}. */
  private static boolean isAsciiWordOf(String t, int from, int to, List<String> words) {
    int len = to - from;
    for (String w : words) {
      if (w.length() == len && asciiLowerEquals(t, from, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLowerEquals(String t, int from, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = t.charAt(from + i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#isLetter(int)}, without the table lookup for ASCII. */
  private static boolean isLetter(int cp) {
    if (cp < 0x80) {
      int l = cp | 0x20;
      return l >= 'a' && l <= 'z';
    }
    return Character.isLetter(cp);
  }

  private static boolean startsLike(int cp, int[] firsts) {
    for (int f : firsts) {
      if (f == cp) {
        return true;
      }
    }
    return false;
  }

  /** The white space of a regex {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** A token with "@", "/", "_", or a dot between two letters ("paper.com", "j.doe"). */
  private static boolean isAddressLike(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '@' || c == '/' || c == '_') {
        return true;
      }
      if (c == '.' && i > from && i + 1 < to && Character.isLetter(t.charAt(i - 1))
          && Character.isLetter(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A byline among the first lines of the body, when the head block has none: templates set the
   * byline under the standfirst or the lead picture, which the body run may have taken in. Only
   * lines that say they are bylines: a byline word, or names with a date, a time or a handle.
   */
  static List<String> bylineInLead(List<Line> lines, int s, int e, Set<String> stops) {
    for (int i = s; i <= e && i <= s + LEAD_IN_LINES; i++) {
      Line l = lines.get(i);
      if (l.isProse(MIN_STOP_RATIO) || l.words > 20 || l.chrome || l.credit) {
        continue;
      }
      List<String> names = BylineParser.parsePrefixed(l.text, stops);
      if (names == null && (l.date() != null || TIME_OF_DAY_FAST.find(l.text, l.folded()))) {
        names = BylineParser.parseBare(l.text, stops);
      }
      if (names == null && l.text.indexOf('@') > 0) {
        // the author's handle after the name: "Jane Doe @janedoe"
        names = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
      }
      if (names == null && dateLineFollows(lines, i, e + 1)) {
        // the name on its line, the date or time on the next: "Jane Doe" / "30 June 2025, 15:59"
        names = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
      }
      if (names == null && l.words <= 6) {
        // a name line between the lead's paragraphs that signs the piece as a signature does: the
        // name again in the author's box, or the page's controls under it
        List<String> n = nameLine(lines, i, stops);
        if (n != null && signature(lines, i, s, e, n)) {
          names = n;
        }
      }
      if (names != null) {
        return names;
      }
    }
    // farther down, below a summary box or a lead picture, only a name line over a date line
    for (int i = s + LEAD_IN_LINES + 1; i <= e && i <= s + LEAD_META_LINES; i++) {
      Line l = lines.get(i);
      if (l.isProse(MIN_STOP_RATIO) || l.words > 20 || l.chrome || l.credit || !dateLineFollows(lines, i, e + 1)) {
        continue;
      }
      List<String> names = BylineParser.parsePrefixed(l.text, stops);
      if (names == null) {
        names = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
      }
      if (names != null) {
        return names;
      }
    }
    return null;
  }

  /**
   * Lines at the top of the body searched for a byline block set below a standfirst, a summary
   * box or a lead picture's caption: farther than {@link #LEAD_IN_LINES}, only a name line that a
   * date line follows, or a date line under a byline or labelled as the publication date.
   */
  static final int LEAD_META_LINES = 16;

  /**
   * The date of a byline block in the top {@link #LEAD_META_LINES} lines of the body: a line
   * with few words beside its date, which is labelled as the publication ("Publié le 18 juil. 2024 à 08:01") or
   * stands right under a byline or a name line ("Jane Doe" / "30. Juni 2025, 15:59"). Null when
   * there is none.
   */
  static Long leadMetaDate(List<Line> lines, int s, int e, String lang) {
    Set<String> stops = lang != null && Stopwords.has(lang.split("-")[0]) ? Stopwords.forLanguage(lang.split("-")[0]) : Set.of();
    for (int i = s + 1; i <= e && i <= s + LEAD_META_LINES; i++) {
      Line l = lines.get(i);
      DateExtractor.Found f = l.words > 3 * MAX_DATE_LINE_WORDS ? null : DateExtractor.find(l.text, lang);
      if (f == null || DateExtractor.isUpdate(l.text, f)
          || letterWords(l.text.substring(0, f.start) + " " + l.text.substring(f.end)) > MAX_DATE_LINE_WORDS) {
        continue;
      }
      Line above = lines.get(i - 1);
      boolean byline = !above.chrome && !above.credit && (BylineParser.parsePrefixed(above.text, stops) != null
          || plausibleNames(BylineParser.parseBare(above.text, stops), lines) != null);
      if (byline || DateExtractor.isPublished(l.text, f)) {
        return f.epochMicros;
      }
    }
    return null;
  }

  /** Whether {@code text} has a date with few words beside it (a meta line of the head block). */
  static boolean metaDateLine(String text) {
    if (text.length() > 200) {
      return false;
    }
    DateExtractor.Found f = DateExtractor.find(text, null);
    return f != null && letterWords(text.substring(0, f.start) + " " + text.substring(f.end)) <= MAX_DATE_LINE_WORDS;
  }

  /** Lines after a name line searched for the date line that makes the name a byline. */
  static final int NAME_DATE_GAP = 2;

  /**
   * Whether a short line with a date or a clock time (and few other words: "Published 3 May 2024,
   * 17:47", "heute um 12:19 Uhr") follows line {@code i} within {@link #NAME_DATE_GAP} lines,
   * before line {@code to}, the lines between it being short labels (a section name).
   */
  static boolean dateLineFollows(List<Line> lines, int i, int to) {
    for (int j = i + 1; j < to && j < lines.size() && j <= i + NAME_DATE_GAP; j++) {
      Line l = lines.get(j);
      if (l.words <= 8 && (l.date() != null || TIME_OF_DAY_FAST.find(l.text, l.folded()))) {
        return true;
      }
      if (l.words > 2 || l.endsSentence) {
        return false;
      }
    }
    return false;
  }

  /** A short line that is a date or a clock time with few other words. */
  private static boolean isDateLine(Line l) {
    return l.words <= 8 && (l.date() != null || TIME_OF_DAY_FAST.find(l.text, l.folded()));
  }

  /** Lines above the body searched for a byline with a role word: the role word makes it sure. */
  static final int CJK_BYLINE_ABOVE = 60;
  /** Lines right after the body searched for an author box when the head has no byline. */
  static final int BYLINE_BELOW_LINES = 12;

  /**
   * A byline that says it is one ("By …", "Autor: …") in the few lines right after the body: some
   * templates name the author only in a box under the article. Teasers of other stories stand
   * farther down, with their own bylines; an end marker or comment header stops the search. First
   * of all, a line of names right under the last paragraph that signs the article ({@link
   * #signature}).
   */
  static List<String> bylineBelow(List<Line> lines, int s, int e, Set<String> stops) {
    // the article signed at its end: a line of person names right after the last paragraph
    if (e + 1 < lines.size()) {
      List<String> names = nameLine(lines, e + 1, stops);
      if (names != null && signature(lines, e + 1, s, e, names)) {
        return names;
      }
    }
    for (int i = e + 1; i < lines.size() && i <= e + BYLINE_BELOW_LINES && !lines.get(i).commentsHeader; i++) {
      // the agency's credit and the editor's initials closing the article ("dpa/jr", "SDA/sep"),
      // maybe under a newsletter's box
      Line l = lines.get(i);
      if (l.words <= 4 && !l.chrome && !l.learnedChrome && l.text.indexOf('/') > 0) {
        List<String> agency = BylineParser.agencyByline(l.text, stops);
        if (agency != null) {
          return agency;
        }
      }
    }
    for (int i = e + 1; i < lines.size() && i <= e + BYLINE_BELOW_LINES; i++) {
      Line l = lines.get(i);
      if (l.paywall || l.commentsHeader || endMarker(l)) {
        return null;
      }
      if (i + 1 < lines.size() && (BylineParser.BARE_PREFIX.matcher(l.text.strip()).matches()
          || BylineParser.isLedBarePrefix(l.text))) {
        // the author's box: "Kommentar von" / "Jane Doe" / "Redakteurin"
        List<String> below = plausibleNames(BylineParser.parseAfterBylineWord(lines.get(i + 1).text, stops), lines);
        if (below != null) {
          return below;
        }
      }
      if (l.words > 20 || l.credit || l.chrome || l.learnedChrome || creditInSecondHalf(l.text)
          || !ChromeLexicon.BYLINE_PREFIX.matcher(l.text).lookingAt()) {
        // only a line that opens with the byline word: "site made by …", "a film by …" are not
        continue;
      }
      List<String> names = BylineParser.parsePrefixed(l.text, stops);
      if (names != null) {
        return names;
      }
    }
    return null;
  }

  /**
   * Whether the names on line {@code i} right after the body (lines s..e) sign the article: their
   * last names stand in one paragraph of the body at most (a reporter may name himself in the
   * lead; a line of tags names the people the story is about, whom the story names again and
   * again), and the line after them is a date line, a page control (a link back to the section,
   * "Back to Sport", or a share button) or the names stand on another line of the page as well
   * (the author's box, the head): a label set like a name ("Quick Links") over the footer's links
   * has none of these.
   */
  static boolean signature(List<Line> lines, int i, int s, int e, List<String> names) {
    Set<String> last = new java.util.HashSet<>();
    for (String n : names) {
      List<String> ws = Text.lowerWords(n);
      if (!ws.isEmpty()) {
        last.add(ws.get(ws.size() - 1));
      }
    }
    int naming = 0;
    for (int k = s; k <= e; k++) {
      for (String w : Text.lowerWords(lines.get(k).text)) {
        if (last.contains(w)) {
          naming++;
          break;
        }
      }
    }
    if (naming > 1) {
      return false;
    }
    if (i + 1 < lines.size() && isDateLine(lines.get(i + 1))) {
      return true;
    }
    if (i + 1 < lines.size() && (ChromeLexicon.isBackLink(lines.get(i + 1).text) || bylineControl(lines.get(i + 1)))) {
      // the page's controls right under the names: a link back to the section ("Back to Sport"),
      // a share or print button; a tag or a label over the footer stands over more links or text
      return true;
    }
    for (int k = 0; k < lines.size(); k++) {
      if (k != i && lines.get(k).text.contains(names.get(0))) {
        return true;
      }
    }
    return false;
  }

  /** Lines after the body searched for a byline set at the article's end. */
  static final int END_BYLINE_LINES = 40;

  /**
   * Names from Korean, Japanese and Chinese bylines with their role word ("홍길동 기자",
   * "责编：李明"): in the head block and the lead first, else at the end of the article and below
   * it, where these pages often set the reporters, one a line. Names from several lines there are
   * collected in order.
   */
  static List<String> cjkByline(List<Line> lines, int headStart, int s, int e) {
    for (int i = Math.max(0, Math.min(headStart, s - CJK_BYLINE_ABOVE)); i <= e && i <= s + LEAD_IN_LINES; i++) {
      List<String> n = BylineParser.parseCjkRole(lines.get(i).text);
      if (n != null) {
        // the reporters one a line, each perhaps with an address line under the name
        List<String> out = new ArrayList<>(n);
        int last = i;
        for (int j = i + 1; j < lines.size() && j - last <= 3 && out.size() < 6; j++) {
          List<String> more = BylineParser.parseCjkRole(lines.get(j).text);
          if (more != null) {
            for (String x : more) {
              if (!out.contains(x)) {
                out.add(x);
              }
            }
            last = j;
          }
        }
        return out;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = Math.max(s, e - 8); i < lines.size() && i <= e + END_BYLINE_LINES && out.size() < 6; i++) {
      List<String> n = BylineParser.parseCjkRole(lines.get(i).text);
      if (n != null) {
        for (String x : n) {
          if (!out.contains(x)) {
            out.add(x);
          }
        }
      }
    }
    if (out.isEmpty()) {
      // an author's box anywhere under the head: the writer's label alone, the name on the next line
      for (int i = headStart; i + 1 < lines.size(); i++) {
        String n = lines.get(i).text.length() <= 8 ? BylineParser.cjkLabelledName(lines.get(i).text, lines.get(i + 1).text) : null;
        if (n != null) {
          return List.of(n);
        }
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** Most name lines read under a byline word that stands alone on its line. */
  static final int NAMES_BELOW_BYLINE_WORD = 6;

  /** Lines above the body closest first: a prefixed byline wins, else a bare name line near the body. */
  private static List<String> findAuthors(List<Line> lines, int from, int s, Set<String> stops) {
    for (int i = from; i < s; i++) {
      List<String> names = BylineParser.parsePrefixed(lines.get(i).text, stops);
      if (names == null && !lines.get(i).chrome && !lines.get(i).credit) {
        // "Politics, News | Published: … | Written by Jane Doe"
        names = BylineParser.parsePrefixedSegment(lines.get(i).text, stops);
      }
      if (names != null) {
        return names;
      }
      List<String> below = namesUnderBylineWord(lines, i, stops);
      if (below != null) {
        return below;
      }
    }
    // A name line that shows it is a byline, first from the title down: the date on the line or
    // on the line next to it, or the author's handle ("Jane Doe@janedoe"). A label set like a
    // name nearer the body ("Key Points", a section's name) has none of these.
    for (int i = from; i < s; i++) {
      Line l = lines.get(i);
      if (l.chrome || l.credit || l.words > 30 || creditUnderLabel(lines, i)
          || (l.learnedChrome && !dateLineFollows(lines, i, s))) {
        // a prolific reporter's name line recurs on many pages of the site and may be learned
        // as chrome: over its date line it is still the byline
        continue;
      }
      boolean dated = l.date() != null || l.text.indexOf('@') > 0
          || dateLineFollows(lines, i, s) || (i > from && isDateLine(lines.get(i - 1)))
          || (i + 1 < s && bylineControl(lines.get(i + 1)));
      if (dated) {
        List<String> names = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
        if (names != null) {
          return withNameLines(lines, i, from, s, names, stops);
        }
      }
      if (i + 1 < s && metaDateLine(lines.get(i + 1).text)) {
        // "JANE DOE" / "Nov. 20, 2019 …": a name set in capitals over the date line
        List<String> names = plausibleNames(BylineParser.parseCapitals(l.text, stops), lines);
        if (names != null) {
          return names;
        }
      }
    }
    for (int i = s - 1; i >= from && s - i <= 8; i--) {
      Line l = lines.get(i);
      if (!l.chrome) {
        // "REUTERS", "AFP, Manila", "dpa, Jane Doe": a line that credits an agency, which the
        // picture-credit test also marks; the same credit heads many pages of the run, so the
        // job may have learned it as chrome
        List<String> agency = BylineParser.agencyByline(l.text, stops);
        if (agency != null) {
          return agency;
        }
      }
      // an author's name often stands twice (the portrait's alt text, then the name); a caption
      // standing twice is no name and fails the name test below
      if (l.chrome || l.credit || l.learnedChrome || creditUnderLabel(lines, i)) {
        continue;
      }
      List<String> names = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
      int bar = buttonBarAbove(lines, i, from);
      if (names != null && bar >= 0) {
        // the last of a bar of buttons ("Share" / "Email" / "Pocket" / "Ad Policy"): a name line
        // between the headline and the bar is the byline
        for (int j = bar - 1; j >= from; j--) {
          List<String> above = nameLine(lines, j, stops);
          if (above != null) {
            return above;
          }
        }
      }
      if (names != null) {
        // a label set like a name ("Share Tweet") is passed over, not taken as the end of the search;
        // the names of several authors may stand one a line ("Jane Doe" / "John Roe")
        return withNameLines(lines, i, from, s, names, stops);
      }
      if (BylineParser.bareAgency(l.text) != null) {
        return List.of(l.text.strip());
      }
    }
    // A name line right under the title, however far the body starts below it.
    for (int i = from; i < s && i < from + 6; i++) {
      Line l = lines.get(i);
      if (!l.chrome && !l.credit && !l.learnedChrome && !creditUnderLabel(lines, i)) {
        List<String> names = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
        if (names != null) {
          return names;
        }
      }
    }
    // A byline line above the title ("By …" or a name with the date before the headline in some
    // templates), closest first, within the head block.
    for (int i = from - 2; i >= 0 && from - i <= BYLINE_ABOVE_TITLE; i--) {
      Line l = lines.get(i);
      if (l.paywall) {
        break;
      }
      List<String> names = BylineParser.parsePrefixed(l.text, stops);
      if (names == null && !l.chrome && !l.credit && l.words <= 30 && l.date() != null) {
        names = BylineParser.parseBare(l.text, stops);
      }
      if (names == null && !l.chrome && !l.credit && !l.learnedChrome && dateLineFollows(lines, i, from - 1)) {
        // "Jane Doe" / "Politics" / "11.14.2019 09:00 AM" over the headline
        names = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
      }
      String card = names == null && !l.chrome && !l.credit && !l.learnedChrome ? BylineParser.nameWithRole(l.text, stops) : null;
      if (card != null) {
        // the author's card over the headline: "Jane Doe – Reporter", one a line for several
        List<String> cards = new ArrayList<>(List.of(card));
        for (int j = i - 1; j >= 0 && i - j < NAMES_BELOW_BYLINE_WORD; j--) {
          String above = BylineParser.nameWithRole(lines.get(j).text, stops);
          if (above == null) {
            break;
          }
          cards.add(0, above);
        }
        names = plausibleNames(cards, lines);
      }
      if (names == null) {
        // "By" alone, the names one a line under it, over the headline
        names = namesUnderBylineWord(lines, i, stops);
      }
      if (names != null) {
        return names;
      }
    }
    // Farther above the title, only a line that says it is a byline ("By …", "Von …"): templates
    // set the byline over a lead picture, a share bar and a kicker, above the headline.
    for (int i = from - 2 - BYLINE_ABOVE_TITLE; i >= 0 && from - i <= FAR_BYLINE_ABOVE_TITLE; i--) {
      Line l = lines.get(i);
      if (l.paywall || l.commentsHeader) {
        break;
      }
      if (l.credit || l.chrome || creditInSecondHalf(l.text)) {
        // "Photo by Name/Agency" is a picture credit
        continue;
      }
      List<String> names = l.learnedChrome ? null : BylineParser.parsePrefixed(l.text, stops);
      if (names == null) {
        // "By" alone, the names one a line under it, over a share bar and the headline; the byline
        // word alone stands on every page of the site and may be learned as its chrome
        names = namesUnderBylineWord(lines, i, stops);
      }
      if (names == null && !l.learnedChrome && dateLineFollows(lines, i, from - 1)) {
        // a name line over its date line, far over the headline (a subscription box between
        // them): a teaser's byline there would be another story's, so only when the name stands
        // again below the headline, on its own line (the author's box under the article)
        List<String> dated = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
        if (dated != null && nameLineBelow(lines, from, dated.get(0), stops)) {
          names = dated;
        }
      }
      if (names != null) {
        return names;
      }
    }
    return null;
  }

  /** Whether {@code name} stands alone on a name line at or below line {@code from}. */
  private static boolean nameLineBelow(List<Line> lines, int from, String name, Set<String> stops) {
    for (int k = from; k < lines.size(); k++) {
      if (lines.get(k).words <= 6 && lines.get(k).text.contains(name)) {
        List<String> n = nameLine(lines, k, stops);
        if (n != null && n.contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether line {@code i} is the text of a picture's credit whose label stands alone on the line
   * above ("Foto:" / "Jane Doe / AP", "Photo :" / "Jane Doe"): the photographer, not the author.
   */
  static boolean creditUnderLabel(List<Line> lines, int i) {
    if (i == 0) {
      return false;
    }
    Line above = lines.get(i - 1);
    return above.credit && above.words <= 2 && above.text.strip().endsWith(":");
  }

  /**
   * The names under line {@code i} when it is a byline word alone ("Von", "By", "Analysis by"),
   * one per line below it, maybe each with its list separator ("Jane Doe," / "John Roe &" / "Ann
   * Poe") or with the separator on a line of its own; null when line {@code i} is no such word
   * or no name follows it.
   */
  private static List<String> namesUnderBylineWord(List<Line> lines, int i, Set<String> stops) {
    if (!BylineParser.BARE_PREFIX.matcher(lines.get(i).text).matches() && !BylineParser.isLedBarePrefix(lines.get(i).text)) {
      return null;
    }
    List<String> below = new ArrayList<>();
    for (int j = i + 1; j < lines.size() && j <= i + 2 * NAMES_BELOW_BYLINE_WORD && below.size() < NAMES_BELOW_BYLINE_WORD; j++) {
      if (BylineParser.isNameListSeparator(lines.get(j).text)) {
        continue;
      }
      String t = BylineParser.nameListItem(lines.get(j).text);
      List<String> n = BylineParser.parsePrefixed(t, stops);
      if (n == null) {
        n = BylineParser.parseAfterBylineWord(t, stops);
      }
      if (n == null && BylineParser.bareAgency(t) != null) {
        n = List.of(t.strip());
      }
      if (n == null && below.isEmpty() && lines.get(i).text.strip().endsWith(":")
          && BylineParser.labelledAuthor(t) != null) {
        // "Author:" / "The Harbour Desk": the label says what the line under it is, a desk's
        // or a site's name as well as a person's
        n = List.of(BylineParser.labelledAuthor(t));
      }
      if (n == null) {
        break;
      }
      below.addAll(n);
    }
    return below.isEmpty() ? null : below;
  }

  /**
   * {@code names}, read from line {@code i}, with the names of the lines right above it (down to
   * line {@code from}) and right below it (before line {@code to}, and followed by a date line)
   * that are each only person names of two or three words: several authors set one a line. At most {@link #NAMES_BELOW_BYLINE_WORD}
   * names, in the order of the lines.
   */
  static List<String> withNameLines(List<Line> lines, int i, int from, int to, List<String> names, Set<String> stops) {
    List<String> out = new ArrayList<>(names);
    for (int j = i - 1; j >= from && out.size() < NAMES_BELOW_BYLINE_WORD; j--) {
      List<String> above = nameLine(lines, j, stops);
      if (above == null) {
        break;
      }
      for (String n : above) {
        // an author's name often stands twice (the portrait's alt text, then the name)
        if (!out.contains(n)) {
          out.add(0, n);
        }
      }
    }
    // below, only names that the date line closes ("Jane Doe" / "John Roe" / "3 May 2024"): a
    // label set like a name ("Key Points") may stand between the byline and the body
    List<String> below = new ArrayList<>();
    for (int j = i + 1; j < to && out.size() + below.size() < NAMES_BELOW_BYLINE_WORD; j++) {
      if (isDateLine(lines.get(j))) {
        for (String n : below) {
          if (!out.contains(n)) {
            out.add(n);
          }
        }
        break;
      }
      List<String> more = nameLine(lines, j, stops);
      if (more == null) {
        break;
      }
      below.addAll(more);
    }
    return out;
  }

  /**
   * A short line of the byline's controls ("Listen to article", "Teilen", "Kopiera länk"): the
   * name line over it is the byline, as over a date line.
   */
  private static boolean bylineControl(Line l) {
    return l.words <= 4 && !l.credit && ChromeLexicon.hasUiControl(l.text, l.folded());
  }

  /** The names of line {@code j} if it holds only person names of two or three words, else null. */
  private static List<String> nameLine(List<Line> lines, int j, Set<String> stops) {
    Line l = lines.get(j);
    if (l.chrome || l.credit || l.learnedChrome) {
      return null;
    }
    List<String> names = plausibleNames(BylineParser.parseBare(l.text, stops), lines);
    if (names == null || names.stream().anyMatch(n -> n.split("\\s+").length > 3)) {
      // four capitalised words and more in such a list are rather a label ("Jo Roe North Diving")
      return null;
    }
    return names;
  }

  /** One-word lines in a row that make a bar of buttons (share, mail, print). */
  static final int BUTTON_BAR_LINES = 3;

  /**
   * The first line of the bar of buttons that line {@code i} comes right after: {@link
   * #BUTTON_BAR_LINES} or more lines of one word each ("Share", "Email", "Pocket"), all at or below
   * line {@code from}; -1 when there is none. A label set like a name after such a bar ("Ad
   * Policy", "Copy Link" in the page's language) may be one more button.
   */
  static int buttonBarAbove(List<Line> lines, int i, int from) {
    int j = i - 1;
    while (j >= from && lines.get(j).words == 1) {
      j--;
    }
    return i - 1 - j >= BUTTON_BAR_LINES ? j + 1 : -1;
  }

  /** Lines above the title searched for a prefixed byline when none stands nearer. */
  static final int FAR_BYLINE_ABOVE_TITLE = 25;

  /**
   * The publication date: the head block first (where a date labelled as an update counts only
   * when no other date stands there), then a short date line in the first lines of the body (a
   * dateline under the standfirst), then a relative date of the head or lead read against the
   * crawl time, then the day in the page's URL ({@link DateExtractor#fromUrl}: "/2024/05/17/",
   * midnight UTC of that day), then below the body, then above the head, then beside the
   * headline's repeat in a list of teasers ({@link #ownTeaserDate}). In the head block
   * the lines between title and body come first, then the few lines right above the title; a
   * date inside a sentence there (a picture caption: "… in Madrid, on 15 May 2025.") is the date
   * of something else.
   */
  private static Long findDate(
      List<Line> lines, int titleIdx, int headStart, int s, int e, String lang, Long crawledAt, String url) {
    Long found;
    if (titleIdx >= 0) {
      found = headDate(lines, titleIdx + 1, s, lang, false);
      if (found == null) {
        found = headDate(lines, Math.max(headStart, titleIdx - DATE_ABOVE_TITLE), titleIdx + 1, lang, true);
      }
    } else {
      found = headDate(lines, headStart, s, lang, false);
    }
    if (found == null) {
      found = yearlessHeadDate(lines, titleIdx >= 0 ? titleIdx + 1 : headStart, s);
    }
    if (found != null) {
      return found;
    }
    for (int i = s; i <= e && i <= s + LEAD_IN_LINES; i++) {
      Line l = lines.get(i);
      if (l.words <= 12) {
        DateExtractor.Found f = DateExtractor.find(l.text, lang);
        if (f != null) {
          return f.epochMicros;
        }
      }
    }
    Long meta = leadMetaDate(lines, s, e, lang);
    if (meta != null) {
      return meta;
    }
    if (crawledAt != null) {
      // "3 hours ago", "vor 2 Stunden": only on a meta line of the head or the lead, read
      // against the crawl time
      int from = titleIdx >= 0 ? Math.max(headStart, titleIdx - DATE_ABOVE_TITLE) : headStart;
      for (int i = from; i <= e && i <= s + LEAD_IN_LINES; i++) {
        Line l = lines.get(i);
        if (l.words <= MAX_DATE_LINE_WORDS) {
          DateExtractor.Found f = DateExtractor.findRelative(l.text, crawledAt);
          if (f != null) {
            return f.epochMicros;
          }
        }
      }
    }
    Long fromUrl = DateExtractor.fromUrl(url);
    if (fromUrl != null) {
      // the day in the page's address ("/2024/05/17/"), which the publisher gave: surer than a
      // date below the body or far above the head, which may be a teaser's
      return fromUrl;
    }
    for (int i = e + 1; i < lines.size() && i <= e + 8; i++) {
      Line l = lines.get(i);
      if (l.words <= 15) {
        DateExtractor.Found f = DateExtractor.find(l.text, lang);
        if (f != null) {
          return f.epochMicros;
        }
      }
    }
    Long postMeta = postMetaDate(lines, s, e, lang);
    if (postMeta != null) {
      return postMeta;
    }
    int from = titleIdx >= 0 ? Math.max(headStart, titleIdx - DATE_ABOVE_TITLE) : headStart;
    for (int i = from - 1; i >= 0; i--) {
      Line l = lines.get(i);
      if (l.words <= 15) {
        DateExtractor.Found f = DateExtractor.find(l.text, lang);
        if (f != null) {
          return f.epochMicros;
        }
      }
    }
    return titleIdx >= 0 ? ownTeaserDate(lines, titleIdx, lang) : null;
  }

  /** How far below the text run {@link #postMetaDate} looks for a post's closing meta line. */
  static final int POST_META_LINES = 30;

  /** A post's closing meta line opens with its author: "Posted by …", "Von …", "Publié par …". */
  private static final Pattern POST_META = Pattern.compile(
      "^(?:(?:posted|published|written|publié|publiée|publicado|pubblicato|veröffentlicht|geplaatst|geschrieben)"
          + "\\s+(?:by|par|por|da|von|door)|by|von|par|por|di|door|af|av)\\s+\\p{L}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The date of a post's closing meta line under the text, as blog themes set it ("Posted by Jane Roe
   * on June 4, 2024 in News", "Von Redaktion am 21/02/2021. Abgelegt unter Politik"), however long
   * the line goes on: the author first, the date within the next few words. The text run [s, e] may
   * have taken the line in (it leaves the body as chrome). Read only when the head and the lead have
   * no date; null when there is none.
   */
  static Long postMetaDate(List<Line> lines, int s, int e, String lang) {
    for (int i = s + 1; i < lines.size() && i <= e + POST_META_LINES; i++) {
      Line l = lines.get(i);
      // cheap tests first: a short start, a digit somewhere
      if (l.words < 4 || l.bullet || !DateExtractor.hasDigits(l.text, 2) || !POST_META.matcher(l.text).find()) {
        continue;
      }
      DateExtractor.Found f = DateExtractor.find(l.text, lang);
      if (f != null && Text.countWords(l.text.substring(0, f.start)) <= 8) {
        return f.epochMicros;
      }
    }
    return null;
  }

  /**
   * The date beside the page's own headline where a list of teasers further on the page repeats
   * it ("Latest news" / the headline / "20 February, 2024"): a line of a date alone right under
   * or right over another line of the same text as the title. Null when there is none.
   */
  static Long ownTeaserDate(List<Line> lines, int titleIdx, String lang) {
    String title = lines.get(titleIdx).text.strip();
    for (int j = 0; j < lines.size(); j++) {
      if (Math.abs(j - titleIdx) <= 1 || !lines.get(j).text.strip().equals(title)) {
        continue;
      }
      for (int k : new int[] {j + 1, j - 1}) {
        if (k < 0 || k >= lines.size() || k == titleIdx) {
          continue;
        }
        String t = lines.get(k).text;
        DateExtractor.Found f = t.length() > 80 ? null : DateExtractor.find(t, lang);
        if (f != null && letterWords(t.substring(0, f.start) + " " + t.substring(f.end)) <= 2) {
          return f.epochMicros;
        }
      }
    }
    return null;
  }

  /**
   * A date without its year on a meta line of the head block ("Posted Nov 18, 8:19 PM"), in the
   * year of the page's copyright line, the year the page was made. Null when the page states none.
   */
  private static Long yearlessHeadDate(List<Line> lines, int from, int s) {
    int year = -1;
    for (int i = from; i < s; i++) {
      String t = lines.get(i).text;
      if (lines.get(i).words > 2 * MAX_DATE_LINE_WORDS) {
        continue;
      }
      if (year < 0) {
        List<String> texts = new ArrayList<>(lines.size());
        for (Line l : lines) {
          texts.add(l.text);
        }
        year = DateExtractor.copyrightYear(texts);
        if (year < 0) {
          return null;
        }
      }
      DateExtractor.Found f = DateExtractor.findWithoutYear(t, year);
      if (f != null && letterWords(t.substring(0, f.start) + " " + t.substring(f.end)) <= MAX_DATE_LINE_WORDS
          && !DateExtractor.isUpdate(t, f)) {
        return f.epochMicros;
      }
    }
    return null;
  }

  /** Lines above the title searched for its date line ("April 28, 2024 3:00 AM" over the headline). */
  static final int DATE_ABOVE_TITLE = 8;
  /** Most words beside the date that a date line of the head block has. */
  static final int MAX_DATE_LINE_WORDS = 12;

  /**
   * The first date of a meta line in [from, to), read from the end when {@code closestLast}; a date
   * labelled as an update only when no other date stands there.
   */
  /** Separators of the fields of a meta line ("By Jane Doe | 3 May 2024"). */
  private static final Pattern CAPTION_DATE_SEPARATORS = Pattern.compile("[|·•/]");

  private static Long headDate(List<Line> lines, int from, int to, String lang, boolean closestLast) {
    Long update = null;
    Long plain = null;
    Set<String> stops = lang != null && Stopwords.has(lang.split("-")[0]) ? Stopwords.forLanguage(lang.split("-")[0]) : Set.of();
    for (int k = from; k < to; k++) {
      int i = closestLast ? to - 1 - (k - from) : k;
      String t = lines.get(i).text;
      DateExtractor.Found f = DateExtractor.find(t, lang);
      if (f == null && lines.get(i).words <= MAX_DATE_LINE_WORDS) {
        // "Opinion2024.03.31 19:59": a date glued to the word before it
        t = DateExtractor.unglue(t);
        f = DateExtractor.find(t, lang);
      }
      if (f == null || letterWords(t.substring(0, f.start) + " " + t.substring(f.end)) > MAX_DATE_LINE_WORDS
          || captionDate(t, f, stops)) {
        continue;
      }
      if (DateExtractor.isPublished(t, f)) {
        // "Veröffentlicht am 27.04.24" beats the date of an audio or a teaser next to it
        return f.epochMicros;
      }
      if (!DateExtractor.isUpdate(t, f)) {
        if (plain == null) {
          plain = f.epochMicros;
        }
      } else if (update == null) {
        update = f.epochMicros;
      }
    }
    return plain != null ? plain : update;
  }

  /**
   * Whether the date ends a phrase of the page's language rather than standing on a meta line:
   * five words or more before it, two of them stopwords, nothing but a time after it, and no
   * byline word or separator of meta fields ("Tanks at the front near the river, 24 April 2023"):
   * a picture caption's date, the day the picture was taken.
   */
  private static boolean captionDate(String t, DateExtractor.Found f, Set<String> stops) {
    if (stops.isEmpty() || letterWords(t.substring(f.end)) > 1 || CAPTION_DATE_SEPARATORS.matcher(t).find()
        || ChromeLexicon.BYLINE_PREFIX.matcher(t).lookingAt()) {
      return false;
    }
    List<String> ws = Text.lowerWords(t.substring(0, f.start));
    if (ws.size() < 5) {
      return false;
    }
    int n = 0;
    for (String w : ws) {
      if (stops.contains(w)) {
        n++;
      }
    }
    return n >= 2;
  }


  /** Country domains of places that write dates day first, though their pages are in English. */
  private static final Set<String> DAY_FIRST_DOMAINS =
      Set.of("uk", "ie", "au", "nz", "za", "in", "pk", "ng", "ke", "gh", "sg", "my", "eu", "hk", "lk");

  /**
   * The language tag dates are read with: the page's language, except that an English page whose
   * unambiguous slash dates are day first ("25/10/2024"), or whose site is under the country domain
   * of a place that writes day first, reads "04/11/2024" as 4 November ("en-GB").
   */
  static String dateLanguage(List<Line> lines, String lang, String url) {
    if (!"en".equals(lang)) {
      return lang;
    }
    String site = siteOf(url);
    if (site != null && DAY_FIRST_DOMAINS.contains(site.substring(site.lastIndexOf('.') + 1))) {
      return "en-GB";
    }
    List<String> texts = new ArrayList<>(lines.size());
    for (Line l : lines) {
      texts.add(l.text);
    }
    Boolean dayFirst = DateExtractor.numericOrder(texts);
    return Boolean.TRUE.equals(dayFirst) ? "en-GB" : lang;
  }

  /** The host of a URL without "www.", or null. */
  public static String siteOf(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      for (String p : new String[] {"www.", "m.", "amp."}) {
        if (host.startsWith(p)) {
          host = host.substring(p.length());
        }
      }
      return host;
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }
}
