package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.DE_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.EN_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.FR_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.page;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Blocks of other stories' headlines with their kickers ("Energy: Ministers agree …") set between
 * an article's paragraphs leave the body; a timeline, a list of verdicts or specs and a single
 * subheading of the same form stay. Pages of our own writing.
 */
class KickerTeasersTest {
  static final String EN_MORE =
      "The librarians also plan evening opening on Thursdays for readers who work during the day,"
          + " and the first evening will bring a talk by a local author about the history of the library.";
  static final String DE_MORE =
      "Für Fahrgäste mit Kinderwagen oder Rollstuhl haben die neuen Busse einen niedrigen Einstieg,"
          + " und an den Haltestellen in den Dörfern werden im Sommer neue Wartehäuschen gebaut.";
  static final String FR_MORE =
      "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
          + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux.";

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("teaser block, English", page(EN_ARTICLE,
                "Energy: Ministers agree on a new price cap for the winter",
                "Football: United sign a young striker from the Dutch league",
                EN_MORE),
            List.of("evening opening"), List.of("price cap", "young striker")),
        Arguments.of("bulleted teaser block, German", page(DE_ARTICLE,
                "• Gesundheit: Warum so viele Menschen schlecht schlafen",
                "• Archäologie: Forscher finden eine alte Straße unter dem Acker",
                DE_MORE),
            List.of("niedrigen Einstieg"), List.of("schlecht schlafen", "alte Straße")),
        Arguments.of("teaser block, French", page(FR_ARTICLE,
                "Politique : Le gouvernement présente son budget pour l'an prochain",
                "Sport : Le club de la ville remporte enfin la coupe régionale",
                FR_MORE),
            List.of("ateliers de cuisine"), List.of("présente son budget", "coupe régionale")),
        // a block that runs into a paragraph: its last line heads that paragraph
        Arguments.of("subheading under a teaser block, German", page(DE_ARTICLE,
                "• Gesundheit: Warum so viele Menschen schlecht schlafen",
                "• Archäologie: Forscher finden eine alte Straße unter dem Acker",
                "• Verkehr: Die Bahn baut im Sommer zwei Brücken neu",
                "Barrierefrei: Neue Busse mit niedrigem Einstieg für alle Fahrgäste",
                DE_MORE,
                "Der Fahrplan der Linie steht ab sofort auf der Seite des Landkreises und hängt auch in den"
                    + " Rathäusern der drei Gemeinden aus, wo die Mitarbeiter Fragen zu den Fahrten beantworten.",
                "Sollten die Busse im ersten Jahr gut besetzt sein, will der Landkreis prüfen, ob auch das"
                    + " vierte Dorf im Tal an die Linie angeschlossen werden kann, das bisher abseits liegt."),
            List.of("Neue Busse mit niedrigem Einstieg", "Wartehäuschen", "vierte Dorf"), List.of("schlecht schlafen", "Brücken neu")),
        // not teasers
        Arguments.of("a timeline stays, English", page(EN_ARTICLE,
                "1998: The library gets its first computers for the readers",
                "2012: The flood closes the harbour branch for good",
                EN_MORE),
            List.of("first computers", "harbour branch"), List.of()),
        Arguments.of("verdicts stay, English", page(EN_ARTICLE,
                "We like: the quiet reading room on the upper floor",
                "We don't like: the short opening hours on Saturdays",
                EN_MORE),
            List.of("quiet reading room", "short opening hours"), List.of()),
        Arguments.of("a single subheading stays, German", page(DE_ARTICLE,
                "Fahrplan: Die Busse fahren auch am Wochenende",
                DE_MORE),
            List.of("auch am Wochenende"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void kickerTeaserBlocksLeaveTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
