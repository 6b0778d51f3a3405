package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.beam.ModelCoders;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.Hashes;
import io.chromeless.model.ParsedPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.junit.jupiter.api.Test;

/**
 * The same pages in another order and split into other files (so with other source URIs, record
 * indexes and doc ids) get the same article id, and the same page is canonical.
 */
class GroupingDeterminismTest {
  private static final Map<String, Map<String, String>> ARTICLE = new ConcurrentHashMap<>();
  private static final Map<String, Map<String, Boolean>> CANONICAL = new ConcurrentHashMap<>();

  /** Collects (page, article id, canonical) of one run; the page is told by its URL and crawl time. */
  static final class Collect extends DoFn<DocumentRow, Void> {
    private final String run;

    Collect(String run) {
      this.run = run;
    }

    @ProcessElement
    public void process(@Element DocumentRow d) {
      String page = d.url() + "@" + d.crawledAtMillis();
      ARTICLE.computeIfAbsent(run, k -> new ConcurrentHashMap<>()).put(page, d.articleId());
      CANONICAL.computeIfAbsent(run, k -> new ConcurrentHashMap<>()).put(page, d.canonical());
    }
  }

  /** The pages as read from files of {@code perFile} pages in the given order. */
  private static List<ParsedPage> split(List<GeneratedPage> pages, int perFile, long shuffleSeed, String prefix) {
    List<GeneratedPage> order = new ArrayList<>(pages);
    if (shuffleSeed != 0) {
      Collections.shuffle(order, new Random(shuffleSeed));
    }
    List<ParsedPage> out = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      String uri = String.format("file:///%s/part-%04d.jsonl", prefix, i / perFile);
      int index = i % perFile;
      out.add(order.get(i).toParsedPage().toBuilder().sourceUri(uri).recordIndex(index)
          .docId(Hashes.hex64(Hashes.fnv1a64(uri + "#" + index))).build());
    }
    return out;
  }

  private static void run(String name, List<ParsedPage> pages) {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner",
        "--enforceImmutability=false", "--enforceEncodability=false", "--targetParallelism=3").create());
    ModelCoders.registerOn(p);
    p.apply(Create.of(pages)).apply(GroupDuplicates.create()).get(GroupDuplicates.DOCUMENTS)
        .apply(ParDo.of(new Collect(name)));
    p.run().waitUntilFinish();
  }

  @Test
  void shuffledAndSplitDifferently_sameArticleIds_sameCanonicals() {
    CorpusGenerator.Config c = new CorpusGenerator.Config().pages(1500).seed(31337);
    c.chromeOnly = 0.05; // identical chrome bodies, whose representative must not depend on doc ids
    c.sites = 4;
    List<GeneratedPage> pages = new CorpusGenerator(c).generate();
    run("in order, 10 a file", split(pages, 10, 0, "a"));
    run("shuffled, 7 a file", split(pages, 7, 11, "b"));
    run("shuffled again, 1 a file", split(pages, 1, 12, "c"));

    Map<String, String> first = ARTICLE.get("in order, 10 a file");
    assertThat(first).hasSize(1500);
    long articles = first.values().stream().distinct().count();
    assertThat(articles).isLessThan(1200).isGreaterThan(500); // duplicates were grouped
    for (String other : List.of("shuffled, 7 a file", "shuffled again, 1 a file")) {
      assertThat(ARTICLE.get(other)).as(other).isEqualTo(first);
      assertThat(CANONICAL.get(other)).as(other).isEqualTo(CANONICAL.get("in order, 10 a file"));
    }
    Map<String, Integer> canonicalsPerArticle = new HashMap<>();
    first.forEach((page, article) -> canonicalsPerArticle.merge(article,
        CANONICAL.get("in order, 10 a file").get(page) ? 1 : 0, Integer::sum));
    assertThat(canonicalsPerArticle.values()).containsOnly(1);
  }
}
