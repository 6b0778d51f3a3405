package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import org.junit.jupiter.api.Test;

class ChromeKeysTest {
  private static final String P1 =
      "The council met on Tuesday evening to discuss the new budget for the harbour and the roads around it.";
  private static final String P2 =
      "Residents asked the council to keep the night ferry running through the winter months this year as well.";
  private static final String P3 =
      "A farmer in the valley has grown a pumpkin that weighs more than a small car, the county fair said today.";

  private static RawPage page(String url, String... lines) {
    return new RawPage("file:///p.txt", 0, url, null, String.join("\n", lines));
  }

  @Test
  void keys_areScopedBySite_orByRunWithoutUrl() {
    assertThat(ChromeKeys.observe(page("https://www.example.org/a/1", "Home", "Sign in!")).keys)
        .containsExactly("example.org\thome", "example.org\tsign in");
    assertThat(ChromeKeys.observe(page(null, "Home")).keys).containsExactly("\thome");
  }

  @Test
  void fingerprint_sameArticleUnderOtherChrome_isEqual_otherArticle_differs() {
    long a = ChromeKeys.observe(page(null, "Menu", "Home", P1, P2, "Footer of site A")).fingerprint;
    long b = ChromeKeys.observe(page(null, "Startseite", P1, P2, "Another footer", "Subscribe")).fingerprint;
    long c = ChromeKeys.observe(page(null, "Menu", "Home", P3, "Footer of site A")).fingerprint;
    assertThat(a).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void threshold_isHigherForParagraphLongLines() {
    assertThat(ChromeKeys.isChrome("\thome", 3, 3)).isTrue();
    assertThat(ChromeKeys.isChrome("\thome", 2, 3)).isFalse();
    String para = "\t" + PageParser.lineKey(P1);
    assertThat(ChromeKeys.isChrome(para, 3, 3)).isFalse();
    assertThat(ChromeKeys.isChrome(para, 6, 3)).isTrue();
    assertThat(ChromeKeys.isChrome("\thome", 1000, 0)).isFalse();
  }
}
