package io.chromeless.bench;

import io.chromeless.group.MinHasher;
import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import io.chromeless.parse.PageParser;

/** The job's per-page work without Beam: parse, and the signature of a parsed page's body. */
public final class TightLoop {
  private TightLoop() {}

  public static Object parseAndSign(PageParser parser, RawPage page) {
    try {
      ParsedPage p = parser.parse(page);
      return MinHasher.sign(p.docId(), p.body());
    } catch (PageParser.NoArticleException e) {
      return e;
    }
  }
}
