package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A short headline that stands three times on the page (the heading, the share line, the list of
 * the section's stories) is shaped like a separator label ("Advertisement"), but it speaks of the
 * article: it stays the title. Pages of our own writing.
 */
class RepeatedHeadlineTest {
  static Stream<Arguments> shortHeadlinesStandingThreeTimes() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands", "Harbour ferry keeps running",
            "Islanders had feared that the boat would stop in November because fuel costs had risen so much.",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN,
            "Share this story", "Harbour ferry keeps running", "More from Islands", "Harbour ferry keeps running",
            "Contact us"),
            "Harbour ferry keeps running"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales", "Großbrand in Lagerhalle am Stadtrand",
            "Die Anwohner sollten wegen der Rauchwolke über dem Viertel am Abend zu Hause bleiben.",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE,
            "Artikel teilen", "Großbrand in Lagerhalle am Stadtrand", "Mehr aus der Region",
            "Großbrand in Lagerhalle am Stadtrand", "Impressum"),
            "Großbrand in Lagerhalle am Stadtrand"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports", "Bus gratuits pour les étudiants",
            "La mesure coûtera deux millions d'euros par an à la ville, qui augmente le prix du stationnement.",
            "Par Claire Morel", "Publié le 4 juin 2024", SampleBodies.FR,
            "Partager", "Bus gratuits pour les étudiants", "À lire aussi", "Bus gratuits pour les étudiants",
            "Mentions légales"),
            "Bus gratuits pour les étudiants"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shortHeadlinesStandingThreeTimes")
  void aShortHeadlineStandingThreeTimesIsTheTitle(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
