package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The author's name alone on a line with the story's time on the next ("Jane Roe" / "9:51") is
 * the byline under the headline: a line between it and the body (a prompt to listen, a link to a
 * map) is no headline, however many of the lead's words it uses. Pages of our own writing.
 */
class NameAndTimeBylineTest {
  static Stream<Arguments> namesWithTheTimeBelow() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands", "Islanders cheer after a long fight",
            "Jane Roe", "9:51", "Hear the harbour ferry story tonight", SampleBodies.EN),
            "Islanders cheer after a long fight"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales", "Großer Schreck für ein ganzes Viertel",
            "Jana Petersen", "17:45", "Die Feuerwehr im Einsatz als Podcast hören", SampleBodies.DE),
            "Großer Schreck für ein ganzes Viertel"),
        Arguments.of("es", String.join("\n\n", "Portada", "Ciudad", "Más sombra para el verano que viene",
            "Lucía Gómez", "10:45", "Descubre los árboles de la ciudad en nuestro mapa", SampleBodies.ES),
            "Más sombra para el verano que viene"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namesWithTheTimeBelow")
  void aNameAboveTheTimeIsTheBylineUnderTheHeadline(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
