package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.beam.ModelCoders;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.corpus.Kind;
import io.chromeless.metrics.Counters;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import io.chromeless.testing.GroupingScores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Exploding buckets: a flood of chrome-only and near-empty pages stays bounded and merges no articles. */
public class ChromeFloodTest {
  private static final int CHROME_FLOOD_PAGES = 3000;

  @Rule
  public final transient TestPipeline p =
      TestPipeline.fromOptions(PipelineOptionsFactory.fromArgs("--runner=DirectRunner",
          "--enforceImmutability=false", "--enforceEncodability=false", "--targetParallelism=2").create());

  @Before
  public void coders() {
    ModelCoders.registerOn(p);
  }

  /**
   * Thousands of chrome-only and near-empty pages on a few sites (many of them identical, page
   * after page) among articles whose parsed bodies sometimes keep the same chrome lines: the
   * candidate pairs stay linear in the number of pages, oversized buckets go to star pairs, and no
   * chrome page joins an article nor chains two articles.
   */
  @Test
  public void chromeOnlyFlood_staysBounded_andMergesNoArticles() {
    CorpusGenerator.Config c = new CorpusGenerator.Config().pages(CHROME_FLOOD_PAGES).seed(777);
    c.sites = 3;
    c.chromeOnly = 0.8;
    c.nearEmpty = 0.10;
    c.leak = 0.5;
    List<GeneratedPage> corpus = new CorpusGenerator(c).generate();
    HashMap<String, String> storyOf = new HashMap<>();
    HashMap<String, Kind> kindOf = new HashMap<>();
    List<ParsedPage> parsed = new ArrayList<>();
    int stubs = 0;
    for (GeneratedPage g : corpus) {
      storyOf.put(g.name(), g.story());
      kindOf.put(g.name(), g.kind());
      parsed.add(g.toParsedPage());
      stubs += g.kind().isArticle() ? 0 : 1;
    }
    assertThat(stubs).isGreaterThan(CHROME_FLOOD_PAGES * 3 / 4);
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
              GroupingScores s = new GroupingScores(articles);
              System.out.println("ChromeFloodTest, " + CHROME_FLOOD_PAGES + " pages: " + s);
              assertThat(s.precision()).as(s.toString()).isGreaterThanOrEqualTo(0.99);
              assertThat(s.recall()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
              assertThat(stubArticle.values()).doesNotContainAnyElementsOf(articleIds);
              return null;
            });
    PipelineResult result = p.run();
    result.waitUntilFinish();
    MetricQueryResults m = result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(Counters.GROUP)).build());
    long candidates = 0;
    long oversized = 0;
    long largest = 0;
    for (MetricResult<Long> r : m.getCounters()) {
      if (r.getName().getName().equals(Counters.CANDIDATE_PAIRS)) {
        candidates = r.getAttempted();
      } else if (r.getName().getName().equals(Counters.OVERSIZED_BUCKETS)) {
        oversized = r.getAttempted();
      }
    }
    for (MetricResult<DistributionResult> r : m.getDistributions()) {
      if (r.getName().getName().equals(Counters.BUCKET_SIZE)) {
        largest = r.getAttempted().getMax();
      }
    }
    System.out.printf("chrome flood: largest bucket %d, oversized buckets %d, candidate pairs %d%n",
        largest, oversized, candidates);
    // Identical chrome bodies make buckets of hundreds; all-pairs would be over 10^5 pairs each.
    assertThat(largest).isGreaterThan(DuplicateRules.MAX_ALL_PAIRS);
    assertThat(oversized).isGreaterThan(0);
    long allPairsOfLargest = largest * (largest - 1) / 2;
    assertThat(candidates).isLessThan(allPairsOfLargest);
    // Linear: each page's bucket entries (at most 21) pair it with at most ANCHORS anchors, or
    // with the members of a small bucket.
    assertThat(candidates).isLessThanOrEqualTo((long) CHROME_FLOOD_PAGES * DuplicateRules.ANCHORS * 3);
  }
}
