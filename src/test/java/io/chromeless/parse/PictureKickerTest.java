package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A headline may open with a kicker that names a picture ("Erstes Bild: …", "New photos: …"): a
 * clause follows the colon, not a photographer's name, so the line is no picture credit. Lines and
 * pages of our own writing.
 */
class PictureKickerTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "true  | Erstes Bild: So könnte die neue Brücke am Hafen aussehen",
    "true  | New photos: the harbour ferry as it was in the fifties",
    "true  | Nouvelles photos : le port tel qu'il était avant la guerre",
    "true  | Primeras fotos: así será el nuevo parque del barrio sur",
    // credits and captions stay credits
    "false | Foto: Max Muster",
    "false | Symbol Foto: Max Muster/dpa",
    "false | Titel Bild: Jana Petersen Hans Meier Anna Schulz",
    "false | Die Feuerwehr am Stadtrand. Foto: Max Muster",
  })
  void aPictureKickerOpensAClause(boolean kicker, String line) {
    assertThat(PageParser.pictureKicker(line)).as(line).isEqualTo(kicker);
  }

  static Stream<Arguments> headlinesWithAPictureKicker() {
    return Stream.of(
        Arguments.of("de first picture", String.join("\n\n", "Startseite", "Lokales",
            "Erstes Bild: So könnte die neue Halle am Stadtrand aussehen",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Erstes Bild: So könnte die neue Halle am Stadtrand aussehen"),
        Arguments.of("en new photos", String.join("\n\n", "Home", "Islands",
            "New photos: the harbour ferry that islanders fought to keep",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "New photos: the harbour ferry that islanders fought to keep"),
        Arguments.of("fr new photos", String.join("\n\n", "Accueil", "Transports",
            "Nouvelles photos : les bus gratuits arrivent dans la ville",
            "Par Claire Morel", "Publié le 4 juin 2024", SampleBodies.FR),
            "Nouvelles photos : les bus gratuits arrivent dans la ville"),
        Arguments.of("es first photos", String.join("\n\n", "Portada", "Ciudad",
            "Primeras fotos: así serán los árboles de los barrios del sur",
            "Por Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Primeras fotos: así serán los árboles de los barrios del sur"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headlinesWithAPictureKicker")
  void aHeadlineWithAPictureKickerIsNoCredit(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
