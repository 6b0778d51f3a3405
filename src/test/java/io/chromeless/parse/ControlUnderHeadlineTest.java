package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Headline, a page control ("12 comments"), the deck, then the byline: the control between
 * headline and deck does not cut the headline off from its deck and byline. Pages of our own
 * writing.
 */
class ControlUnderHeadlineTest {
  static Stream<Arguments> controlsBetweenHeadlineAndDeck() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Islanders win their fight to keep the harbour ferry", "12 comments",
            "The council will keep the boat sailing through the cold months, the harbour master says",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "Islanders win their fight to keep the harbour ferry"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Großbrand in der Lagerhalle am Stadtrand", "12 Kommentare",
            "Achtzig Kräfte der Feuerwehr waren am Sonntag im Einsatz, die Anwohner sollen die Fenster geschlossen halten",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Großbrand in der Lagerhalle am Stadtrand"),
        Arguments.of("es", String.join("\n\n", "Portada", "Ciudad",
            "Dos mil árboles para los barrios del sur de la ciudad", "12 comentarios",
            "El ayuntamiento aprobó el plan para plantar árboles en las calles donde el verano es más caluroso",
            "Por Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Dos mil árboles para los barrios del sur de la ciudad"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlsBetweenHeadlineAndDeck")
  void theHeadlineAboveAControlAndDeckIsTheTitle(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
