package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A byline that names a newsroom's desk after the byline word: the outlet's name, maybe with
 * digits, and the desk word ("Von Welle24 Redaktion", "Por Redacción Canal9"). A line without the
 * byline word is no such credit. Names and outlets of our own invention.
 */
class DeskBylineTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de, after the byline word | Von Welle24 Redaktion | de | Welle24 Redaktion",
        "es, desk word first | Por Redacción Canal9 | es | Redacción Canal9",
        "en, newsroom | By Radio1 Newsroom | en | Radio1 Newsroom",
        "it, desk word first | di Redazione Tele7 | it | Redazione Tele7",
        "fr, desk word first | Par Rédaction Info24 | fr | Rédaction Info24",
      })
  void parsePrefixed_takesTheDesk(String layout, String line, String lang, String expected) {
    List<String> names = BylineParser.parsePrefixed(line, Stopwords.forLanguage(lang));
    assertThat(names).as(layout).isEqualTo(expected == null ? null : List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de, no byline word | Welle24 Redaktion | de",
        "en, no byline word | Radio1 Newsroom | en",
        "es, no byline word | Redacción Canal9 | es",
      })
  void parseBare_takesNoDesk(String layout, String line, String lang) {
    assertThat(BylineParser.parseBare(line, Stopwords.forLanguage(lang))).as(layout).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de | Startseite | Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen | Von | Welle24 Redaktion",
        "en | Home | Harbour ferry will keep running through winter | By | Radio1 Newsroom",
        "es | Portada | El ayuntamiento plantará dos mil árboles en los barrios del sur | Por Redacción Canal9 | Redacción Canal9",
      })
  void deskUnderTheBylineWord(String lang, String home, String title, String byline, String desk) throws Exception {
    String body = SampleBodies.of(lang);
    // the byline word alone with the desk on the next line, or both on one line
    String page = String.join("\n\n", home, title, byline.contains(" ") ? byline : byline + "\n\n" + desk, body);
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(lang).isEqualTo(Arrays.asList(desk));
  }
}
