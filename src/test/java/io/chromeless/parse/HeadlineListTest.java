package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A list of other stories' headlines may stand right over the article's headline, and one of them
 * may share words with the article's lead: an item inside such a list (headlines on both sides of
 * it) is no title; the article's headline ends the list, with its byline under it. Pages of our own
 * writing.
 */
class HeadlineListTest {
  static Stream<Arguments> headlineUnderAList() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Most read",
            "Rail strike called off after talks with the union",
            "Museum reopens its east wing to the public",
            "Harbour master warns of rising fuel costs for island boats",
            "Local bakery wins a national bread award",
            "Islanders win their winter lifeline",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "Islanders win their winter lifeline"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Meistgelesen",
            "Neue Radwege für die Innenstadt vorgestellt",
            "Schwimmbad öffnet nach langer Sanierung wieder",
            "Rauchwolke über dem Viertel: Anwohner sollen Fenster geschlossen halten",
            "Stadtfest lockt tausende Besucher an den Fluss",
            "Großeinsatz in der Nacht zum Sonntag",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Großeinsatz in der Nacht zum Sonntag"),
        Arguments.of("es", String.join("\n\n", "Portada", "Lo último",
            "La biblioteca central amplía su horario en verano",
            "Nuevo carril bici entre la estación y el puerto",
            "Nuevos árboles para el parque del río este otoño",
            "El mercado de abastos celebra su centenario",
            "Un verano más fresco para la zona más calurosa",
            "Por Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Un verano más fresco para la zona más calurosa"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headlineUnderAList")
  void anItemOfAHeadlineListIsNoTitle(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
