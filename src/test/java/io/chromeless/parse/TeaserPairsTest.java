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
 * Teasers under an end marker between an article's paragraphs, set as headline and one-line blurb
 * pair after pair, leave the body; the article goes on below them. Pages of our own writing.
 */
class TeaserPairsTest {
  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("English", page(EN_ARTICLE,
                "Read more",
                "Council agrees budget for new cycle lanes",
                "The lanes will link the station with the two schools on the hill.",
                "Harbour festival returns in August after a long break",
                "Boats, music and food stalls are back on the quay for three days.",
                "The librarians also plan evening opening on Thursdays for readers who work during the day,"
                    + " and the first evening will bring a talk by a local author about the history of the library.",
                "The old card catalogue, which stood in the hall for more than sixty years, has been given to"
                    + " the town museum, where visitors can see it next to the library's first lending books."),
            List.of("evening opening on Thursdays", "first lending books"), List.of("cycle lanes", "food stalls")),
        Arguments.of("German", page(DE_ARTICLE,
                "Lesen Sie auch",
                "Gemeinderat beschließt neue Radwege zum Bahnhof",
                "Die Wege sollen den Bahnhof mit den beiden Schulen verbinden.",
                "Hafenfest kehrt nach langer Pause im August zurück",
                "Boote, Musik und Essensstände sind drei Tage lang am Kai.",
                "Für Fahrgäste mit Kinderwagen oder Rollstuhl haben die neuen Busse einen niedrigen Einstieg,"
                    + " und an den Haltestellen in den Dörfern werden im Sommer neue Wartehäuschen gebaut.",
                "Der Fahrplan der Linie steht ab sofort auf der Seite des Landkreises und hängt auch in den"
                    + " Rathäusern der drei Gemeinden aus, wo die Mitarbeiter Fragen zu den Fahrten beantworten."),
            List.of("niedrigen Einstieg", "Fragen zu den Fahrten"), List.of("Radwege", "Essensstände")),
        Arguments.of("French", page(FR_ARTICLE,
                "À lire aussi",
                "Le conseil vote le budget des pistes cyclables",
                "Les pistes relieront la gare aux deux écoles de la colline.",
                "La fête du port revient en août après une longue pause",
                "Bateaux, musique et stands de cuisine seront sur le quai pendant trois jours.",
                "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
                    + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux.",
                "Les commerçants organiseront aussi un petit marché de nuit une fois par mois pendant l'été,"
                    + " avec des concerts gratuits devant l'entrée principale de la halle rénovée."),
            List.of("ateliers de cuisine", "marché de nuit"), List.of("pistes cyclables", "fête du port")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void teaserPairsUnderAMarkerLeaveTheBody(String lang, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
