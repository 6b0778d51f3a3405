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

/** A picture caption that opens with its label ("Legende: …") leaves the body. Pages of our own writing. */
class CaptionLabelTest {
  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("German", page(DE_ARTICLE,
                "Legende: Der Landrat und die Bürgermeister der drei Dörfer bei der ersten Fahrt der neuen Linie.",
                "Die Fahrer der neuen Linie wurden in den vergangenen Wochen geschult und kennen die Strecke"
                    + " inzwischen gut, sagte der Leiter des Busunternehmens bei der Vorstellung am Freitag."),
            List.of("bei der Vorstellung am Freitag"), List.of("Bürgermeister der drei Dörfer")),
        Arguments.of("English", page(EN_ARTICLE,
                "Photo caption: Volunteers and librarians in front of the repaired building on the morning of the reopening.",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("free membership"), List.of("repaired building on the morning")),
        Arguments.of("French", page(FR_ARTICLE,
                "Légende : Les commerçants installent leurs étals dans la halle rénovée, samedi matin, avant l'ouverture.",
                "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
                    + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux."),
            List.of("ateliers de cuisine"), List.of("installent leurs étals")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void labelledCaptionsLeaveTheBody(String lang, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
