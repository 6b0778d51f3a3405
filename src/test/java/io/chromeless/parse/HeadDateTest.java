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
 * it, a date glued to the word before it or to a counter after it is read. Short pages of our own writing.
 */
class HeadDateTest {
  private static final String EN_TITLE = "Harbour ferry will keep running through winter";
  private static final String DE_TITLE = "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen";
  private static final String ES_TITLE = "El ayuntamiento plantará dos mil árboles en los barrios del sur";

  static Stream<Arguments> pages() {
    return Stream.of(
        // a picture caption ending in the day the picture was taken, then the meta line
        Arguments.of("caption date, en", String.join("\n\n", "Home", EN_TITLE,
            "The ferry at the quay in the morning, 24 April 2023",
            "Maren Holt | 28 April 2023", SampleBodies.EN), "2023-04-28"),
        Arguments.of("caption date, de", String.join("\n\n", "Startseite", DE_TITLE,
            "Die Feuerwehr vor der Halle am Stadtrand, 24. April 2023",
            "Jana Petersen | 28. April 2023", SampleBodies.DE), "2023-04-28"),
        Arguments.of("caption date, es", String.join("\n\n", "Portada", ES_TITLE,
            "Los primeros árboles en una calle del sur, 24 de abril de 2023",
            "Ana Ruiz | 28 de abril de 2023", SampleBodies.ES), "2023-04-28"),
        // above the headline: the labelled publication date, then an audio teaser with its own date
        Arguments.of("published label, en", String.join("\n\n", "Home", "Published on 27/04/2024 at 07:39",
            "Audio 03:07 | 25/04/2024 | Maren Holt", EN_TITLE, SampleBodies.EN), "2024-04-27"),
        Arguments.of("published label, de", String.join("\n\n", "Startseite", "Veröffentlicht am 27.04.24 um 07:39 Uhr",
            "Audio 03:07 Min. | 25.04.24 | Jana Petersen", DE_TITLE, SampleBodies.DE), "2024-04-27"),
        Arguments.of("published label, es", String.join("\n\n", "Portada", "Publicado el 27/04/2024 a las 07:39",
            "Audio 03:07 | 25/04/2024 | Ana Ruiz", ES_TITLE, SampleBodies.ES), "2024-04-27"),
        // the date glued to the section's name by the dump
        Arguments.of("glued date, en", String.join("\n\n", "Home", EN_TITLE, "Islands2024.03.31 19:59", SampleBodies.EN),
            "2024-03-31"),
        Arguments.of("glued date, de", String.join("\n\n", "Startseite", DE_TITLE, "31.03.202431. März 2024", SampleBodies.DE),
            "2024-03-31"),
        Arguments.of("glued date, es", String.join("\n\n", "Portada", ES_TITLE, "Ciudad2024.03.31 19:59", SampleBodies.ES),
            "2024-03-31"),
        // the year glued to the post's counters (views, comments) by the dump; a later date over the headline
        Arguments.of("counter glued to the year, en", String.join("\n\n", "Home", "November 24, 2025", EN_TITLE,
            "by Harbour PressNovember 21, 202501747", "Share0", SampleBodies.EN), "2025-11-21"),
        Arguments.of("counter glued to the year, de", String.join("\n\n", "Startseite", "24. November 2025", DE_TITLE,
            "von Lokalpresse21. November 202501747", "Teilen0", SampleBodies.DE), "2025-11-21"),
        Arguments.of("counter glued to the year, es", String.join("\n\n", "Portada", "24 de noviembre de 2025", ES_TITLE,
            "por Prensa local21 de noviembre de 202501747", "Compartir0", SampleBodies.ES), "2025-11-21"),
        // no date in the head; the page's own headline in the list of latest news, its date under it
        Arguments.of("own teaser's date, en", String.join("\n\n", "Home", EN_TITLE, "Maren Holt", SampleBodies.EN,
            "Comments", "Newsletter", "Contact", "Imprint", "Privacy", "Terms", "Jobs", "Archive", "Latest news",
            "Ferry fares rise again", "19 February, 2024", EN_TITLE, "20 February, 2024", "New pier opens", "18 February, 2024"),
            "2024-02-20"),
        Arguments.of("own teaser's date, de", String.join("\n\n", "Startseite", DE_TITLE, "Jana Petersen", SampleBodies.DE,
            "Kommentare", "Newsletter", "Kontakt", "Impressum", "Datenschutz", "AGB", "Jobs", "Archiv", "Neueste Artikel",
            "Fährpreise steigen erneut", "19.02.2024", DE_TITLE, "20.02.2024", "Neuer Steg eröffnet", "18.02.2024"),
            "2024-02-20"),
        Arguments.of("own teaser's date, es", String.join("\n\n", "Portada", ES_TITLE, "Ana Ruiz", SampleBodies.ES,
            "Comentarios", "Boletín", "Contacto", "Aviso legal", "Privacidad", "Condiciones", "Empleo", "Archivo",
            "Últimas noticias", "Sube otra vez el billete del ferry", "19/02/2024", ES_TITLE, "20/02/2024",
            "Abre el nuevo muelle", "18/02/2024"),
            "2024-02-20"),
        // the date line over the section's menu, some lines above the headline; a teaser's date under the body
        Arguments.of("date over the menu, en", String.join("\n\n", "Home", "May 3, 2024 / 0 Comments / in News",
            "Islands", "Harbour", "Weather", "Sport", "Opinion", EN_TITLE, SampleBodies.EN, "More stories",
            "Ferry fares rise again", "March 12, 2023"), "2024-05-03"),
        Arguments.of("date over the menu, de", String.join("\n\n", "Startseite", "3. Mai 2024 / 0 Kommentare / in Lokales",
            "Lokales", "Region", "Wetter", "Sport", "Meinung", DE_TITLE, SampleBodies.DE, "Weitere Artikel",
            "Fährpreise steigen erneut", "12. März 2023"), "2024-05-03"),
        Arguments.of("date over the menu, es", String.join("\n\n", "Portada", "3 de mayo de 2024 / 0 comentarios / en Ciudad",
            "Ciudad", "Región", "Tiempo", "Deportes", "Opinión", ES_TITLE, SampleBodies.ES, "Más noticias",
            "Sube otra vez el billete del ferry", "12 de marzo de 2023"), "2024-05-03"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void findsThePublicationDay(String rule, String page, String day) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.publishedAtMicros()).as(rule).isNotNull();
    assertThat(Instant.ofEpochSecond(p.publishedAtMicros() / 1_000_000L).toString().substring(0, 10))
        .as(rule).isEqualTo(day);
  }

  /**
   * A page whose text gives no date of its own, or only a teaser's under the body: the day in the
   * record's URL is taken.
   */
  static Stream<Arguments> pagesWithUrl() {
    return Stream.of(
        Arguments.of("no date in the text, en", "https://paper.example/2024/05/17/harbour-ferry/",
            String.join("\n\n", "Home", EN_TITLE, "Maren Holt", SampleBodies.EN), "2024-05-17"),
        Arguments.of("no date in the text, de", "https://zeitung.example/lokales/2024-05-17/grossbrand",
            String.join("\n\n", "Startseite", DE_TITLE, "Jana Petersen", SampleBodies.DE), "2024-05-17"),
        Arguments.of("no date in the text, es", "https://diario.example/local/20240517/1234/arboles.html",
            String.join("\n\n", "Portada", ES_TITLE, "Ana Ruiz", SampleBodies.ES), "2024-05-17"),
        Arguments.of("teaser date under the body, en", "https://paper.example/2024/05/17/harbour-ferry/",
            String.join("\n\n", "Home", EN_TITLE, SampleBodies.EN, "More stories", "Ferry fares rise again",
                "March 12, 2023"), "2024-05-17"),
        Arguments.of("teaser date under the body, de", "https://zeitung.example/lokales/2024/05/17/grossbrand",
            String.join("\n\n", "Startseite", DE_TITLE, SampleBodies.DE, "Weitere Artikel",
                "Fährpreise steigen erneut", "12. März 2023"), "2024-05-17"),
        Arguments.of("teaser date under the body, es", "https://diario.example/2024/05/17/arboles/",
            String.join("\n\n", "Portada", ES_TITLE, SampleBodies.ES, "Más noticias",
                "Sube otra vez el billete del ferry", "12 de marzo de 2023"), "2024-05-17"),
        // the text's own date wins over the address
        Arguments.of("date in the head, en", "https://paper.example/2024/05/17/harbour-ferry/",
            String.join("\n\n", "Home", EN_TITLE, "May 18, 2024", SampleBodies.EN), "2024-05-18"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithUrl")
  void takesTheDayInTheUrl(String rule, String url, String page, String day) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, url, null, page));
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
