package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which date of the head block is the publication date, one rule a row in three languages: a
 * picture caption's date is not it, a date labelled as published beats a teaser's date next to
 * it, a date glued to the word before it is read. Short pages of our own writing.
 */
class HeadDateTest {
  private static final String EN_BODY = String.join("\n\n",
      "The council voted on Tuesday to keep the harbour ferry running through the winter months, after"
          + " residents of the outer islands said the boat was their only way to reach the mainland clinic.",
      "The ferry had been due to stop in November because of rising fuel costs and a shortage of crew,"
          + " the harbour master told the meeting, which ran for more than three hours.",
      "Councillors agreed to cover the shortfall from the reserve fund for one year while the ferry"
          + " company looks for a second boat that uses less fuel and needs a smaller crew.");

  private static final String DE_BODY = String.join("\n\n",
      "Die Feuerwehr war am Sonntag mit mehr als achtzig Kräften im Einsatz, nachdem in einer Lagerhalle am"
          + " Stadtrand ein Brand ausgebrochen war, der sich schnell auf das Dach ausbreitete.",
      "Verletzt wurde nach Angaben der Polizei niemand, die Anwohner wurden aber gebeten, Fenster und Türen"
          + " geschlossen zu halten, weil sich über dem Viertel eine dichte Rauchwolke bildete.",
      "Die Ursache des Feuers ist noch unklar, die Ermittler wollen die Halle in den kommenden Tagen"
          + " untersuchen, sobald die Reste des Daches gesichert sind und keine Gefahr mehr besteht.");

  private static final String ES_BODY = String.join("\n\n",
      "El ayuntamiento aprobó el lunes un plan para plantar dos mil árboles en los barrios del sur de la"
          + " ciudad, donde las temperaturas en verano son las más altas de toda la región.",
      "Los vecinos podrán proponer las calles en las que quieren nuevos árboles a través de las asociaciones"
          + " de barrio, que enviarán sus propuestas antes del final de la primavera.",
      "La primera fase empezará en otoño y costará unos tres millones de euros, según explicó la concejala"
          + " de medio ambiente en la presentación del proyecto a los medios locales.");

  private static final String EN_TITLE = "Harbour ferry will keep running through winter";
  private static final String DE_TITLE = "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen";
  private static final String ES_TITLE = "El ayuntamiento plantará dos mil árboles en los barrios del sur";

  static Stream<Arguments> pages() {
    return Stream.of(
        // a picture caption ending in the day the picture was taken, then the meta line
        Arguments.of("caption date, en", String.join("\n\n", "Home", EN_TITLE,
            "The ferry at the quay in the morning, 24 April 2023",
            "Maren Holt | 28 April 2023", EN_BODY), "2023-04-28"),
        Arguments.of("caption date, de", String.join("\n\n", "Startseite", DE_TITLE,
            "Die Feuerwehr vor der Halle am Stadtrand, 24. April 2023",
            "Jana Petersen | 28. April 2023", DE_BODY), "2023-04-28"),
        Arguments.of("caption date, es", String.join("\n\n", "Portada", ES_TITLE,
            "Los primeros árboles en una calle del sur, 24 de abril de 2023",
            "Ana Ruiz | 28 de abril de 2023", ES_BODY), "2023-04-28"),
        // above the headline: the labelled publication date, then an audio teaser with its own date
        Arguments.of("published label, en", String.join("\n\n", "Home", "Published on 27/04/2024 at 07:39",
            "Audio 03:07 | 25/04/2024 | Maren Holt", EN_TITLE, EN_BODY), "2024-04-27"),
        Arguments.of("published label, de", String.join("\n\n", "Startseite", "Veröffentlicht am 27.04.24 um 07:39 Uhr",
            "Audio 03:07 Min. | 25.04.24 | Jana Petersen", DE_TITLE, DE_BODY), "2024-04-27"),
        Arguments.of("published label, es", String.join("\n\n", "Portada", "Publicado el 27/04/2024 a las 07:39",
            "Audio 03:07 | 25/04/2024 | Ana Ruiz", ES_TITLE, ES_BODY), "2024-04-27"),
        // the date glued to the section's name by the dump
        Arguments.of("glued date, en", String.join("\n\n", "Home", EN_TITLE, "Islands2024.03.31 19:59", EN_BODY),
            "2024-03-31"),
        Arguments.of("glued date, de", String.join("\n\n", "Startseite", DE_TITLE, "31.03.202431. März 2024", DE_BODY),
            "2024-03-31"),
        Arguments.of("glued date, es", String.join("\n\n", "Portada", ES_TITLE, "Ciudad2024.03.31 19:59", ES_BODY),
            "2024-03-31"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void findsThePublicationDay(String rule, String page, String day) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.publishedAtMicros()).as(rule).isNotNull();
    assertThat(Instant.ofEpochSecond(p.publishedAtMicros() / 1_000_000L).toString().substring(0, 10))
        .as(rule).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Opinion2024.03.31 19:59 | Opinion 2024.03.31 19:59",
        "30.01.202430. Januar 2024 | 30.01.2024 30. Januar 2024",
        "Published 3 May 2024 | Published 3 May 2024",
      })
  void unglue(String text, String expected) {
    assertThat(DateExtractor.unglue(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Published: 3 May 2024 | true",
        "Veröffentlicht am 3. Mai 2024 | true",
        "Publicado el 3 de mayo de 2024 | true",
        "Updated 3 May 2024 | false",
        "Audio 3 min, 3 May 2024 | false",
      })
  void isPublished(String text, boolean expected) {
    DateExtractor.Found f = DateExtractor.find(text, null);
    assertThat(f).isNotNull();
    assertThat(DateExtractor.isPublished(text, f)).isEqualTo(expected);
  }
}
