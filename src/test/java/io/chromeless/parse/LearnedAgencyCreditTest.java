package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agency's credit between the headline and the body ("Associated Press", "dpa", "AFP, Paris")
 * heads many pages of a run, so the job may learn the line as chrome: it is still the byline.
 * Short pages of our own writing.
 */
class LearnedAgencyCreditTest {
  private static final String URL = "https://news.example/a/1";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Harbour ferry will keep running through winter | Associated Press | Associated Press",
        "de | Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen | dpa | dpa",
        "fr | La ville ouvre trois nouvelles pistes cyclables avant l'été | AFP, Paris | AFP",
      })
  void learnedAgencyCreditIsTheByline(String lang, String title, String credit, String authors) throws Exception {
    String body = SampleBodies.of(lang);
    String page = String.join("\n\n", "Home", title, credit, body);
    long learned = ChromeKeys.lineHash(ChromeKeys.scopeSeed(ChromeKeys.scope(URL)), PageParser.lineKey(credit));
    ParsedPage p = new PageParser(LongSet.of(learned)).parse(new RawPage("file:///pages/p.txt", 0, URL, null, page));
    assertThat(p.authors()).as(lang).isEqualTo(Arrays.asList(authors.split(";")));
  }
}
