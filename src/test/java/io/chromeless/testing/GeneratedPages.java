package io.chromeless.testing;

import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.model.RawPage;
import java.util.ArrayList;
import java.util.List;

/** The corpus generator's default mix of pages, as the job reads them. */
public final class GeneratedPages {
  private GeneratedPages() {}

  public static List<RawPage> raw(int count, long seed) {
    List<RawPage> out = new ArrayList<>();
    for (GeneratedPage p : new CorpusGenerator(new CorpusGenerator.Config().pages(count).seed(seed)).generate()) {
      out.add(new RawPage("gen://" + p.name(), 0, p.url(), p.crawledAtMillis(), p.text()));
    }
    return out;
  }
}
