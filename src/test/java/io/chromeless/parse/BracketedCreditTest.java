package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.DE_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.EN_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Picture captions whose credit stands in brackets after the sentence ("… (Jane Doe/The Paper)",
 * "… (Archivbild)") leave the body; an author's initials, a price or a link's label in brackets
 * stay. Lines and pages of our own writing.
 */
class BracketedCreditTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Volunteers carry boxes of books back into the reading room on Friday. (Anna Lee/The Valley Courier)|true",
      "The old reading room before the repairs began. (Harbour Photo Archive)|true",
      "Der Landrat bei der ersten Fahrt mit der neuen Buslinie am Montag. (Archivbild)|true",
      "El alcalde durante la inauguración del mercado el sábado por la mañana. (Ayuntamiento/Prensa)|true",
      "Le maire devant la halle rénovée, samedi matin. (Mairie de Lyon)|true",
      // an author's initials, a count, a link's label, a note in running text
      "Der Eintritt zum Fest ist frei, Beginn ist jeweils um zwölf Uhr. (kas)|false",
      "Why we think the programme is promising. (More)|false",
      "The new rules apply from next spring, the ministry said. (Section 5)|false",
      "He said the plan had been agreed by everyone (including the mayor)|false",
  })
  void a_name_in_brackets_after_the_sentence_credits_a_picture(String line, boolean credit) {
    assertThat(PageParser.parenthesisedCredit(line)).isEqualTo(credit);
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("English", page(EN_ARTICLE,
                "Volunteers carry boxes of books back into the reading room on Friday. (Anna Lee/The Valley Courier)",
                "The librarians also plan evening opening on Thursdays for readers who work during the day,"
                    + " and the first evening will bring a talk by a local author about the history of the library."),
            List.of("evening opening on Thursdays"), List.of("Valley Courier", "boxes of books")),
        Arguments.of("German", page(DE_ARTICLE,
                "Der Landrat bei der ersten Fahrt mit der neuen Buslinie am Montag. (Archivbild)",
                "Für Fahrgäste mit Kinderwagen oder Rollstuhl haben die neuen Busse einen niedrigen Einstieg,"
                    + " und an den Haltestellen in den Dörfern werden im Sommer neue Wartehäuschen gebaut."),
            List.of("niedrigen Einstieg"), List.of("Archivbild", "ersten Fahrt")),
        Arguments.of("Spanish", page(
                "Portada", "Ciudad", "El mercado central abrirá también los domingos",
                "El mercado central abrirá también los domingos por la mañana a partir de mayo, según acordaron"
                    + " los comerciantes y el ayuntamiento después de varios meses de negociación.",
                "El alcalde durante la inauguración del mercado el sábado por la mañana. (Ayuntamiento/Prensa)",
                "Los puestos de fruta y de pescado podrán elegir si abren o no, y el ayuntamiento pagará la"
                    + " limpieza extra de los domingos durante el primer año de la prueba.",
                "Los vecinos del barrio llevaban años pidiendo que el mercado abriera el fin de semana, porque"
                    + " muchos trabajan de lunes a sábado y solo pueden hacer la compra con calma el domingo."),
            List.of("limpieza extra"), List.of("Prensa", "inauguración")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void bracketedCaptionsLeaveTheBody(String lang, String page, List<String> in, List<String> out) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    for (String s : in) {
      assertThat(p.body()).contains(s);
    }
    for (String s : out) {
      assertThat(p.body()).as(p.body()).doesNotContain(s);
    }
  }
}
