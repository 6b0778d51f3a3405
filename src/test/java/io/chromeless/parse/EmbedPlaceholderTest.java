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
 * The consent placeholder of an embed that was not loaded (a post, a chart, a video from another
 * site) is no part of the article. Pages of our own writing.
 */
class EmbedPlaceholderTest {
  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("English", page(EN_ARTICLE,
                "To view this embedded content you have to give your consent to the provider first.",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("free membership"), List.of("embedded content")),
        Arguments.of("German", page(DE_ARTICLE,
                "Empfohlener redaktioneller Inhalt",
                "Hier steht ein ausgewählter Beitrag aus einem sozialen Netzwerk. Externen Inhalt anzeigen",
                "Die Fahrer der neuen Linie wurden in den vergangenen Wochen geschult und kennen die Strecke"
                    + " inzwischen gut, sagte der Leiter des Busunternehmens bei der Vorstellung am Freitag."),
            List.of("bei der Vorstellung am Freitag"), List.of("redaktioneller Inhalt", "Externen Inhalt")),
        Arguments.of("French", page(FR_ARTICLE,
                "Cliquez ici pour afficher le contenu externe de notre partenaire",
                "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
                    + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux."),
            List.of("ateliers de cuisine"), List.of("contenu externe")),
        Arguments.of("Czech", page(EN_ARTICLE,
                "Následuje obsah vložený z jiného webu. Zde jej můžete přeskočit.",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("free membership"), List.of("jiného webu")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void embedPlaceholdersLeaveTheBody(String lang, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
