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
 * Teasers of other stories closed by their link ("… überfordert. mehr", "… | more") leave the
 * body, with the headline right above such a blurb. Pages of our own writing.
 */
class MoreLinkTest {
  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("headline and blurb, German", page(DE_ARTICLE,
                "Verkehrswende im Landkreis Wie die Dörfer wieder Anschluss finden",
                "Seit Jahren fehlen auf dem Land Busse und Züge, nun steuern die Kreise um. mehr",
                "Die Fahrer der neuen Linie wurden in den vergangenen Wochen geschult und kennen die Strecke"
                    + " inzwischen gut, sagte der Leiter des Busunternehmens bei der Vorstellung am Freitag."),
            List.of("bei der Vorstellung am Freitag"), List.of("Anschluss finden", "steuern die Kreise um")),
        Arguments.of("linked headlines, English", page(EN_ARTICLE,
                "Council approves budget for the new harbour library branch | more",
                "Readers queue for the first books after the flood | more",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("free membership"), List.of("harbour library branch", "after the flood")),
        Arguments.of("headline and blurb, French", page(FR_ARTICLE,
                "Commerce de proximité Les halles reviennent en centre-ville",
                "Partout en France, les marchés couverts rouvrent après des années de déclin. Lire la suite",
                "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
                    + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux."),
            List.of("ateliers de cuisine"), List.of("halles reviennent", "années de déclin")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void teasersWithTheirLinkLeaveTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
