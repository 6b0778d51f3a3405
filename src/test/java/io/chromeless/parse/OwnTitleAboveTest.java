package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page's own title printed above the menus, worded a little differently from the headline shown
 * over the text, is the title; a breadcrumb glued to the headline, the headline with the site's name
 * after it and another story on the same subject are not. Pages of our own writing.
 */
class OwnTitleAboveTest {
  static Stream<Arguments> ownTitleAboveTheMenus() {
    return Stream.of(
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Brand am Stadtrand: Lagerhalle brennt völlig nieder",
            "Politik", "Wirtschaft", "Sport", "Feuerwehr im Einsatz",
            "Lagerhalle am Stadtrand brennt völlig nieder",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Brand am Stadtrand: Lagerhalle brennt völlig nieder"),
        Arguments.of("en", String.join("\n\n", "Home", "News",
            "Ferry vote: council keeps island boat running all winter",
            "Sport", "Business", "Weather", "Islands",
            "Council keeps the island ferry running through winter",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "Ferry vote: council keeps island boat running all winter"),
        Arguments.of("es", String.join("\n\n", "Portada", "Ciudad",
            "Plan verde: dos mil árboles nuevos para los barrios del sur de la ciudad",
            "Deportes", "Economía", "Cultura", "Medio ambiente",
            "Dos mil árboles nuevos para los barrios del sur",
            "Por Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Plan verde: dos mil árboles nuevos para los barrios del sur de la ciudad"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Bus gratuits : le conseil vote la gratuité pour les jeunes",
            "Sport", "Économie", "Culture", "Mobilité",
            "Le conseil vote la gratuité des bus pour les jeunes",
            "Par Claire Morel", "Publié le 4 juin 2024", SampleBodies.FR),
            "Bus gratuits : le conseil vote la gratuité pour les jeunes"),
        Arguments.of("de kicker glued with a colon", String.join("\n\n", "Startseite", "Lokales",
            "Großbrand im Gewerbegebiet: Lagerhalle am Stadtrand brennt völlig nieder",
            "Politik", "Wirtschaft", "Sport", "Feuerwehr im Einsatz",
            "Lagerhalle am Stadtrand brennt völlig nieder",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Großbrand im Gewerbegebiet: Lagerhalle am Stadtrand brennt völlig nieder"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownTitleAboveTheMenus")
  void thePagesOwnTitleAboveTheMenusIsTheTitle(String rule, String page, String title) throws Exception {
    assertThat(parse(page)).as(rule).isEqualTo(title);
  }

  static Stream<Arguments> noOwnTitle() {
    return Stream.of(
        Arguments.of("en breadcrumb glued to the headline", String.join("\n\n", "Log in",
            "Home Council keeps the island ferry running through winter",
            "Sport", "Business", "Weather", "Islands",
            "Council keeps the island ferry running through winter",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "Council keeps the island ferry running through winter"),
        Arguments.of("fr headline and site name", String.join("\n\n", "Accueil",
            "Le conseil vote la gratuité des bus pour les jeunes - La Gazette du Port",
            "Sport", "Économie", "Culture", "Mobilité",
            "Le conseil vote la gratuité des bus pour les jeunes",
            "Par Claire Morel", "Publié le 4 juin 2024", SampleBodies.FR),
            "Le conseil vote la gratuité des bus pour les jeunes"),
        Arguments.of("es other story on the same subject", String.join("\n\n", "Portada", "Ciudad",
            "Los barrios del norte también piden árboles para sus plazas, calles y parques",
            "Deportes", "Economía", "Cultura", "Medio ambiente",
            "Dos mil árboles nuevos para los barrios del sur",
            "Por Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Dos mil árboles nuevos para los barrios del sur"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noOwnTitle")
  void theHeadlineOverTheTextStays(String rule, String page, String title) throws Exception {
    assertThat(parse(page)).as(rule).isEqualTo(title);
  }

  private static String parse(String page) throws Exception {
    return new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
  }
}
