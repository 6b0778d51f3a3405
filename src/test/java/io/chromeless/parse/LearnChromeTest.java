package io.chromeless.parse;

import io.chromeless.beam.ModelCoders;
import io.chromeless.model.RawPage;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** LearnChrome on the direct runner: lines across different articles are chrome, lines of one article's captures are not. */
public class LearnChromeTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Before
  public void coders() {
    ModelCoders.registerOn(p);
  }

  private static String paragraph(int article, int i) {
    return "Story " + article + " paragraph " + i + " tells of the events that happened in the town this week, and what"
        + " the people there said about them afterwards.";
  }

  private static RawPage page(String uri, String url, int article, String... chrome) {
    List<String> lines = new ArrayList<>(List.of(chrome));
    lines.add("What happened next");
    for (int i = 0; i < 3; i++) {
      lines.add(paragraph(article, i));
    }
    return new RawPage(uri, 0, url, null, String.join("\n", lines));
  }

  /** Emits the elements of the learned set, so PAssert can look at them. */
  static final class EmitViewFn extends DoFn<Integer, Long> {
    private final PCollectionView<LongSet> view;

    EmitViewFn(PCollectionView<LongSet> view) {
      this.view = view;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      for (long h : c.sideInput(view).toArray()) {
        c.output(h);
      }
    }
  }

  private PCollection<Long> learned(List<RawPage> pages, int minArticles) {
    return learned(pages, LearnChrome.withMinArticles(minArticles));
  }

  private PCollection<Long> learned(List<RawPage> pages, LearnChrome learn) {
    PCollectionView<LongSet> view = p.apply(Create.of(pages)).apply(learn);
    return p.apply("One", Create.of(1)).apply("ReadView", ParDo.of(new EmitViewFn(view)).withSideInputs(view));
  }

  private static List<Long> hashes(String... scopedKeys) {
    List<Long> out = new ArrayList<>();
    for (String k : scopedKeys) {
      out.add(ChromeKeys.lineHash(k));
    }
    return out;
  }

  @Test
  public void learnChrome_countsDifferentArticlesPerSite() {
    List<RawPage> pages = new ArrayList<>();
    // site a: three different articles share a menu and a footer
    for (int a = 0; a < 3; a++) {
      pages.add(page("file:///a" + a, "https://a.example/" + a, a, "Home", "Footer of site A"));
    }
    // site b: one article captured three times (same story, same lines) plus one other article
    for (int c = 0; c < 3; c++) {
      pages.add(page("file:///b" + c, "https://b.example/x?capture=" + c, 10, "Home", "Footer of site B"));
    }
    pages.add(page("file:///b9", "https://b.example/y", 11, "Home", "Footer of site B"));

    // "What happened next" recurs on site a's three different articles: chrome there; on site b
    // it is on two articles only (three captures of one, and one other).
    PAssert.that(learned(pages, 3))
        .containsInAnyOrder(hashes("a.example\thome", "a.example\tfooter of site a", "a.example\twhat happened next"));
    p.run().waitUntilFinish();
  }

  @Test
  public void learnChrome_longLinesNeedTwiceTheArticles() {
    // A standing note of many words under every story. It is a long line, so it takes part in the
    // pages' article fingerprints; take a wording that is no page's smallest hash, or those pages
    // would count as one article (as they should: the fingerprint cannot tell them apart).
    String shared = null;
    List<RawPage> pages = new ArrayList<>();
    for (int v = 0; shared == null; v++) {
      String note = "This same long sentence of many words is printed under every story of the site as a"
          + " standing note for readers, version " + v;
      pages.clear();
      // four different articles on site c carry a short line and the long one: enough for the
      // short line (3 articles), not for the long one (6); site d has six, enough for both
      for (int a = 0; a < 4; a++) {
        pages.add(page("file:///c" + a, "https://c.example/" + a, 20 + a, "Related stories", note));
      }
      for (int a = 0; a < 6; a++) {
        pages.add(page("file:///d" + a, "https://d.example/" + a, 40 + a, "Related stories", note));
      }
      if (pages.stream().map(x -> ChromeKeys.observe(x).fingerprint).distinct().count() == pages.size()) {
        shared = note;
      }
    }
    PAssert.that(learned(pages, 3)).containsInAnyOrder(hashes("c.example\trelated stories", "c.example\twhat happened next",
        "d.example\trelated stories", "d.example\twhat happened next", "d.example\t" + PageParser.lineKey(shared)));
    p.run().waitUntilFinish();
  }

  @Test
  public void learnChrome_onGeneratedPages_isThePlainJavaDecision() {
    List<RawPage> pages = io.chromeless.testing.GeneratedPages.raw(600, 7);
    LongSet expected = ChromeKeys.learn(pages, 3);
    org.assertj.core.api.Assertions.assertThat(expected.size()).isGreaterThan(50);
    PAssert.that(learned(pages, 3)).containsInAnyOrder(java.util.Arrays.stream(expected.toArray()).boxed().toList());
    p.run().waitUntilFinish();
  }

  @Test
  public void learnChrome_flushingThePreCombiningOften_learnsTheSame() {
    List<RawPage> pages = io.chromeless.testing.GeneratedPages.raw(600, 7);
    LongSet expected = ChromeKeys.learn(pages, 3);
    PAssert.that(learned(pages, LearnChrome.withMinArticles(3).withBufferKeys(5)))
        .containsInAnyOrder(java.util.Arrays.stream(expected.toArray()).boxed().toList());
    p.run().waitUntilFinish();
  }

  @Test
  public void learnChrome_zeroLearnsNothing() {
    PAssert.that(learned(io.chromeless.testing.GeneratedPages.raw(60, 3), 0)).empty();
    p.run().waitUntilFinish();
  }
}
