package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reporter's name line over the date line, between the headline and the body: a prolific
 * reporter's name recurs on many pages of the site, so the job may learn the line as chrome; over
 * its date line it is still the byline. A learned line set like a name with no date under it is
 * not. Short pages of our own writing.
 */
class LearnedNameLineTest {
  private static final String URL = "https://news.example/a/1";

  private static ParsedPage parseLearned(String page, String learnedLine) throws Exception {
    long learned = ChromeKeys.lineHash(ChromeKeys.scopeSeed(ChromeKeys.scope(URL)), PageParser.lineKey(learnedLine));
    return new PageParser(LongSet.of(learned)).parse(new RawPage("file:///pages/p.txt", 0, URL, null, page));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Harbour ferry will keep running through winter | Maren Holt | 14 November 2019 09:00",
        "de | Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen | Jana Petersen | 3. Mai 2024, 17:47",
        "es | El ayuntamiento plantará dos mil árboles en los barrios del sur | Ana Ruiz | 3 de mayo de 2024",
      })
  void learnedNameOverTheDateIsTheByline(String lang, String title, String name, String date) throws Exception {
    String page = String.join("\n\n", "Home", title, name, date, SampleBodies.of(lang));
    assertThat(parseLearned(page, name).authors()).as(lang).isEqualTo(Arrays.asList(name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Harbour ferry will keep running through winter | Island Notes",
        "de | Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen | Lokale Nachrichten",
        "es | El ayuntamiento plantará dos mil árboles en los barrios del sur | Noticias Locales",
      })
  void learnedLabelWithoutDateIsNoByline(String lang, String title, String label) throws Exception {
    String page = String.join("\n\n", "Home", title, label, SampleBodies.of(lang));
    assertThat(parseLearned(page, label).authors()).as(lang).isNull();
  }
}
