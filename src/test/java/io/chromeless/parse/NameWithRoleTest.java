package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The author's card over the headline: the name, a dash and the job title ("Maren Holt –
 * Reporter"), one a line for several authors, with no date beside it. The job title says the
 * name is the writer's. Short pages of our own writing.
 */
class NameWithRoleTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Home | Harbour ferry will keep running through winter | Maren Holt – Reporter | Maren Holt",
        "de | Startseite | Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen"
            + " | Jana Petersen – Redakteurin Lokales | Jana Petersen",
        "no | Forside | Fergen skal gå hele vinteren | Ola Nordmann – Journalist i Bergen;Kari Berg – Journalist"
            + " | Ola Nordmann;Kari Berg",
      })
  void cardOverTheHeadline(String lang, String home, String title, String cards, String authors) throws Exception {
    String body = lang.equals("de") ? SampleBodies.DE : SampleBodies.EN;
    String page = String.join("\n\n", home, String.join("\n\n", cards.split(";")), "Nyheter", title, body);
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(lang).isEqualTo(Arrays.asList(authors.split(";")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en, role first after the dash | Maren Holt – Reporter | en | Maren Holt",
        "de, role second after the dash | Jana Petersen – Leitende Redakteurin | de | Jana Petersen",
        "no, role and place | Ola Nordmann – Journalist i Bergen | no | Ola Nordmann",
        "en, no role | Maren Holt – Island Ferries | en | ",
        "en, no name before the dash | Ferry news – Reporter | en | ",
      })
  void nameWithRole(String layout, String line, String lang, String expected) {
    assertThat(BylineParser.nameWithRole(line, Stopwords.forLanguage(lang))).as(layout).isEqualTo(expected);
  }
}
