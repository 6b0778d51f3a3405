package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;

/** The check the body rules' table tests share: parse a page, then what its body must keep and must lose. */
final class BodyCheck {
  private BodyCheck() {}

  /**
   * Parses {@code page} (no learned chrome) and asserts that its body holds every string of
   * {@code kept} and none of {@code dropped}; a failure prints the body.
   */
  static ParsedPage keepsAndDrops(String page, List<String> kept, List<String> dropped)
      throws PageParser.NoArticleException {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    for (String s : kept) {
      assertThat(p.body()).as(p.body()).contains(s);
    }
    for (String s : dropped) {
      assertThat(p.body()).as(p.body()).doesNotContain(s);
    }
    return p;
  }
}
