package io.chromeless.prior;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.group.DuplicateRules;
import io.chromeless.group.MinHasher;
import io.chromeless.group.Signature;
import io.chromeless.model.Article;
import io.chromeless.model.Hashes;
import io.chromeless.model.ParsedPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

/** The choices of the cross-night join are functions of values, never of arrival order. */
class PriorArticlesTest {
  @Test
  void bestMatch_isTheSameInEveryOrder_highestSimilarityThenSmallestId() {
    List<KV<String, Double>> candidates = new ArrayList<>(List.of(KV.of("b", 0.9), KV.of("c", 0.7), KV.of("a", 0.9),
        KV.of("d", 0.9), KV.of("e", 0.1)));
    Random random = new Random(1);
    for (int i = 0; i < 50; i++) {
      Collections.shuffle(candidates, random);
      assertThat(new PriorArticles.Best().apply(candidates)).isEqualTo(KV.of("a", 0.9));
    }
  }

  private static Article article(String id, String docId, String body) {
    ParsedPage p = ParsedPage.builder().docId(docId).sourceUri("file:///" + docId).body(body)
        .wordCount(body.split(" ").length).build();
    return new Article(id, p, 1, null, null);
  }

  private static final String BODY = "The harbor council met on Tuesday to approve a budget for the new ferry landing,"
      + " and the mayor said the work would start in the spring once the state grant arrives on time for the contractors.";

  @Test
  void articleWhoseIdIsItsOwnContent_hasOneIndexRow() {
    String own = Hashes.hex64(MinHasher.sign("d1", BODY).contentHash());
    List<KV<String, Signature>> rows = PriorArticles.indexRowsOf(own, article(own, "d1", BODY));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getValue()).isEqualTo(MinHasher.sign("d1", BODY));
  }

  @Test
  void articleWhoseIdComesFromAnotherCapture_alsoIndexesThatCapturesExactContent() {
    String other = "Only a short teaser of the harbor story.";
    String idFromOther = Hashes.hex64(MinHasher.sign("d2", other).contentHash());
    List<KV<String, Signature>> rows = PriorArticles.indexRowsOf(idFromOther, article("earlier-id", "d1", BODY));
    assertThat(rows).extracting(KV::getKey).containsOnly("earlier-id");
    assertThat(rows).hasSize(2);
    // a later page with exactly that capture's content finds the article, whatever its length
    Signature later = MinHasher.sign("tonight", other);
    assertThat(DuplicateRules.verify(later, rows.get(1).getValue())).isEqualTo(1.0);
    assertThat(DuplicateRules.bucketKeys(later)).contains(DuplicateRules.bucketKeys(rows.get(1).getValue()));
  }
}
