package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stopword shortcut of language identification: it names the language only where the n-gram
 * detector would name the same one, and leaves close relatives, short and mixed text to the
 * detector.
 */
class StopwordCoverageTest {
  static final String IT = "Il consiglio comunale ha deciso ieri sera di chiudere al traffico il centro storico"
      + " durante i fine settimana dell'estate, dopo che i commercianti della piazza avevano chiesto per"
      + " mesi una prova. La misura sarà valutata alla fine di settembre e, se i risultati saranno buoni,"
      + " potrebbe diventare stabile per tutto l'anno, ha spiegato l'assessore ai trasporti.";
  static final String PT = "A câmara municipal aprovou na terça-feira um plano para recuperar as casas antigas"
      + " do bairro junto ao rio, que estão vazias há mais de dez anos. As obras devem começar no próximo"
      + " ano e serão pagas com fundos europeus e com uma parte do orçamento da cidade, segundo o"
      + " vereador responsável pela habitação, que falou aos jornalistas depois da reunião.";
  static final String NL = "De gemeenteraad heeft dinsdag besloten om de bibliotheek in het centrum van de stad"
      + " open te houden, nadat meer dan duizend inwoners een brief hadden getekend. De bibliotheek zou"
      + " volgend jaar sluiten omdat het gebouw te oud is, maar nu wordt er gezocht naar geld voor een"
      + " verbouwing die het gebouw weer veilig moet maken voor de bezoekers en het personeel.";
  static final String CA = "L'ajuntament va aprovar dimarts un pla per plantar mil arbres als carrers del barri"
      + " vell, on a l'estiu la calor és molt forta i hi ha poques zones d'ombra. Els veïns podran triar"
      + " els carrers on volen els arbres nous, i les primeres plantacions es faran a la tardor, segons"
      + " va explicar la regidora de medi ambient en la presentació del projecte.";
  static final String NO = "Kommunestyret vedtok tirsdag å holde fergen i gang gjennom hele vinteren, etter at"
      + " folk på øyene sa at båten er den eneste veien til legen på fastlandet. Fergen skulle etter planen"
      + " stoppe i november fordi drivstoffet har blitt dyrere og det er vanskelig å finne mannskap, men nå"
      + " skal kommunen betale det som mangler i ett år.";

  static Stream<Arguments> decided() {
    return Stream.of(
        Arguments.of(SampleBodies.EN, "en"),
        Arguments.of(SampleBodies.DE, "de"),
        Arguments.of(SampleBodies.FR, "fr"),
        Arguments.of(IT, "it"));
  }

  @ParameterizedTest
  @MethodSource("decided")
  void prose_of_a_common_language_is_settled_by_its_stopwords_as_the_detector_would(String text, String lang) {
    assertThat(StopwordCoverage.decide(text, LanguageIdentifier.FIRST_CHARS)).isEqualTo(lang);
    assertThat(LanguageIdentifier.byDetector(text)).isEqualTo(lang);
    assertThat(LanguageIdentifier.detect(text)).isEqualTo(lang);
  }

  static Stream<Arguments> leftToTheDetector() {
    return Stream.of(
        // Dutch: Afrikaans shares its commonest words and has no list
        Arguments.of(NL, "nl"),
        // Catalan beside Spanish, Norwegian beside Danish and Swedish: relatives with lists of their own
        Arguments.of(CA, "ca"),
        Arguments.of(NO, "no"),
        // Spanish and Portuguese prose holds nearly as many Galician stopwords as its own
        Arguments.of(SampleBodies.ES, "es"),
        Arguments.of(PT, "pt"),
        // fewer than MIN_WORDS words
        Arguments.of("The council voted on Tuesday to keep the harbour ferry running through the winter.", "en"));
  }

  @ParameterizedTest
  @MethodSource("leftToTheDetector")
  void close_relatives_and_short_text_go_to_the_detector(String text, String lang) {
    assertThat(StopwordCoverage.decide(text, LanguageIdentifier.FIRST_CHARS)).isNull();
    assertThat(LanguageIdentifier.detect(text)).isEqualTo(lang);
  }

  static Stream<Arguments> mixed() {
    return Stream.of(
        Arguments.of(SampleBodies.EN.substring(0, 180) + " " + SampleBodies.DE.substring(0, 200)),
        Arguments.of(SampleBodies.ES.substring(0, 200) + " " + PT.substring(0, 200)),
        Arguments.of(SampleBodies.FR.substring(0, 200) + " " + IT.substring(0, 200)));
  }

  @ParameterizedTest
  @MethodSource("mixed")
  void two_languages_in_equal_parts_are_not_settled(String text) {
    assertThat(StopwordCoverage.decide(text, LanguageIdentifier.FIRST_CHARS)).isNull();
  }

  @ParameterizedTest
  @MethodSource("decided")
  void only_the_words_that_start_in_the_first_characters_count(String text, String lang) {
    String longDutchTail = text + " " + NL + " " + NL + " " + NL;
    assertThat(StopwordCoverage.decide(longDutchTail, text.length())).isEqualTo(lang);
  }
}
