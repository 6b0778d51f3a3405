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
 * Short lines that a template sets twice or more between an article's paragraphs (labels,
 * gallery buttons, a caption under its credit) leave the body; a line said once, a sentence, a
 * line that announces a list and a cited source in brackets stay. Pages of our own writing.
 */
class RepeatedLabelsTest {
  static final String EN_P1 =
      "The librarians also plan evening opening on Thursdays for readers who work during the day,"
          + " and the first evening will bring a talk by a local author about the history of the library.";
  static final String EN_P2 =
      "A volunteer group will read to children on Saturday mornings, and the council hopes that"
          + " schools from the nearby villages will bring their pupils for visits during the autumn.";
  static final String DE_P1 =
      "Für Fahrgäste mit Kinderwagen oder Rollstuhl haben die neuen Busse einen niedrigen Einstieg,"
          + " und an den Haltestellen in den Dörfern werden im Sommer neue Wartehäuschen gebaut.";
  static final String DE_P2 =
      "Der Fahrplan der Linie steht ab sofort auf der Seite des Landkreises und hängt auch in den"
          + " Rathäusern der drei Gemeinden aus, wo die Mitarbeiter Fragen zu den Fahrten beantworten.";
  static final String FR_P1 =
      "La mairie a aussi prévu des animations pour les enfants le mercredi après-midi, avec des"
          + " ateliers de cuisine animés par les commerçants du marché et des producteurs locaux.";
  static final String FR_P2 =
      "Les horaires d'ouverture restent les mêmes qu'avant les travaux, du mardi au dimanche, et le"
          + " parking situé derrière la halle sera gratuit pendant les deux premières heures.";

  /** An article of three paragraphs with {@code between} set after the first and after the second. */
  static String en(String... between) {
    return article(EN_ARTICLE, EN_P1, EN_P2, between);
  }

  static String de(String... between) {
    return article(DE_ARTICLE, DE_P1, DE_P2, between);
  }

  static String fr(String... between) {
    return article(FR_ARTICLE, FR_P1, FR_P2, between);
  }

  /** The head and first paragraph of {@code base}, then p1 and p2 with the lines between. */
  private static String article(String base, String p1, String p2, String... between) {
    String[] parts = base.split("\n\n");
    List<String> out = new java.util.ArrayList<>(List.of(parts).subList(0, 5));
    out.addAll(List.of(between));
    out.add(p1);
    out.addAll(List.of(between));
    out.add(p2);
    out.addAll(List.of(parts).subList(5, parts.length));
    return String.join("\n\n", out);
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a template's label between paragraphs, English", en("Story goes on after this"),
            List.of("evening opening", "volunteer group"), List.of("goes on after")),
        Arguments.of("a gallery's button and a caption set twice, German",
            de("Bild vergrößern", "Der neue Bus vor dem Rathaus in Oberdorf"),
            List.of("niedrigen Einstieg", "Rathäusern"), List.of("vergrößern", "vor dem Rathaus in Oberdorf")),
        Arguments.of("a teaser's section label, French", fr("Économie locale"),
            List.of("ateliers de cuisine", "parking situé"), List.of("Économie locale")),
        // the text's own
        Arguments.of("a subheading said once stays, English",
            page(EN_ARTICLE.replace("The council spent", "Evenings for working readers\n\nThe council spent")),
            List.of("Evenings for working readers"), List.of()),
        Arguments.of("a line announcing a list stays, German", de("Die Haltestellen im Überblick:"),
            List.of("im Überblick"), List.of()),
        Arguments.of("a cited source in brackets stays, French", fr("[Le Courrier du Marché]"),
            List.of("Courrier du Marché"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void repeatedLabelsLeaveTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
