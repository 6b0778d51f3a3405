package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agencies of three letters (AFP, dpa, EPA) credit a picture as a word of their own, set as
 * the desk sets it; the same letters inside an abbreviation ("ePA", "SEPA") or as the subject of
 * a sentence do not make a headline a credit line. Lines and pages of our own writing.
 */
class AgencyCreditTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // credits, as the desks set them
    "true  | Foto: dpa",
    "true  | Max Muster/dpa",
    "true  | Le port au petit matin (AFP)",
    "true  | Image copyright EPA",
    "true  | Ansa/Epa",
    "true  | JEAN DUPONT / AFP via Getty Images",
    // an abbreviation in mixed case, or one that merely ends in an agency's letters
    "false | Die ePA kommt: Was Versicherte jetzt wissen müssen",
    "false | Virement SEPA : ce qui change pour les clients",
    "false | Las transferencias SEPA llegan al instante",
    // the agency's letters as the subject of a sentence
    "false | EPA to tighten the rules for coal plants",
  })
  void anAgencyCreditsAsAWordOfItsOwn(boolean credit, String line) {
    assertThat(ChromeLexicon.hasCredit(line)).as(line).isEqualTo(credit);
  }

  static Stream<Arguments> headlinesWithAnAbbreviation() {
    return Stream.of(
        Arguments.of("de mixed-case abbreviation", String.join("\n\n", "Startseite", "Gesundheit",
            "Die ePA kommt: Was Versicherte jetzt wissen müssen",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Die ePA kommt: Was Versicherte jetzt wissen müssen"),
        Arguments.of("fr acronym ending in the letters", String.join("\n\n", "Accueil", "Économie",
            "Virement SEPA : ce qui change pour les clients",
            "Par Claire Morel", "Publié le 4 juin 2024", SampleBodies.FR),
            "Virement SEPA : ce qui change pour les clients"),
        Arguments.of("es acronym ending in the letters", String.join("\n\n", "Portada", "Economía",
            "Las transferencias SEPA llegan al instante",
            "Por Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Las transferencias SEPA llegan al instante"),
        Arguments.of("en agency letters as a subject", String.join("\n\n", "Home", "Environment",
            "EPA to tighten the rules for coal plants",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "EPA to tighten the rules for coal plants"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headlinesWithAnAbbreviation")
  void aHeadlineWithAnAbbreviationIsNoCredit(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
