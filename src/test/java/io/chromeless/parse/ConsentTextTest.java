package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The consent text of embedded posts and videos, in several languages, reads as legal boilerplate;
 * sentences that mention one such word do not. Lines of our own writing.
 */
class ConsentTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // German compounds with umlauts after the legal stem
    "true  | Beim Anzeigen können personenbezogene Daten an Drittplattformen gehen. Details in der Datenschutzerklärung.",
    "true  | Hier steht ein externer Inhalt. Mit einem Klick lassen sich alle externen Inhalte anzeigen.",
    "true  | This article includes external content. Loading it may share your personal data with the provider.",
    "true  | Cet article contient des contenus externes. Les afficher peut transmettre des données personnelles.",
    "true  | Este artículo incluye contenidos externos que pueden enviar datos personales a otras empresas.",
    "false | Die Gemeinde hat ihre Datenschutzbeauftragte gestern im Rathaus vorgestellt.",
    "false | The museum shows external content from three private collections this spring.",
  })
  void consentBoxOfAnEmbedIsLegalText(boolean legal, String line) {
    assertThat(ChromeLexicon.isLegal(line)).isEqualTo(legal);
  }
}
