package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name line over its date line far above the headline (a box of links or an offer between
 * them) is the byline when the name stands again on its own line below the headline, as in the
 * author's box under the article; without that it may be another story's teaser. Short pages of
 * our own writing.
 */
class FarNameOverDateTest {
  private static String page(String lang, String name, String date, boolean box) {
    String title;
    String body;
    String nav;
    String about;
    switch (lang) {
      case "de" -> {
        title = "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen";
        body = SampleBodies.DE;
        nav = "Politik;Wirtschaft;Sport;Kultur;Wetter;Verkehr;Region;Leserbriefe";
        about = "Über die Autorin";
      }
      case "es" -> {
        title = "El ayuntamiento plantará dos mil árboles en los barrios del sur";
        body = SampleBodies.ES;
        nav = "Política;Economía;Deportes;Cultura;Tiempo;Tráfico;Región;Cartas";
        about = "Sobre la autora";
      }
      default -> {
        title = "Harbour ferry will keep running through winter";
        body = SampleBodies.EN;
        nav = "Politics;Business;Sport;Culture;Weather;Traffic;Region;Letters";
        about = "About the author";
      }
    }
    String head = String.join("\n\n", "Home", name, date, String.join("\n\n", nav.split(";")), title);
    return box ? String.join("\n\n", head, body, about, name, "Contact") : String.join("\n\n", head, body, "Contact");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Maren Holt | 14 November 2019 09:00",
        "de | Jana Petersen | 3. Mai 2024, 17:47",
        "es | Ana Ruiz | 3 de mayo de 2024",
      })
  void nameAgainInTheAuthorsBox(String lang, String name, String date) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page(lang, name, date, true)));
    assertThat(p.authors()).as(lang).isEqualTo(List.of(name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Maren Holt | 14 November 2019 09:00",
        "de | Jana Petersen | 3. Mai 2024, 17:47",
        "es | Ana Ruiz | 3 de mayo de 2024",
      })
  void noAuthorsBoxNoByline(String lang, String name, String date) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page(lang, name, date, false)));
    assertThat(p.authors()).as(lang).isNull();
  }
}
