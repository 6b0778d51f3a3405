package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A picture's credit whose label stands alone on the line above the photographer's name ("Foto:"
 * / "Jana Petersen / Stadtarchiv"), between the headline and the body: the photographer is no author.
 * Short pages of our own writing.
 */
class CreditUnderLabelTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de | Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen | Die Halle brannte bis zum Morgen. | Foto: | Jana Petersen / Stadtarchiv",
        "en | Harbour ferry will keep running through winter | The ferry leaves the harbour at dawn. | Photo: | Derek Oyelaran / AP",
        "fr | La ville ouvre trois nouvelles pistes cyclables avant l'été | Une piste au bord du fleuve. | Photo : | Claire Dubois / Ville de Lyon",
      })
  void photographerIsNoAuthor(String lang, String title, String caption, String label, String credit) throws Exception {
    String body = SampleBodies.of(lang);
    String page = String.join("\n\n", "Home", title, caption, label, credit, body);
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(lang).isNull();
  }
}
