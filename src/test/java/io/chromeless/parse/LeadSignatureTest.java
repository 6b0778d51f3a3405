package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The author's name alone on a line between the first paragraphs (under the standfirst or the
 * lead picture), with no date beside it: it signs the piece when the name stands again in the
 * author's box below or the page's controls stand under it. A name the story itself talks about
 * is no byline. Short pages of our own writing.
 */
class LeadSignatureTest {
  private static final String EN_TITLE = "Harbour ferry will keep running through winter";
  private static final String DE_TITLE = "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen";
  private static final String ES_TITLE = "El ayuntamiento plantará dos mil árboles en los barrios del sur";
  private static final String FR_TITLE = "La ville ouvre trois nouvelles pistes cyclables avant l'été";

  private static String paragraph(String body, int k) {
    return body.split("\n\n")[k];
  }

  private static String page(String head, String body, String name, String... after) {
    return String.join("\n\n", head, paragraph(body, 0), name, paragraph(body, 1), paragraph(body, 2),
        String.join("\n\n", after));
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("name again among the reporters below, en",
            page("Home\n\nIslands\n\n" + EN_TITLE, SampleBodies.EN, "Maren Holt", "Most read", "Our reporters",
                "Maren Holt", "Derek Oyelaran", "Contact us"),
            "Maren Holt"),
        Arguments.of("name again among the reporters below, es",
            page("Portada\n\nCiudad\n\n" + ES_TITLE, SampleBodies.ES, "Ana Ruiz", "Lo más leído", "Nuestro equipo",
                "Ana Ruiz", "Luis Gil", "Contacto"),
            "Ana Ruiz"),
        Arguments.of("share button under the name, de",
            page("Startseite\n\nLokales\n\n" + DE_TITLE, SampleBodies.DE, "Jana Petersen\n\nArtikel teilen",
                "Meistgelesen", "Impressum"),
            "Jana Petersen"),
        Arguments.of("share button under the name, fr",
            page("Accueil\n\nSociété\n\n" + FR_TITLE, SampleBodies.FR, "Claire Dubois\n\nPartager l'article",
                "Les plus lus", "Contact"),
            "Claire Dubois"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void namesTheSigner(String layout, String page, String authors) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(layout).isEqualTo(Arrays.asList(authors.split(";")));
  }

  static Stream<Arguments> talkedAbout() {
    String en = String.join("\n\n", "Home", "Islands", EN_TITLE, paragraph(SampleBodies.EN, 0), "Maren Holt",
        "Maren Holt, who runs the island shop, said the boat was the only way to get her goods in winter.",
        "Holt said she would ask the council to keep the ferry for good.", "Most read", "Maren Holt", "Contact us");
    String de = String.join("\n\n", "Startseite", "Lokales", DE_TITLE, paragraph(SampleBodies.DE, 0), "Jana Petersen",
        "Jana Petersen, die Leiterin der Wache, lobte die Einsatzkräfte für ihre Ausdauer in der Nacht.",
        "Petersen sagte, die Halle sei seit Jahren nicht mehr geprüft worden.", "Meistgelesen", "Jana Petersen",
        "Impressum");
    String es = String.join("\n\n", "Portada", "Ciudad", ES_TITLE, paragraph(SampleBodies.ES, 0), "Ana Ruiz",
        "Ana Ruiz, vecina del barrio, dijo que los árboles llegan tarde pero que los recibe con alegría.",
        "Ruiz pidió al ayuntamiento que también arregle las aceras de su calle.", "Lo más leído", "Ana Ruiz", "Contacto");
    return Stream.of(Arguments.of("person of the story, en", en), Arguments.of("person of the story, de", de),
        Arguments.of("person of the story, es", es));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("talkedAbout")
  void noSignerWhomTheStoryTalksAbout(String layout, String page) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(layout).isNull();
  }
}
