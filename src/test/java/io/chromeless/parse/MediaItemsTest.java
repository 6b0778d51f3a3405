package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.DE_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.EN_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.FR_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Video and audio items set between an article's paragraphs: a player's running time, the clip's
 * title below it, a caption closed by its running time, a teaser's clock time. None of it is
 * article text. Short pages of our own writing; each case names texts the body keeps and texts it
 * must not hold.
 */
class MediaItemsTest {
  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("running time and clip title, English", page(EN_ARTICLE,
                "02:31",
                "Watch the first readers walk into the repaired library",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("free membership"), List.of("02:31", "Watch the first readers")),
        Arguments.of("labelled running time, German", page(DE_ARTICLE,
                "Dauer: 3:12",
                "So sieht der neue Bus von innen aus",
                "Die Fahrer der neuen Linie wurden in den vergangenen Wochen geschult und kennen die Strecke"
                    + " inzwischen gut, sagte der Leiter des Busunternehmens bei der Vorstellung am Freitag."),
            List.of("bei der Vorstellung am Freitag"), List.of("3:12", "So sieht der neue Bus")),
        Arguments.of("running time in minutes, French", page(FR_ARTICLE,
                "01:43 min",
                "Les commerçants du marché racontent leur année de travaux",
                "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
                    + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux."),
            List.of("ateliers de cuisine"), List.of("01:43", "racontent leur année")),
        Arguments.of("caption closed by a running time, German", page(DE_ARTICLE,
                "Der Landrat stellt die neue Linie im Kreistag vor 18.04.2024 | 0:48 min",
                "Die Fahrer der neuen Linie wurden in den vergangenen Wochen geschult und kennen die Strecke"
                    + " inzwischen gut, sagte der Leiter des Busunternehmens bei der Vorstellung am Freitag."),
            List.of("bei der Vorstellung am Freitag"), List.of("im Kreistag vor")),
        Arguments.of("clip title closed by its length, English", page(EN_ARTICLE,
                "Library reopening ceremony (1:04:10)",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("free membership"), List.of("reopening ceremony")),
        Arguments.of("teaser's clock time, Dutch", page(EN_ARTICLE,
                "Vandaag om 20:07",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("free membership"), List.of("20:07")),
        Arguments.of("teaser's relative time, English", page(EN_ARTICLE,
                "14 hours ago",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("free membership"), List.of("hours ago")),
        Arguments.of("teaser's relative time, German", page(DE_ARTICLE,
                "vor 2 Std.",
                "Die Fahrer der neuen Linie wurden in den vergangenen Wochen geschult und kennen die Strecke"
                    + " inzwischen gut, sagte der Leiter des Busunternehmens bei der Vorstellung am Freitag."),
            List.of("bei der Vorstellung am Freitag"), List.of("vor 2 Std")),
        Arguments.of("teaser's relative time, French", page(FR_ARTICLE,
                "il y a 3 heures",
                "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
                    + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux."),
            List.of("ateliers de cuisine"), List.of("il y a 3 heures")),
        Arguments.of("a ratio in a sentence stays, English", page(EN_ARTICLE,
                "A model of the old building in the hall, at a scale of 1:50",
                "Volunteers who helped to move the books back into the building were thanked by the mayor at"
                    + " the opening, and each of them was given a year of free membership of the reading club."),
            List.of("scale of 1:50", "free membership"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void mediaItemsLeaveTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    for (String s : in) {
      assertThat(p.body()).contains(s);
    }
    for (String s : out) {
      assertThat(p.body()).as(p.body()).doesNotContain(s);
    }
  }
}
