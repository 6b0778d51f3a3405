package io.chromeless.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadCountsTest {
  private static LoadCounts counts() {
    return new LoadCounts(Map.of(
        LoadCounts.PAGES, 100L,
        LoadCounts.rejectKey("read", "binary"), 3L,
        LoadCounts.rejectKey("parse", "no_article"), 7L,
        LoadCounts.rejectKey("parse", "empty"), 2L,
        LoadCounts.DOCUMENTS, 91L,
        LoadCounts.ARTICLES, 60L));
  }

  @Test
  void pagesParsed_areThePagesPassedOnLessTheParseStagesRejects() {
    LoadCounts c = counts();
    assertThat(c.pagesRead()).isEqualTo(103);
    assertThat(c.parsed()).isEqualTo(91);
    assertThat(c.rejects()).isEqualTo(12);
    assertThat(c.balanced()).isTrue();
  }

  @Test
  void manifestJson_roundTrips() {
    LoadCounts back = LoadCounts.fromJson(counts().toJson());
    assertThat(back.toJson()).isEqualTo(counts().toJson());
    assertThat(back.toJson().path("pages_parsed").asLong()).isEqualTo(91);
    assertThat(back.toJson().path("pages_read").asLong()).isEqualTo(103);
  }
}
