package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byline word alone on its line and the names one a line under it, set above the headline:
 * right over it, or over a share bar and a section label. Short pages of our own writing.
 */
class BylineWordAboveTitleTest {
  private static final String EN_TITLE = "Harbour ferry will keep running through winter";
  private static final String DE_TITLE = "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen";
  private static final String ES_TITLE = "El ayuntamiento plantará dos mil árboles en los barrios del sur";

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("over the headline, en",
            String.join("\n\n", "Home", "Islands", "By", "Maren Holt", "Islands", EN_TITLE, SampleBodies.EN),
            "Maren Holt"),
        Arguments.of("over the headline, de",
            String.join("\n\n", "Startseite", "Lokales", "Von", "Jana Petersen", "Lokales", DE_TITLE, SampleBodies.DE),
            "Jana Petersen"),
        Arguments.of("over the headline, es",
            String.join("\n\n", "Portada", "Ciudad", "Por", "Ana Ruiz", "Ciudad", ES_TITLE, SampleBodies.ES),
            "Ana Ruiz"),
        Arguments.of("over a share bar and the headline, two names, en",
            String.join("\n\n", "Home", "Islands", "By", "Maren Holt1", "Derek Oyelaran2", "Facebook", "LinkedIn", "Reddit",
                "WhatsApp", "Email", "Islands", "Ferries", EN_TITLE, SampleBodies.EN),
            "Maren Holt;Derek Oyelaran"),
        Arguments.of("over a share bar and the headline, de",
            String.join("\n\n", "Startseite", "Lokales", "Von", "Jana Petersen", "Facebook", "LinkedIn", "Reddit",
                "WhatsApp", "E-Mail", "Lokales", "Feuerwehr", DE_TITLE, SampleBodies.DE),
            "Jana Petersen"),
        Arguments.of("over a share bar and the headline, es",
            String.join("\n\n", "Portada", "Ciudad", "Por", "Ana Ruiz", "Facebook", "LinkedIn", "Reddit",
                "WhatsApp", "Correo", "Ciudad", "Parques", ES_TITLE, SampleBodies.ES),
            "Ana Ruiz"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void namesUnderTheBylineWord(String layout, String page, String authors) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(layout).isEqualTo(Arrays.asList(authors.split(";")));
  }

  /**
   * The byline word alone stands on every page of the site, so the job may learn it as the
   * site's chrome: it still says that the names under it are the byline.
   */
  static Stream<Arguments> farPages() {
    return pages().filter(a -> ((String) a.get()[0]).contains("share bar"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("farPages")
  void namesUnderALearnedBylineWord(String layout, String page, String authors) throws Exception {
    String word = page.split("\n\n")[2];
    long learned = ChromeKeys.lineHash(ChromeKeys.scopeSeed(ChromeKeys.scope("https://news.example/a/1")),
        PageParser.lineKey(word));
    ParsedPage p = new PageParser(LongSet.of(learned))
        .parse(new RawPage("file:///pages/p.txt", 0, "https://news.example/a/1", null, page));
    assertThat(p.authors()).as(layout).isEqualTo(Arrays.asList(authors.split(";")));
  }
}
