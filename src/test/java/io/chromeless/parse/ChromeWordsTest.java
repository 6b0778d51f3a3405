package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chrome words with an open ending match their inflected and compound forms, accented letters
 * included; the same stems inside other words do not. Lines of our own writing.
 */
class ChromeWordsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "true  | Datenschutzerklärung",
    "true  | Hinweise zur Datenschutzerklärung",
    "true  | Datenschutzgrundsätze",
    "true  | Compartilhá-lo",
    "true  | Clique para compartilhá-la",
    "true  | Meistgelesen",
    "false | Der neue Datenschützer",
    "false | Nachrichten aus der Region",
  })
  void openEndedChromeWordsTakeAccentedEndings(boolean chrome, String line) {
    assertThat(ChromeLexicon.hasChromeWord(line)).isEqualTo(chrome);
  }

  /** The label before a breadcrumb is chrome with its colon; the same words in a sentence are not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "true  | You are here: Home > News > Islands",
    "true  | Sie sind hier: Lokales > Feuerwehr",
    "true  | Vous êtes ici : Accueil > Transports",
    "true  | Usted está en: Portada > Ciudad",
    "true  | Sei qui: Home > Cronaca",
    "false | You are here for the ferry, not for the view",
    "false | Sie sind hier geboren und wollen bleiben",
    "false | Si estás en casa, cierra las ventanas",
  })
  void aBreadcrumbLabelIsChrome(boolean chrome, String line) {
    assertThat(ChromeLexicon.hasChromeWord(line)).as(line).isEqualTo(chrome);
  }

  /** A link to the site's job board is chrome; a sentence about finding a job is not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "true  | Find a new job",
    "true  | Jobs finden",
    "true  | Trouver un emploi",
    "true  | Encuentra tu empleo",
    "false | She moved to the coast to find work on the boats",
    "false | Er sucht seit Monaten eine neue Stelle",
  })
  void aJobBoardLinkIsChrome(boolean chrome, String line) {
    assertThat(ChromeLexicon.hasChromeWord(line)).as(line).isEqualTo(chrome);
  }
}
