package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A breadcrumb with its label ("You are here: Home News Islands") over the date line and the
 * headline is no title. Pages of our own writing.
 */
class BreadcrumbLabelTest {
  static Stream<Arguments> breadcrumbOverTheHead() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Menu",
            "You are here: Home News Islands Harbour",
            "Last updated: June 4, 2024 | Source: Island Times",
            "Council keeps the island ferry running through winter",
            SampleBodies.EN),
            "Council keeps the island ferry running through winter"),
        Arguments.of("de", String.join("\n\n", "Menü",
            "Sie sind hier: Nachrichten Region Lokales Blaulicht",
            "Aktualisiert: 4. Juni 2024 | Quelle: Stadtanzeiger",
            "Eine lange Nacht für die Helfer",
            SampleBodies.DE),
            "Eine lange Nacht für die Helfer"),
        Arguments.of("fr", String.join("\n\n", "Menu",
            "Vous êtes ici : Accueil Transports Bus Jeunesse",
            "Mis à jour : 4 juin 2024 | Source : La Gazette",
            "Une vieille promesse enfin tenue",
            SampleBodies.FR),
            "Une vieille promesse enfin tenue"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breadcrumbOverTheHead")
  void aBreadcrumbWithItsLabelIsNoTitle(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }

  /**
   * A headline set as a question joins the text run as its first line; its byline is under it. Names
   * in the menus above it (a list of columnists) are no authors.
   */
  static Stream<Arguments> bylineUnderARunTopHeadline() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Menu", "• Markets", "• Tom Baker", "• Mary Stone", "• Live TV",
            "You are here: Home News Islands Harbour",
            "Last updated: June 4, 2024 | Source: Island Times",
            "Is this the winter the island ferry finally stops running, or will the council find the money?",
            "Jane Roe @janeroe", SampleBodies.EN), "Jane Roe"),
        Arguments.of("de", String.join("\n\n", "Menü", "• Börse", "• Klaus Berger", "• Eva Lindner", "• Live TV",
            "Sie sind hier: Nachrichten Region Lokales Blaulicht",
            "Aktualisiert: 4. Juni 2024 | Quelle: Stadtanzeiger",
            "Wie konnte das Feuer in der Lagerhalle am Stadtrand so schnell auf das ganze Dach übergreifen?",
            "Jana Petersen @janapetersen", SampleBodies.DE), "Jana Petersen"),
        Arguments.of("fr", String.join("\n\n", "Menu", "• Bourse", "• Paul Girard", "• Anne Lemoine", "• Direct TV",
            "Vous êtes ici : Accueil Transports Bus Jeunesse",
            "Mis à jour : 4 juin 2024 | Source : La Gazette",
            "Les bus gratuits pour les jeunes vont-ils enfin devenir une réalité dans toute la ville ?",
            "Claire Morel @clairemorel", SampleBodies.FR), "Claire Morel"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bylineUnderARunTopHeadline")
  void menuNamesAboveARunTopHeadlineAreNoAuthors(String rule, String page, String author) throws Exception {
    var parsed = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(parsed.authors()).as(rule).containsExactly(author);
  }
}
