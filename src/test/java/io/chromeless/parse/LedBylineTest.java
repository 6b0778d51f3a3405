package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A byline word led by a word or two ("Kommentar von Jana Petersen", "Analysis by Maren Holt"):
 * the name after it has two words at least, unless a verb of publishing leads ("Posted by
 * Harbourcat"). A single capitalised word after "von", "di", "by" in a subheading or a sentence
 * is a noun ("Anwohner berichten von Lärm", "Le strade di Napoli"), and the subheading stays in
 * the body. Lines of our own writing.
 */
class LedBylineTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de, verb and noun | Anwohner berichten von Lärm | de",
        "de, noun and noun | Zunahme von Stürmen | de",
        "it, article and noun | Le strade di Napoli | it",
        "en, verb and noun | Struck by Lightning | en",
        "es, noun and noun | Cartas por Navidad | es",
      })
  void parsePrefixed_noOneWordNameAfterLeadingWords(String layout, String line, String lang) {
    assertThat(BylineParser.parsePrefixed(line, Stopwords.forLanguage(lang))).as(layout).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de, kind of piece | Kommentar von Jana Petersen | de | Jana Petersen",
        "en, kind of piece | Analysis by Maren Holt | en | Maren Holt",
        "en, publishing verb and a user name | Posted by Harbourcat | en | Harbourcat",
        "fr, publishing verb and a user name | Publié par Lecteur | fr | Lecteur",
        "de, publishing verb and a user name | Geschrieben von Hafenkatze | de | Hafenkatze",
      })
  void parsePrefixed_keepsLedBylines(String layout, String line, String lang, String expected) {
    assertThat(BylineParser.parsePrefixed(line, Stopwords.forLanguage(lang))).as(layout).isEqualTo(List.of(expected));
  }

  private static String paragraph(String body, int k) {
    return body.split("\n\n")[k];
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de | Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen | Anwohner berichten von Lärm",
        "it | Il comune apre tre nuove piste ciclabili prima dell'estate | Le strade di Napoli",
        "en | Harbour ferry will keep running through winter | Struck by Lightning",
      })
  void subheadingStaysInTheBody(String lang, String title, String subheading) throws Exception {
    String body = switch (lang) {
      case "de" -> SampleBodies.DE;
      case "it" -> String.join("\n\n",
          "Il consiglio comunale ha approvato martedì sera tre nuove piste ciclabili nel centro della città, una"
              + " richiesta che le associazioni dei ciclisti portavano avanti da molti anni.",
          "Il sindaco ha spiegato che i lavori costeranno circa due milioni di euro e che saranno pagati in parte"
              + " dalla regione e in parte con le entrate dei parcheggi del centro.",
          "Le prime due piste saranno aperte a giugno, la terza dopo l'estate, quando finiranno i lavori sulla"
              + " strada che porta alla stazione dei treni.");
      default -> SampleBodies.EN;
    };
    String page = String.join("\n\n", "Home", title, paragraph(body, 0), paragraph(body, 1), subheading,
        paragraph(body, 2), "Contact");
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.body()).as(lang).contains(subheading);
    assertThat(p.authors()).as(lang).isNull();
  }
}
