package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.page;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A box the template sets again and again between an article's paragraphs (a "Most popular" list
 * with its teasers and bylines) neither splits the article nor goes into its body. Pages of our own
 * writing.
 */
class RepeatedBoxTest {

  static String boxed(String head, String box, String... paragraphs) {
    StringBuilder b = new StringBuilder(head);
    for (int i = 0; i < paragraphs.length; i++) {
      b.append("\n\n").append(paragraphs[i]);
      if (i < paragraphs.length - 1 || i == 0) {
        b.append("\n\n").append(box);
      }
    }
    return b.toString();
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("English", boxed(
                page("Home", "Culture", "The painter who went back to her village", "By Ruth Ellis", "12 May 2024"),
                page("Most popular", "Style", "Ten summer sandals everyone will wear this year", "By Anna Lee",
                    "Travel", "A weekend in Lisbon for less than you think", "By Mark Cole", "Food",
                    "The bakery that sells out before eight", "By Joe Park"),
                "The painter left the city twenty years ago and moved back to the small village where she grew up,"
                    + " where she now works in an old barn that her grandfather once used for his sheep.",
                "She paints the hills around the village in every season, and she says that the light there changes"
                    + " so quickly in the autumn that she often has to finish a picture in less than an hour.",
                "Her first exhibition in the capital opened last week, and most of the forty paintings were sold"
                    + " on the first evening to buyers who had never heard of the village before.",
                "She plans to use the money to turn the barn into a school where children from the valley can learn"
                    + " to draw and paint during the long summer holidays, free of charge."),
            List.of("left the city twenty years ago", "free of charge"), List.of("Lisbon", "sandals")),
        Arguments.of("German", boxed(
                page("Startseite", "Kultur", "Die Malerin, die in ihr Dorf zurückkehrte", "Von Ruth Ehlers", "12. Mai 2024"),
                page("Am beliebtesten", "Mode", "Diese Sandalen tragen im Sommer alle", "Von Anna Lehmann",
                    "Reisen", "Ein Wochenende in Lissabon für wenig Geld", "Von Markus Kohl", "Essen",
                    "Die Bäckerei, die vor acht Uhr ausverkauft ist", "Von Jonas Pahl"),
                "Die Malerin hat die Stadt vor zwanzig Jahren verlassen und ist in das kleine Dorf zurückgekehrt, in"
                    + " dem sie aufgewachsen ist, wo sie heute in einer alten Scheune ihres Großvaters arbeitet.",
                "Sie malt die Hügel um das Dorf zu jeder Jahreszeit, und sie sagt, dass sich das Licht dort im Herbst"
                    + " so schnell ändert, dass sie ein Bild oft in weniger als einer Stunde fertig malen muss.",
                "Ihre erste Ausstellung in der Hauptstadt wurde in der vergangenen Woche eröffnet, und die meisten der"
                    + " vierzig Bilder wurden schon am ersten Abend an Käufer verkauft, die das Dorf nicht kannten.",
                "Mit dem Geld will sie die Scheune zu einer Schule machen, in der Kinder aus dem Tal in den langen"
                    + " Sommerferien kostenlos zeichnen und malen lernen können."),
            List.of("vor zwanzig Jahren verlassen", "kostenlos zeichnen"), List.of("Lissabon", "Sandalen")),
        Arguments.of("French", boxed(
                page("Accueil", "Culture", "La peintre qui est revenue dans son village", "Par Ruth Élie", "12 mai 2024"),
                page("Les plus lus", "Mode", "Les sandales que tout le monde portera cet été", "Par Anne Leroy",
                    "Voyage", "Un week-end à Lisbonne pour presque rien", "Par Marc Colin", "Cuisine",
                    "La boulangerie vide avant huit heures", "Par Jean Parc"),
                "La peintre a quitté la ville il y a vingt ans pour revenir dans le petit village où elle a grandi,"
                    + " et elle travaille aujourd'hui dans une vieille grange où son grand-père gardait ses moutons.",
                "Elle peint les collines autour du village à chaque saison, et elle dit que la lumière change si vite"
                    + " en automne qu'elle doit souvent finir un tableau en moins d'une heure.",
                "Sa première exposition dans la capitale a ouvert la semaine dernière, et la plupart des quarante"
                    + " tableaux ont été vendus dès le premier soir à des acheteurs qui ne connaissaient pas le village.",
                "Elle veut utiliser cet argent pour faire de la grange une école où les enfants de la vallée pourront"
                    + " apprendre à dessiner et à peindre gratuitement pendant les longues vacances d'été."),
            List.of("il y a vingt ans", "peindre gratuitement"), List.of("Lisbonne", "sandales")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void aRepeatedBoxNeitherSplitsNorJoinsTheBody(String lang, String page, List<String> in, List<String> out)
      throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
