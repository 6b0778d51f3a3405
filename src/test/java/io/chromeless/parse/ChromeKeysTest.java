package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import io.chromeless.testing.GeneratedPages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChromeKeysTest {
  private static final String P1 =
      "The council met on Tuesday evening to discuss the new budget for the harbour and the roads around it.";
  private static final String P2 =
      "Residents asked the council to keep the night ferry running through the winter months this year as well.";
  private static final String P3 =
      "A farmer in the valley has grown a pumpkin that weighs more than a small car, the county fair said today.";

  private static RawPage page(String url, String... lines) {
    return new RawPage("file:///p.txt", 0, url, null, String.join("\n", lines));
  }

  @Test
  void keys_areScopedBySite_orByRunWithoutUrl() {
    assertThat(ChromeKeys.observe(page("https://www.example.org/a/1", "Home", "Sign in!")).keys)
        .containsExactly("example.org\thome", "example.org\tsign in");
    assertThat(ChromeKeys.observe(page(null, "Home")).keys).containsExactly("\thome");
  }

  @Test
  void fingerprint_sameArticleUnderOtherChrome_isEqual_otherArticle_differs() {
    long a = ChromeKeys.observe(page(null, "Menu", "Home", P1, P2, "Footer of site A")).fingerprint;
    long b = ChromeKeys.observe(page(null, "Startseite", P1, P2, "Another footer", "Subscribe")).fingerprint;
    long c = ChromeKeys.observe(page(null, "Menu", "Home", P3, "Footer of site A")).fingerprint;
    assertThat(a).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void threshold_isHigherForParagraphLongLines() {
    assertThat(ChromeKeys.isChrome("\thome", 3, 3)).isTrue();
    assertThat(ChromeKeys.isChrome("\thome", 2, 3)).isFalse();
    String para = "\t" + PageParser.lineKey(P1);
    assertThat(ChromeKeys.isChrome(para, 3, 3)).isFalse();
    assertThat(ChromeKeys.isChrome(para, 6, 3)).isTrue();
    assertThat(ChromeKeys.isChrome("\thome", 1000, 0)).isFalse();
  }

  /** The first rule of the job, on strings: scoped keys seen on enough distinct fingerprints. */
  private static Set<String> stringDecision(List<RawPage> pages, int minArticles) {
    Map<String, Set<Long>> articles = new HashMap<>();
    for (RawPage p : pages) {
      ChromeKeys.Observed o = ChromeKeys.observe(p);
      for (String k : o.keys) {
        articles.computeIfAbsent(k, x -> new HashSet<>()).add(o.fingerprint);
      }
    }
    Set<String> chrome = new HashSet<>();
    articles.forEach((k, fps) -> {
      if (ChromeKeys.isChrome(k, fps.size(), minArticles)) {
        chrome.add(k);
      }
    });
    return chrome;
  }

  @Test
  void hashedDecision_takesTheSameLinesAsTheStringDecision_onGeneratedPages() {
    for (long seed : new long[] {1, 2}) {
      List<RawPage> pages = GeneratedPages.raw(1500, seed);
      Set<String> observed = new HashSet<>();
      pages.forEach(p -> observed.addAll(ChromeKeys.observe(p).keys));
      for (int min : new int[] {2, 3, 5}) {
        Set<String> chrome = stringDecision(pages, min);
        LongSet hashed = ChromeKeys.learn(pages, min);
        assertThat(chrome).as("seed %d min %d", seed, min).hasSizeGreaterThan(20);
        assertThat(hashed.size()).isEqualTo(chrome.size());
        for (String k : observed) {
          assertThat(hashed.contains(ChromeKeys.lineHash(k))).as(k).isEqualTo(chrome.contains(k));
        }
      }
    }
  }

  @Test
  void observeHashed_isObserve_hashed() {
    for (RawPage p : GeneratedPages.raw(200, 5)) {
      ChromeKeys.Observed o = ChromeKeys.observe(p);
      ChromeKeys.Hashed h = ChromeKeys.observeHashed(p);
      assertThat(h.fingerprint).isEqualTo(o.fingerprint);
      List<Long> want = new ArrayList<>();
      for (String k : o.keys) {
        String key = k.substring(k.indexOf('\t') + 1);
        boolean longLine = Text.countWords(key) >= ChromeKeys.LONG_LINE_WORDS;
        want.add(ChromeKeys.countedKey(ChromeKeys.lineHash(k), longLine));
      }
      List<Long> got = new ArrayList<>();
      for (int i = 0; i < h.size; i++) {
        got.add(h.keys[i]);
      }
      assertThat(got).containsExactlyElementsOf(want);
    }
  }

  @Test
  void countedKey_carriesTheLongFlag_andTheThresholdFollowsIt() {
    long h = ChromeKeys.lineHash(ChromeKeys.scopeSeed("example.org"), "home");
    assertThat(h & 1L).isZero();
    long shortKey = ChromeKeys.countedKey(h, false);
    long longKey = ChromeKeys.countedKey(h, true);
    assertThat(ChromeKeys.isLong(longKey)).isTrue();
    assertThat(ChromeKeys.isLong(shortKey)).isFalse();
    assertThat(ChromeKeys.lineHashOf(longKey)).isEqualTo(h);
    assertThat(ChromeKeys.isChrome(shortKey, 3, 3)).isTrue();
    assertThat(ChromeKeys.isChrome(longKey, 5, 3)).isFalse();
    assertThat(ChromeKeys.isChrome(longKey, 6, 3)).isTrue();
    assertThat(ChromeKeys.isChrome(shortKey, 100, 0)).isFalse();
  }

  @Test
  void lineHash_dependsOnScopeAndKey_andIsTheParsersOwn() throws Exception {
    long a = ChromeKeys.lineHash("a.example\thome");
    assertThat(a).isEqualTo(ChromeKeys.lineHash(ChromeKeys.scopeSeed("a.example"), "home"));
    assertThat(ChromeKeys.lineHash("b.example\thome")).isNotEqualTo(a);
    assertThat(ChromeKeys.lineHash("a.example\thome page")).isNotEqualTo(a);
    assertThat(ChromeKeys.lineHash("\thome")).isNotEqualTo(a);
    // the parser takes a learned line for chrome: a short line that it would otherwise keep as prose
    String note = "Our reporters in the valley are always glad to hear from you about the news of the week";
    RawPage page = page("https://a.example/story", P1, note, P2, P3);
    assertThat(new PageParser().parse(page).body()).contains(note);
    long learned = ChromeKeys.lineHash(ChromeKeys.scopeSeed("a.example"), PageParser.lineKey(note));
    assertThat(new PageParser(LongSet.of(learned)).parse(page).body()).doesNotContain(note);
    // the same line learned on another site is not this site's chrome
    long elsewhere = ChromeKeys.lineHash(ChromeKeys.scopeSeed("b.example"), PageParser.lineKey(note));
    assertThat(new PageParser(LongSet.of(elsewhere)).parse(page).body()).contains(note);
  }

  @Test
  void aLearnedLabelBetweenParagraphs_costsNoMoreThanThePagesOwnRepeatedLabel() throws Exception {
    String label = "Article content";
    List<String> lines = new ArrayList<>();
    String[] paragraphs = {
      "The council met on Tuesday evening to discuss the new bridge, and most of the members said that the plan was too expensive for the town.",
      "After a long debate the mayor asked the engineers to look again at the costs, which had grown by a third since the spring of last year.",
      "The engineers said that the steel for the bridge had become more expensive and that the work would take at least two more years.",
      "Several residents who came to the meeting said that they would rather have a ferry, which could run by the end of this summer.",
      "The council will vote on the plan in March, when the engineers are expected to present a smaller design that costs less money.",
      "Until then the old ferry will keep running twice an hour, and the town will pay for the repairs that it needs before the winter."};
    for (int i = 0; i < paragraphs.length; i++) {
      lines.add(paragraphs[i]);
      lines.add(label);
      if (i == 2) {
        // a box of other stories in the middle of the article, between two labels
        lines.addAll(List.of("Read More", "Town opens new library", "Advertisement", label));
      }
    }
    RawPage page = page("https://a.example/story", lines.toArray(String[]::new));
    String last = paragraphs[paragraphs.length - 1];
    assertThat(new PageParser().parse(page).body()).contains(paragraphs[0], last);
    long seed = ChromeKeys.scopeSeed("a.example");
    LongSet learned = LongSet.of(ChromeKeys.lineHash(seed, PageParser.lineKey(label)),
        ChromeKeys.lineHash(seed, PageParser.lineKey("Advertisement")),
        ChromeKeys.lineHash(seed, PageParser.lineKey("Read More")));
    String body = new PageParser(learned).parse(page).body();
    assertThat(body).contains(paragraphs[0], last).doesNotContain(label);
  }

  @Test
  void isLongKey_isTheWordCountRule() {
    List<String> lines = new ArrayList<>(List.of("", "a", "one two three four five six seven eight nine ten eleven twelve"
        + " thirteen fourteen", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen 15",
        "日本語の記事です。今日は晴れです。明日は雨が降るでしょう。週末は出かけます。", "ข่าววันนี้ฝนตกหนักในกรุงเทพมหานครและปริมณฑลหลายพื้นที่",
        "Tiếng Việt là ngôn ngữ chính thức của Việt Nam với hơn chín mươi triệu người nói trên khắp thế giới này"));
    for (RawPage p : GeneratedPages.raw(100, 8)) {
      lines.addAll(List.of(p.text().split("\n")));
    }
    for (String line : lines) {
      String key = PageParser.lineKey(line);
      assertThat(ChromeKeys.isLongKey(key)).as(key).isEqualTo(Text.countWords(key) >= ChromeKeys.LONG_LINE_WORDS);
    }
  }
}
