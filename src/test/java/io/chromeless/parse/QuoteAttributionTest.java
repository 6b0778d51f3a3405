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
 * The attribution line under a quote set off from the text ("Jane Doe, Universität Leipzig")
 * leaves the body; a list of names and places with several commas stays. Pages of our own writing.
 */
class QuoteAttributionTest {
  static final String EN_MORE =
      "Volunteers who helped to move the books back into the building were thanked by the mayor at"
          + " the opening, and each of them was given a year of free membership of the reading club.";
  static final String DE_MORE =
      "Die Fahrer der neuen Linie wurden in den vergangenen Wochen geschult und kennen die Strecke"
          + " inzwischen gut, sagte der Leiter des Busunternehmens bei der Vorstellung am Freitag.";
  static final String FR_MORE =
      "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
          + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux.";

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("English", page(EN_ARTICLE,
                "\"A library is the living room of a town, and ours has been closed for far too long.\"",
                "Margaret Olsen, chair of the Friends of the Library",
                EN_MORE),
            List.of("living room of a town", "free membership"), List.of("Margaret Olsen")),
        Arguments.of("German", page(DE_ARTICLE,
                "Wer auf dem Land kein Auto hat, ist ohne Bus von vielem abgeschnitten.",
                "Karin Albrecht, Verkehrsforscherin an der Universität Kassel",
                DE_MORE),
            List.of("von vielem abgeschnitten", "am Freitag"), List.of("Karin Albrecht")),
        Arguments.of("French", page(FR_ARTICLE,
                "« Un marché couvert, c'est le cœur d'un quartier, et le nôtre bat de nouveau. »",
                "Sophie Marchand, présidente de l'association des commerçants",
                FR_MORE),
            List.of("le cœur d'un quartier", "ateliers de cuisine"), List.of("Sophie Marchand")),
        Arguments.of("an address list stays, English", page(EN_ARTICLE,
                "The mayor thanked the firms that repaired the building.",
                "Harbour Roofing, Dock Street, Westport",
                EN_MORE),
            List.of("Harbour Roofing, Dock Street, Westport"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void attributionsLeaveTheBody(String lang, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
