package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.beam.ModelCoders;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** GroupDuplicates on the direct runner: duplicates and a truncated capture join; others stay apart. */
public class GroupDuplicatesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Before
  public void coders() {
    ModelCoders.registerOn(p);
  }

  private static ParsedPage page(String id, String title, String body) {
    return ParsedPage.builder().docId(id).sourceUri("file:///" + id + ".txt").title(title).body(body)
        .wordCount(body.split("\\s+").length).build();
  }

  @Test
  public void groupDuplicates_mergesCapturesOfOneStory() {
    String story = DuplicateRulesTest.article(11, 700);
    String[] words = story.split(" ");
    String truncated = String.join(" ", java.util.Arrays.copyOf(words, words.length * 2 / 5));
    String other = DuplicateRulesTest.article(12, 700);
    PCollectionTuple out =
        p.apply(
                Create.of(
                    page("a", "Story", story),
                    page("b", null, story),
                    page("c", null, truncated),
                    page("d", "Other", other),
                    page("e", "Tiny", "too short to group")))
            .apply(GroupDuplicates.create());

    PAssert.that(out.get(GroupDuplicates.DOCUMENTS))
        .satisfies(
            it -> {
              Map<String, String> articleOf = new HashMap<>();
              it.forEach(d -> articleOf.put(d.docId(), d.articleId()));
              assertThat(articleOf).hasSize(5);
              assertThat(articleOf.get("b")).isEqualTo(articleOf.get("a"));
              assertThat(articleOf.get("c")).isEqualTo(articleOf.get("a"));
              assertThat(articleOf.get("d")).isNotEqualTo(articleOf.get("a"));
              assertThat(articleOf.get("e")).isNotIn(articleOf.get("a"), articleOf.get("d"));
              return null;
            });
    PAssert.that(out.get(GroupDuplicates.ARTICLES))
        .satisfies(
            it -> {
              List<Article> l = new ArrayList<>();
              it.forEach(l::add);
              assertThat(l).hasSize(3);
              Article merged = l.stream().filter(x -> x.duplicateCount() == 3).findFirst().orElseThrow();
              assertThat(merged.fields().title()).isEqualTo("Story");
              assertThat(merged.fields().docId()).isEqualTo("a");
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  public void groupDuplicates_everyDocumentHasOneCanonicalPerArticle() {
    String story = DuplicateRulesTest.article(13, 400);
    PCollectionTuple out =
        p.apply(Create.of(page("x", null, story), page("y", null, story), page("z", null, story)))
            .apply(GroupDuplicates.create());
    PAssert.that(out.get(GroupDuplicates.DOCUMENTS))
        .satisfies(
            it -> {
              List<DocumentRow> l = new ArrayList<>();
              it.forEach(l::add);
              assertThat(l).hasSize(3);
              assertThat(l.stream().filter(DocumentRow::canonical)).hasSize(1);
              // ties broken by source URI
              assertThat(l.stream().filter(DocumentRow::canonical).map(DocumentRow::docId)).containsExactly("x");
              return null;
            });
    p.run().waitUntilFinish();
  }
}
