package io.chromeless.corpus;

/** What a generated page is, relative to the story it belongs to. */
public enum Kind {
  /** The first capture of a story. */
  ORIGINAL,
  /** The same story re-crawled later on its own site: the chrome around it differs. */
  RECRAWL,
  /** A later capture after the site fixed a few typos. */
  TYPO_FIX,
  /** A capture cut by a paywall: 30-60 % of the body, often without its title. */
  PAYWALL_CUT,
  /** A later capture with a paragraph added (and sometimes a sentence changed). */
  UPDATE,
  /** The story republished on another site, in that site's chrome and byline. */
  SYNDICATED,
  /** Hard negative: a new story on the same subject that opens with the earlier story's first paragraph. */
  FOLLOW_UP,
  /** Hard negative: a page of chrome only (section front, error page): no article. */
  CHROME_ONLY,
  /** Hard negative: a video or gallery stub whose body is a line or two. */
  NEAR_EMPTY;

  /** A later capture of a story already in the corpus (same story id as its original). */
  public boolean isDuplicate() {
    return this != ORIGINAL && this != FOLLOW_UP && this != CHROME_ONLY && this != NEAR_EMPTY;
  }

  /** A page that carries an article (not chrome-only, not a near-empty stub). */
  public boolean isArticle() {
    return this != CHROME_ONLY && this != NEAR_EMPTY;
  }
}
