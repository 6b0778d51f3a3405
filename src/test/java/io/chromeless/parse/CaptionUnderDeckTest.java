package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Headline, deck, the lead picture's caption with its credit, then the byline: the byline stands
 * under the headline's deck even with the caption between them, so a deck as long as the headline
 * does not take the title from it. Pages of our own writing.
 */
class CaptionUnderDeckTest {
  static Stream<Arguments> captionsBetweenDeckAndByline() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Islanders win their long fight as the council keeps the harbour ferry running through the winter months",
            "Councillors will pay for the fuel shortfall from the reserve fund while the operator looks for a smaller vessel",
            "The harbour ferry leaves for the outer islands in the morning (Photo: Tom Reed)",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "Islanders win their long fight as the council keeps the harbour ferry running through the winter months"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Großbrand am Stadtrand: Achtzig Kräfte der Feuerwehr kämpfen stundenlang gegen die Flammen in der Lagerhalle",
            "Die Anwohner im Viertel sollen wegen der Rauchwolke zu Hause bleiben, sagt die Polizei am späten Abend",
            "Die Feuerwehr an der brennenden Halle am Sonntagabend. Foto: Max Muster",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Großbrand am Stadtrand: Achtzig Kräfte der Feuerwehr kämpfen stundenlang gegen die Flammen in der Lagerhalle"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Bus gratuits : le conseil municipal vote la gratuité des transports pour les moins de vingt-cinq ans",
            "La mesure coûtera deux millions d'euros par an, financés par le stationnement dans le centre et la région",
            "Un bus de la ligne 4 devant la mairie, le 3 juin 2024. Photo : Jean Dupont",
            "Par Claire Morel", "Publié le 4 juin 2024", SampleBodies.FR),
            "Bus gratuits : le conseil municipal vote la gratuité des transports pour les moins de vingt-cinq ans"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captionsBetweenDeckAndByline")
  void theHeadlineAboveADeckAndCaptionIsTheTitle(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
