package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the body ends and what inside it is no part of the article: teaser lists after it, other
 * stories below it, boxes between its paragraphs. Short pages of our own writing in several
 * languages; each case names a text the body keeps and texts it must not hold.
 */
class BodyEndsTest {
  static String page(String... lines) {
    return String.join("\n\n", lines);
  }

  static final String DE_ARTICLE = page(
      "Startseite", "Bayern", "Neue Buslinie verbindet drei Dörfer im Landkreis",
      "Von Anna Berger",
      "Ab dem kommenden Montag fährt eine neue Buslinie zwischen den drei Dörfern im Süden des Landkreises,"
          + " die bisher nur mit dem Auto oder dem Schulbus zu erreichen waren, teilte das Landratsamt mit.",
      "Die Busse fahren werktags jede Stunde und am Wochenende alle zwei Stunden, und sie halten auch am"
          + " Bahnhof der Kreisstadt, damit die Fahrgäste dort in die Züge nach München umsteigen können.",
      "Der Gemeinderat hatte die Linie lange gefordert, weil immer mehr ältere Menschen in den Dörfern"
          + " wohnen, die nicht mehr selbst Auto fahren wollen und trotzdem zum Arzt oder zum Einkaufen müssen.",
      "Die Kosten von rund 400.000 Euro im Jahr teilen sich der Landkreis und die drei Gemeinden, die nun"
          + " nach einem Jahr gemeinsam prüfen wollen, ob die Busse genug Fahrgäste haben.");

  static final String EN_ARTICLE = page(
      "Home", "Local", "Library reopens after two years of repairs",
      "By Tom Harris",
      "The town library reopened on Saturday after two years of repairs to its roof and walls, and more"
          + " than three hundred people queued at the door before the first books were lent.",
      "The council spent most of the money on the old roof, which had leaked into the reading room for"
          + " years, and on a lift that lets wheelchair users reach the upper floor for the first time.",
      "Librarians said the children's corner had been moved to the ground floor, next to the garden, so"
          + " that parents with buggies no longer have to carry them up the narrow stairs of the building.",
      "The library will open on Sundays during the summer, the council said, if enough volunteers sign"
          + " up to help the staff at the desk and with the reading groups for young children.");

  static final String FR_ARTICLE = page(
      "Accueil", "Régions", "Le marché couvert rouvre ses portes après un an de travaux",
      "Par Claire Dubois",
      "Le marché couvert de la ville a rouvert ses portes samedi matin après un an de travaux, et les"
          + " habitants sont venus nombreux pour retrouver les commerçants qu'ils connaissent depuis des années.",
      "La mairie a remplacé la toiture et le sol, qui étaient en mauvais état, et a installé de nouveaux"
          + " étals réfrigérés pour les poissonniers et les bouchers qui travaillent dans le bâtiment.",
      "Les commerçants ont dit qu'ils avaient perdu une partie de leurs clients pendant les travaux, mais"
          + " ils espèrent que la nouvelle halle attirera aussi les touristes pendant tout l'été.",
      "Le marché sera ouvert tous les jours sauf le lundi, et un parking à vélos a été construit devant"
          + " l'entrée principale pour les habitants qui viennent du centre de la ville.");

  static Stream<Arguments> pages() {
    return Stream.of(
        // teasers of other stories, each with a full date and time between headline and blurb
        Arguments.of("teasers with date and time", page(DE_ARTICLE,
                "Das könnte Sie auch interessieren",
                "Radweg am See wird im Sommer gesperrt",
                "12.04.2024, 10:21 Uhr",
                "Der beliebte Radweg am Ufer des Sees wird im Juli für sechs Wochen gesperrt, weil die Gemeinde"
                    + " die Brücke über den Bach erneuern lässt.",
                "Neues Hallenbad öffnet im Herbst",
                "27.03.2024, 12:29 Uhr",
                "Nach drei Jahren Bauzeit soll das neue Hallenbad im Oktober öffnen, sagte der Bürgermeister bei"
                    + " der Sitzung des Stadtrats am Dienstag.",
                "Bauern klagen über den trockenen Frühling",
                "25.03.2024, 05:13 Uhr",
                "Viele Landwirte in der Region warten seit Wochen auf Regen, und auf manchen Feldern ist die"
                    + " Saat noch gar nicht aufgegangen."),
            List.of("nach einem Jahr gemeinsam prüfen"), List.of("Radweg", "Hallenbad", "Landwirte")),
        Arguments.of("teasers with date and time, English", page(EN_ARTICLE,
                "More stories",
                "Bridge on the river road to close in July",
                "April 12, 2024 10:21 am",
                "The old bridge on the river road will close for six weeks in July while the council replaces"
                    + " its railings and the surface of the road.",
                "New swimming pool to open in the autumn",
                "March 27, 2024 12:29 pm",
                "After three years of building work the new pool should open in October, the mayor told the"
                    + " council meeting on Tuesday evening.",
                "Farmers worry about the dry spring",
                "March 25, 2024 5:13 am",
                "Many farmers in the county have waited weeks for rain, and on some fields the seed has not"
                    + " come up at all this year."),
            List.of("reading groups for young children"), List.of("bridge", "swimming pool", "farmers")),
        Arguments.of("teasers with date and time, French", page(FR_ARTICLE,
                "À lire aussi",
                "La piste cyclable du lac fermée en juillet",
                "12/04/2024 à 10h21",
                "La piste cyclable qui longe le lac sera fermée pendant six semaines en juillet, le temps de"
                    + " refaire le pont qui enjambe le ruisseau.",
                "La nouvelle piscine ouvrira à l'automne",
                "27/03/2024 à 12h29",
                "Après trois ans de travaux, la nouvelle piscine devrait ouvrir en octobre, a dit le maire"
                    + " lors du conseil municipal de mardi soir.",
                "Les agriculteurs inquiets après un printemps sec",
                "25/03/2024 à 05h13",
                "Beaucoup d'agriculteurs de la région attendent la pluie depuis des semaines, et certains champs"
                    + " n'ont toujours pas levé cette année."),
            List.of("centre de la ville"), List.of("piste cyclable", "piscine", "agriculteurs")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void bodyHoldsTheArticleOnly(String rule, String page, List<String> in, List<String> out) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    for (String s : in) {
      assertThat(p.body()).contains(s);
    }
    for (String s : out) {
      assertThat(p.body()).doesNotContain(s);
    }
  }
}
