package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleMergerTest {
  private static ParsedPage page(String uri, String title, boolean paywalled, String body, List<String> captions) {
    return ParsedPage.builder()
        .docId("id-" + uri)
        .sourceUri(uri)
        .title(title)
        .paywalled(paywalled)
        .body(body)
        .wordCount(body.split("\\s+").length)
        .captions(captions)
        .build();
  }

  private static ArticleMerger.Capture capture(ParsedPage p) {
    return new ArticleMerger.Capture(p, MinHasher.sign(p.docId(), p.body()));
  }

  @Test
  void canonical_isMostComplete_andFieldsAreFilledFromOthers() {
    String body = DuplicateRulesTest.article(1, 400);
    ParsedPage untitled = page("file:///a.txt", null, false, body, List.of("Caption one"));
    ParsedPage titledCut = page("file:///b.txt", "The title", true, body.substring(0, body.length() / 2), List.of("Caption two"));
    ParsedPage titledFull = page("file:///c.txt", "The title", false, body, null);
    ParsedPage authored = untitled.toBuilder().docId("id-d").sourceUri("file:///d.txt").authors(List.of("A. Writer")).build();

    ArticleMerger.Merged m =
        ArticleMerger.merge(List.of(capture(untitled), capture(titledCut), capture(titledFull), capture(authored)));

    assertThat(m.article.fields().sourceUri()).isEqualTo("file:///c.txt");
    assertThat(m.article.fields().title()).isEqualTo("The title");
    assertThat(m.article.fields().authors()).containsExactly("A. Writer");
    assertThat(m.article.fields().captions()).containsExactlyInAnyOrder("Caption one", "Caption two");
    assertThat(m.article.fields().paywalled()).isFalse();
    assertThat(m.article.duplicateCount()).isEqualTo(4);
    assertThat(m.documents).hasSize(4);
    assertThat(m.documents.stream().filter(DocumentRow::canonical).map(DocumentRow::sourceUri)).containsExactly("file:///c.txt");
    assertThat(m.documents).allSatisfy(d -> assertThat(d.articleId()).isEqualTo(m.article.articleId()));
  }

  @Test
  void articleId_doesNotDependOnOrderOrLocation() {
    String body = DuplicateRulesTest.article(2, 300);
    List<ArticleMerger.Capture> caps = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      caps.add(capture(page("file:///dir" + i + "/p.txt", i % 2 == 0 ? "T" : null, i == 3, body, null)));
    }
    String id = ArticleMerger.merge(caps).article.articleId();
    for (long seed = 0; seed < 10; seed++) {
      List<ArticleMerger.Capture> shuffled = new ArrayList<>(caps);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(ArticleMerger.merge(shuffled).article.articleId()).isEqualTo(id);
    }
    // The same content found under other file names keeps its id.
    List<ArticleMerger.Capture> moved = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      moved.add(capture(page("s3://bucket/other-" + i + ".txt.gz", null, false, body, null)));
    }
    assertThat(ArticleMerger.merge(moved).article.articleId()).isEqualTo(id);
  }
  private static Long micros(String instant) {
    return instant.isEmpty() ? null : Instant.parse(instant).toEpochMilli() * 1000L;
  }

  /**
   * The date's day comes from the canonical capture (the longest body), its time from the capture
   * that gives the most precise one on that day; a capture with another day does not count.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "day alone beside the exact time | 2024-05-03T00:00:00Z | 2024-05-03T15:47:00Z | | 2024-05-03T15:47:00Z",
        "minutes beside seconds | 2024-05-03T15:47:00Z | 2024-05-03T15:47:42Z | | 2024-05-03T15:47:42Z",
        "the shorter capture's time, the third's none | 2024-05-03T00:00:00Z | | 2024-05-03T09:05:00Z | 2024-05-03T09:05:00Z",
        "another day does not count | 2024-05-03T00:00:00Z | 2024-05-02T22:10:00Z | | 2024-05-03T00:00:00Z",
        "the canonical time stays | 2024-05-03T15:47:00Z | 2024-05-03T00:00:00Z | | 2024-05-03T15:47:00Z",
        "no date on the canonical one | | 2024-05-03T15:47:00Z | | 2024-05-03T15:47:00Z",
      })
  void publishedDate_takesTheMostPreciseTimeOfTheDay(String rule, String canon, String second, String third, String expected) {
    String body = DuplicateRulesTest.article(3, 400);
    ParsedPage longest = page("file:///a.txt", "T", false, body, null).toBuilder()
        .publishedAtMicros(micros(canon == null ? "" : canon)).build();
    ParsedPage shorter = page("file:///b.txt", "T", false, body.substring(0, body.length() * 3 / 4), null).toBuilder()
        .publishedAtMicros(micros(second == null ? "" : second)).build();
    ParsedPage shortest = page("file:///c.txt", "T", false, body.substring(0, body.length() / 2), null).toBuilder()
        .publishedAtMicros(micros(third == null ? "" : third)).build();
    ArticleMerger.Merged m = ArticleMerger.merge(List.of(capture(shortest), capture(shorter), capture(longest)));
    assertThat(m.article.fields().sourceUri()).as(rule).isEqualTo("file:///a.txt");
    assertThat(m.article.fields().publishedAtMicros()).as(rule).isEqualTo(micros(expected));
  }
}
