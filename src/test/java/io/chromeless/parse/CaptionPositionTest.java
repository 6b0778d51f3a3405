package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.page;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A picture caption that says where the people stand ("Jane Doe (left) and …", "(r.)", "de gauche
 * à droite", "(izquierda)") leaves the body, credit or not. Pages of our own writing.
 */
class CaptionPositionTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("English", page("Home", "Local", "New bridge opens over the river",
                "The new bridge over the river opened on Saturday, two years after the old one was closed because"
                    + " engineers found cracks in its supports during a routine inspection.",
                "Mayor Jane Doe (left) and the engineer Tom Harris cut the ribbon on the new bridge",
                "Lorries from the U.S./Canada border crossing will be allowed on the bridge from next month, and the"
                    + " council says the traffic in the town centre should fall by a third.",
                "The bridge cost twelve million pounds, most of it paid by the national government, and it has a"
                    + " wide path for people on foot and on bicycles on both sides."),
            List.of("U.S./Canada border", "wide path"), List.of("cut the ribbon")),
        Arguments.of("German", page("Startseite", "Region", "Neue Brücke über den Fluss eröffnet",
                "Die neue Brücke über den Fluss ist am Samstag eröffnet worden, zwei Jahre nachdem die alte gesperrt"
                    + " wurde, weil Ingenieure bei einer Prüfung Risse in den Pfeilern gefunden hatten.",
                "Bürgermeisterin Anna Berger (r.) und der Ingenieur Paul Kern durchschneiden das Band an der Brücke",
                "Lastwagen dürfen die Brücke ab dem kommenden Monat benutzen, und die Stadt rechnet damit, dass der"
                    + " Verkehr in der Innenstadt um ein Drittel zurückgeht: so steht es im Gutachten.",
                "Die Brücke hat zwölf Millionen Euro gekostet, die zum größten Teil der Bund bezahlt hat, und sie hat"
                    + " auf beiden Seiten einen breiten Weg für Fußgänger und Radfahrer."),
            List.of("im Gutachten", "breiten Weg"), List.of("durchschneiden")),
        Arguments.of("French", page("Accueil", "Région", "Le nouveau pont sur la rivière est ouvert",
                "Le nouveau pont sur la rivière a été ouvert samedi, deux ans après la fermeture de l'ancien, dont les"
                    + " ingénieurs avaient trouvé les piles fissurées lors d'une inspection de routine.",
                "De gauche à droite, la maire Claire Dubois et l'ingénieur Marc Colin coupent le ruban du nouveau pont",
                "Les camions pourront emprunter le pont dès le mois prochain, et la mairie estime que la circulation"
                    + " dans le centre-ville baissera d'un tiers selon l'étude.",
                "Le pont a coûté douze millions d'euros, payés en grande partie par l'État, et il a sur ses deux côtés"
                    + " une large voie pour les piétons et les cyclistes."),
            List.of("baissera d'un tiers", "large voie"), List.of("coupent le ruban")),
        Arguments.of("Spanish", page("Portada", "Ciudad", "Abre el nuevo puente sobre el río",
                "El nuevo puente sobre el río abrió el sábado, dos años después del cierre del antiguo, cuyos pilares"
                    + " estaban agrietados según una inspección rutinaria de los ingenieros.",
                "El alcalde (izquierda) y la ingeniera Lucía Martín cortan la cinta del nuevo puente",
                "Los camiones podrán usar el puente a partir del mes que viene, y el ayuntamiento calcula que el"
                    + " tráfico en el centro bajará un tercio durante los próximos años.",
                "El puente costó doce millones de euros, pagados sobre todo por el Gobierno, y tiene a ambos lados un"
                    + " camino ancho para peatones y ciclistas."),
            List.of("bajará un tercio", "camino ancho"), List.of("cortan la cinta")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void aCaptionSayingWhereThePeopleStandLeavesTheBody(String lang, String page, List<String> in, List<String> out)
      throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
