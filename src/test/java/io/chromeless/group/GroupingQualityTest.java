package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.beam.ModelCoders;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.corpus.Kind;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import io.chromeless.testing.GroupingScores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Grouping quality on a generated corpus: GroupDuplicates on the direct runner, fed the bodies a
 * parser extracts (including stray chrome lines on some pages), scored pairwise against the
 * truth. Precision and recall are over article pages; chrome-only and near-empty pages must not
 * share an article with any article page.
 */
public class GroupingQualityTest {
  private static final int PAGES = 2500;

  // Coders and immutability are checked by GroupDuplicatesTest; here the direct runner only runs.
  @Rule
  public final transient TestPipeline p =
      TestPipeline.fromOptions(PipelineOptionsFactory.fromArgs("--runner=DirectRunner",
          "--enforceImmutability=false", "--enforceEncodability=false", "--targetParallelism=2").create());

  @Before
  public void coders() {
    ModelCoders.registerOn(p);
  }

  @Test
  public void generatedCorpus_precisionRecall_perKind() {
    List<GeneratedPage> corpus = CorpusGenerator.of(PAGES, 4242).generate();
    HashMap<String, String> storyOf = new HashMap<>();
    HashMap<String, Kind> kindOf = new HashMap<>();
    List<ParsedPage> parsed = new ArrayList<>();
    for (GeneratedPage g : corpus) {
      storyOf.put(g.name(), g.story());
      kindOf.put(g.name(), g.kind());
      parsed.add(g.toParsedPage());
    }
    PAssert.that(p.apply(Create.of(parsed)).apply(GroupDuplicates.create()).get(GroupDuplicates.DOCUMENTS))
        .satisfies(
            docs -> {
              List<GroupingScores.Scored> articles = new ArrayList<>();
              Map<String, String> stubArticle = new HashMap<>();
              Set<String> articleIds = new HashSet<>();
              for (DocumentRow d : docs) {
                Kind kind = kindOf.get(d.docId());
                if (kind.isArticle()) {
                  articles.add(new GroupingScores.Scored(d.docId(), storyOf.get(d.docId()), kind, d.articleId()));
                  articleIds.add(d.articleId());
                } else {
                  stubArticle.put(d.docId(), d.articleId());
                }
              }
              assertThat(articles.size() + stubArticle.size()).isEqualTo(PAGES);
              GroupingScores s = new GroupingScores(articles);
              System.out.println("GroupingQualityTest " + PAGES + " pages: " + s);
              assertThat(s.truePairs).isGreaterThan(1000);
              assertThat(s.precision()).as(s.toString()).isGreaterThanOrEqualTo(0.99);
              assertThat(s.recall()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
              assertThat(s.perKind.get(Kind.PAYWALL_CUT)[0]).isGreaterThan(200);
              assertThat(s.recall(Kind.PAYWALL_CUT)).as(s.toString()).isGreaterThanOrEqualTo(0.95);
              for (Kind k : new Kind[] {Kind.RECRAWL, Kind.TYPO_FIX, Kind.UPDATE, Kind.SYNDICATED}) {
                assertThat(s.recall(k)).as(k + ": " + s).isGreaterThanOrEqualTo(0.97);
              }
              assertThat(stubArticle).isNotEmpty();
              assertThat(stubArticle.values()).as("chrome-only pages joined to articles").doesNotContainAnyElementsOf(articleIds);
              return null;
            });
    p.run().waitUntilFinish();
  }
}
