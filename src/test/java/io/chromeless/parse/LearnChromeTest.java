package io.chromeless.parse;

import io.chromeless.beam.ModelCoders;
import io.chromeless.model.RawPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
  static final class EmitViewFn extends DoFn<Integer, String> {
    private final PCollectionView<Set<String>> view;

    EmitViewFn(PCollectionView<Set<String>> view) {
      this.view = view;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.sideInput(view).forEach(c::output);
    }
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

    PCollectionView<Set<String>> view = p.apply(Create.of(pages)).apply(LearnChrome.withMinArticles(3));
    PCollection<String> learned =
        p.apply("One", Create.of(1)).apply("ReadView", ParDo.of(new EmitViewFn(view)).withSideInputs(view));

    // "What happened next" recurs on site a's three different articles: chrome there; on site b
    // it is on two articles only (three captures of one, and one other).
    PAssert.that(learned).containsInAnyOrder("a.example\thome", "a.example\tfooter of site a", "a.example\twhat happened next");
    p.run().waitUntilFinish();
  }
}
