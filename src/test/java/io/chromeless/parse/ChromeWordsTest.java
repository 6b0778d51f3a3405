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
}
