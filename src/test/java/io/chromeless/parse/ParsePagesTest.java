package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.beam.ModelCoders;
import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** ParsePages on the direct runner: parsed pages out, and every unparseable page as a reject. */
public class ParsePagesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Before
  public void coders() {
    ModelCoders.registerOn(p);
  }

  private static final String ARTICLE =
      "Town news\nHome\nSign in\n\nNew bakery opens on the square\n\nBy Ada Baker\n\n"
          + "The new bakery on the market square opened its doors on Saturday morning, and the queue reached the"
          + " corner of the street before the first loaves were out of the oven.\n\n"
          + "Its owners moved to town last year and spent the winter restoring the old shop, which had been empty"
          + " since the previous baker retired a decade ago.\n\nPrivacy policy\n";

  @Test
  public void parsePages_routesArticlesAndRejects() {
    PCollection<RawPage> pages =
        p.apply(
            Create.of(
                new RawPage("file:///in/a.txt", 0, null, null, ARTICLE),
                new RawPage("file:///in/menu.txt", 0, null, null, "Home\nNews\nSign in\nSubscribe\nContact us"),
                new RawPage("file:///in/blank.txt", 0, null, null, " \n \n")));
    WithFailures.Result<PCollection<ParsedPage>, Reject> r = pages.apply(ParsePages.create());

    PAssert.that(r.output())
        .satisfies(
            it -> {
              List<ParsedPage> l = new ArrayList<>();
              it.forEach(l::add);
              assertThat(l).hasSize(1);
              assertThat(l.get(0).title()).isEqualTo("New bakery opens on the square");
              assertThat(l.get(0).authors()).containsExactly("Ada Baker");
              assertThat(l.get(0).body()).startsWith("The new bakery").doesNotContain("Privacy");
              return null;
            });
    PAssert.that(r.failures())
        .satisfies(
            it -> {
              List<String> got = new ArrayList<>();
              it.forEach(x -> got.add(x.sourceUri() + " " + x.stage() + "/" + x.reason()));
              assertThat(got)
                  .containsExactlyInAnyOrder("file:///in/menu.txt parse/no_article", "file:///in/blank.txt parse/empty");
              return null;
            });
    p.run().waitUntilFinish();
  }
}
