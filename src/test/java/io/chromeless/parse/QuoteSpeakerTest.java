package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A quote set off between the head and the text, with its speaker's name and role on the line under
 * it: that line shares words with the lead but is no title. Pages of our own writing.
 */
class QuoteSpeakerTest {
  static Stream<Arguments> speakerUnderAQuote() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Islanders win their winter lifeline", "By Jane Roe", "June 4, 2024",
            "“Never again this winter”",
            "Harbour master, outer islands ferry", SampleBodies.EN),
            "Islanders win their winter lifeline"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Eine lange Nacht für die Helfer", "Von Jana Petersen", "4. Juni 2024",
            "„Wir hatten großes Glück mit dem Wind.“",
            "Sprecher der Feuerwehr am Stadtrand", SampleBodies.DE),
            "Eine lange Nacht für die Helfer"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Une vieille promesse enfin tenue", "Par Claire Morel", "Publié le 4 juin 2024",
            "« Les étudiants attendaient cela depuis longtemps. »",
            "Le maire devant le conseil municipal", SampleBodies.FR),
            "Une vieille promesse enfin tenue"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("speakerUnderAQuote")
  void theSpeakerUnderAQuoteIsNoTitle(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
