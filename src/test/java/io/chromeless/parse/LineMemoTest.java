package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.bench.BenchPages;
import io.chromeless.model.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parser's memo of short lines' classes gives what classifying them again gives. */
class LineMemoTest {
  private static final String PAGE = String.join("\n",
      "Home", "• Home", "Sign in to keep reading", "Subscribe for $1 a week", "© 2024 The Paper. All rights reserved.",
      "12 comments", "Comments", "By Jane Doe", "Updated March 3, 2024 at 10:15 am", "Photo: John Smith/AP",
      "The council voted on Tuesday to close the library for the summer, and residents who use it every week said"
          + " that nobody had asked them before the vote was taken.",
      "Privacy policy", "Ford Recalls TrucksFord is recalling nearly half a million pickups over a fault");

  @Test
  void aRememberedLine_getsTheClassesOfAFreshClassification() {
    LineMemo memo = new LineMemo();
    Set<String> en = Stopwords.forLanguage("en");
    for (int pass = 0; pass < 3; pass++) {
      List<Line> viaMemo = Line.split(PAGE);
      List<Line> fresh = Line.split(PAGE);
      for (int i = 0; i < viaMemo.size(); i++) {
        memo.classify(viaMemo.get(i), en, true);
        fresh.get(i).classify(en, true);
        assertThat(viaMemo.get(i).classes()).as(fresh.get(i).text).isEqualTo(fresh.get(i).classes());
      }
    }
    // every line but the long sentence (over MAX_WORDS: classified each time) was remembered on the
    // first pass and found on the next two
    int lines = Line.split(PAGE).size();
    assertThat(memo.misses()).isEqualTo(lines - 1);
    assertThat(memo.hits()).isEqualTo(2L * (lines - 1));
  }

  @Test
  void linesOfTheSameShortText_shareWhatTheTextTells() {
    LineMemo memo = new LineMemo();
    Set<String> en = Stopwords.forLanguage("en");
    List<Line> first = Line.split(PAGE);
    List<Line> second = Line.split(PAGE);
    first.forEach(l -> memo.classify(l, en, true));
    second.forEach(l -> memo.classify(l, en, true));
    for (int i = 0; i < first.size(); i++) {
      Line a = first.get(i);
      Line b = second.get(i);
      if (a.words <= LineMemo.MAX_WORDS) {
        assertThat(b.facts).as(a.text).isSameAs(a.facts);
      } else {
        assertThat(b.facts).as(a.text).isNotSameAs(a.facts);
      }
      // asked of either line, the answers are those of a line of its own
      Line alone = Line.split(a.text).get(0);
      assertThat(when(b.date())).isEqualTo(when(alone.date()));
      assertThat(b.readsAsName()).isEqualTo(alone.readsAsName());
      assertThat(PageParser.isHeadMarker(b, en)).isEqualTo(PageParser.isHeadMarker(alone, en));
    }
  }

  @Test
  void theSameTextWithABullet_orWithOtherStopwords_isAnotherLine() {
    LineMemo memo = new LineMemo();
    List<Line> lines = Line.split("Comments\n• Comments");
    assertThat(lines.get(0).text).isEqualTo(lines.get(1).text);
    memo.classify(lines.get(0), Stopwords.forLanguage("en"), true);
    memo.classify(lines.get(1), Stopwords.forLanguage("en"), true);
    assertThat(lines.get(0).commentsHeader).isTrue();
    assertThat(lines.get(1).commentsHeader).isFalse(); // a bulleted "Comments" is a menu item
    memo.classify(Line.split("Comments").get(0), Stopwords.forLanguage("de"), true);
    memo.classify(Line.split("Comments").get(0), Stopwords.forLanguage("en"), false);
    assertThat(memo.hits()).isZero();
    assertThat(memo.misses()).isEqualTo(4);
  }

  @Test
  void aParserWithTheMemo_parsesGeneratedPagesAsOneWithout() throws IOException {
    BenchPages pages = BenchPages.generate(400, 11);
    PageParser withMemo = new PageParser(pages.chrome);
    PageParser without = new PageParser(pages.chrome, false);
    for (RawPage p : pages.pages) {
      assertThat(outcome(withMemo, p)).as(p.sourceUri()).isEqualTo(outcome(without, p));
    }
  }

  private static String when(DateExtractor.Found f) {
    return f == null ? "none" : f.epochMicros + "@" + f.start + "-" + f.end;
  }

  private static String outcome(PageParser parser, RawPage page) throws IOException {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      parser.parse(page).writeTo(new DataOutputStream(b));
      return java.util.HexFormat.of().formatHex(b.toByteArray());
    } catch (PageParser.NoArticleException e) {
      return e.reason() + ": " + e.getMessage();
    }
  }
}
