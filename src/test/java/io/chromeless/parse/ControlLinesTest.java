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
 * A page control, a media label or a picture counter alone on a short line between the paragraphs
 * ("Artikel anhören", "Video", "1/12", "44 Bilder") leaves the body; a subheading of three words or
 * more with such a word stays. Pages of our own writing.
 */
class ControlLinesTest {
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
        Arguments.of("controls, English", page(EN_ARTICLE, "Story Saved", "Video", EN_MORE),
            List.of("free membership"), List.of("Story Saved", "Video")),
        Arguments.of("controls and counters, German", page(DE_ARTICLE, "Artikel anhören", "1/12", "44 Bilder", DE_MORE),
            List.of("am Freitag"), List.of("anhören", "1/12", "44 Bilder")),
        Arguments.of("controls, French", page(FR_ARTICLE, "Écouter", "Galerie", FR_MORE),
            List.of("ateliers de cuisine"), List.of("Écouter", "Galerie")),
        Arguments.of("a subheading with a control's word stays, German",
            page(DE_ARTICLE, "Zurück zur alten Linie", DE_MORE),
            List.of("Zurück zur alten Linie"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void controlLinesLeaveTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
