package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the authors stand in the head block, one layout a row, each in three languages: a page
 * control set like a name between the byline and the body, a name over the headline with its date
 * line, a name set in capitals over its date line, an author's box under the body, an agency credited on a line of its own, a byline as one segment of a meta line, a name over the byline's controls. Short
 * pages of our own writing.
 */
class AuthorsTest {
  private static final String EN_TITLE = "Harbour ferry will keep running through winter";
  private static final String DE_TITLE = "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen";
  private static final String ES_TITLE = "El ayuntamiento plantará dos mil árboles en los barrios del sur";

  static Stream<Arguments> pages() {
    return Stream.of(
        // page controls set like a name ("Share Print") stand between the byline and the body
        Arguments.of("control after name, en",
            String.join("\n\n", "Home", "Islands", EN_TITLE, "Maren Holt", "Share Print", SampleBodies.EN), "Maren Holt"),
        Arguments.of("control after name, de",
            String.join("\n\n", "Startseite", "Lokales", DE_TITLE, "Jana Petersen", "Teilen Drucken", SampleBodies.DE),
            "Jana Petersen"),
        Arguments.of("control after name, es",
            String.join("\n\n", "Portada", "Ciudad", ES_TITLE, "Ana Ruiz", "Compartir Imprimir", SampleBodies.ES), "Ana Ruiz"),
        // the name, the section and the date line over the headline
        Arguments.of("name over date over title, en",
            String.join("\n\n", "Home", "Search", "Maren Holt", "Islands", "11.14.2019 09:00 AM", EN_TITLE, SampleBodies.EN),
            "Maren Holt"),
        Arguments.of("name over date over title, de",
            String.join("\n\n", "Startseite", "Suche", "Jana Petersen", "Lokales", "3. Mai 2024, 17:47", DE_TITLE,
                SampleBodies.DE),
            "Jana Petersen"),
        Arguments.of("name over date over title, es",
            String.join("\n\n", "Portada", "Buscar", "Ana Ruiz", "Ciudad", "3 de mayo de 2024", ES_TITLE, SampleBodies.ES),
            "Ana Ruiz"),
        // the byline word alone, the name twice under it (the portrait's alt text, then the name)
        Arguments.of("name twice under the byline word, en", String.join("\n\n", "Home", "Islands", EN_TITLE, "By",
            "Maren Holt", "Maren Holt", "The Harbour Press", "Nov. 19, 2019 8:03 am ET", SampleBodies.EN), "Maren Holt"),
        Arguments.of("name twice under the byline word, de", String.join("\n\n", "Startseite", "Lokales", DE_TITLE, "Von",
            "Jana Petersen", "Jana Petersen", "Lokalpresse", "19.11.2019, 08:03 Uhr", SampleBodies.DE), "Jana Petersen"),
        Arguments.of("name twice under the byline word, es", String.join("\n\n", "Portada", "Ciudad", ES_TITLE, "Por",
            "Ana Ruiz", "Ana Ruiz", "Prensa local", "19/11/2019 08:03", SampleBodies.ES), "Ana Ruiz"),
        // no byline in the head; the author's box some lines under the body: the kind of piece and
        // the byline word on a line, the name on the next, the role under it
        Arguments.of("author box below the body, en", String.join("\n\n", "Home", "Islands", EN_TITLE, SampleBodies.EN,
            "Print", "Share", "Analysis by", "Maren Holt", "Reporter",
            "Maren Holt writes about the islands and their ferries.", "Topics", "Islands"), "Maren Holt"),
        Arguments.of("author box below the body, de", String.join("\n\n", "Startseite", "Lokales", DE_TITLE, SampleBodies.DE,
            "Drucken", "Teilen", "Kommentar von", "Jana Petersen", "Redakteurin",
            "Jana Petersen schreibt über die Feuerwehr und die Stadt.", "Themen", "Lokales"), "Jana Petersen"),
        Arguments.of("author box below the body, fr", String.join("\n\n", "Accueil", "Ville",
            "Les bus deviennent gratuits pour les moins de vingt-cinq ans", SampleBodies.FR,
            "Imprimer", "Partager", "Analyse par", "Claire Dubois", "Journaliste",
            "Claire Dubois écrit sur la ville et ses transports.", "Thèmes", "Ville"), "Claire Dubois"),
        // the name set in capitals on its line, over the date line (the date glued to the update label)
        Arguments.of("name in capitals over date, en", String.join("\n\n", "Home", "News", EN_TITLE, "MAREN HOLT",
            "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", "Share Print", SampleBodies.EN), "MAREN HOLT"),
        Arguments.of("name in capitals over date, de", String.join("\n\n", "Startseite", "Lokales", DE_TITLE, "JANA PETERSEN",
            "20.11.2019Aktualisiert: 20.11.2019, 01:35 Uhr", "Teilen Drucken", SampleBodies.DE), "JANA PETERSEN"),
        Arguments.of("name in capitals over date, es", String.join("\n\n", "Portada", "Ciudad", ES_TITLE, "ANA RUIZ GARCÍA",
            "20 nov. 2019Actualizado: 20 nov. 2019 01:35", "Compartir Imprimir", SampleBodies.ES), "ANA RUIZ GARCÍA"),
        // an agency credited on a line of its own, alone, with its place or with a reporter
        Arguments.of("agency line, en", String.join("\n\n", "Home", "Islands", EN_TITLE, "REUTERS", SampleBodies.EN), "REUTERS"),
        Arguments.of("agency line, de",
            String.join("\n\n", "Startseite", "Lokales", DE_TITLE, "dpa, Jana Petersen", SampleBodies.DE), "dpa;Jana Petersen"),
        Arguments.of("agency line, es", String.join("\n\n", "Portada", "Ciudad", ES_TITLE, "EFE, Sevilla,", SampleBodies.ES),
            "EFE"),
        // the byline as one segment of a meta line of section, date and author
        Arguments.of("byline segment, en",
            String.join("\n\n", "Home", EN_TITLE, "Islands, News | Published: 5 hours ago | Written by Maren Holt",
                SampleBodies.EN),
            "Maren Holt"),
        Arguments.of("byline segment, de",
            String.join("\n\n", "Startseite", DE_TITLE, "Lokales | 3. Mai 2024 | Von Jana Petersen", SampleBodies.DE),
            "Jana Petersen"),
        Arguments.of("byline segment, es",
            String.join("\n\n", "Portada", ES_TITLE, "Ciudad | 3 de mayo de 2024 | Por Ana Ruiz", SampleBodies.ES), "Ana Ruiz"),
        // the dated name line wins over a label set like a name right above the body
        Arguments.of("dated name before label, en",
            String.join("\n\n", "Home", EN_TITLE, "14 November 2019", "Maren Holt", "Harbour Watch", SampleBodies.EN),
            "Maren Holt"),
        Arguments.of("dated name before label, de",
            String.join("\n\n", "Startseite", DE_TITLE, "3. Mai 2024, 17:47", "Jana Petersen", "Blaulicht Extra", SampleBodies.DE),
            "Jana Petersen"),
        Arguments.of("dated name before label, es",
            String.join("\n\n", "Portada", ES_TITLE, "Ana Ruiz", "3 de mayo de 2024", "Plan Verde", SampleBodies.ES),
            "Ana Ruiz"),
        // the byline word alone, the names one a line with their separators and note numbers
        Arguments.of("names one a line under the byline word, en",
            String.join("\n\n", "Home", EN_TITLE, "By", "Maren Holt1,", "Derek Oyelaran2 &", "Ivo Marsh3", SampleBodies.EN),
            "Maren Holt;Derek Oyelaran;Ivo Marsh"),
        Arguments.of("names one a line under the byline word, de",
            String.join("\n\n", "Startseite", DE_TITLE, "von", "Jana Petersen", ",", "Karl Muster", SampleBodies.DE),
            "Jana Petersen;Karl Muster"),
        Arguments.of("names one a line under the byline word, es",
            String.join("\n\n", "Portada", ES_TITLE, "Por", "Ana Ruiz", "y", "Luis Gil", SampleBodies.ES),
            "Ana Ruiz;Luis Gil"),
        // the names one a line over the date line
        Arguments.of("names one a line over the date, en",
            String.join("\n\n", "Home", EN_TITLE, "Maren Holt", "Derek Oyelaran", "14 November 2019 09:00", SampleBodies.EN),
            "Maren Holt;Derek Oyelaran"),
        Arguments.of("names one a line over the date, de",
            String.join("\n\n", "Startseite", DE_TITLE, "Jana Petersen", "Karl Muster", "3. Mai 2024, 17:47", SampleBodies.DE),
            "Jana Petersen;Karl Muster"),
        Arguments.of("names one a line over the date, es",
            String.join("\n\n", "Portada", ES_TITLE, "Ana Ruiz", "Luis Gil", "3 de mayo de 2024", SampleBodies.ES),
            "Ana Ruiz;Luis Gil"),
        // the article signed under its last paragraph: the name again in the author's box, or a date
        Arguments.of("signed at the end, en",
            String.join("\n\n", "Home", EN_TITLE, SampleBodies.EN, "Maren Holt", "Share this story",
                "About the author", "Maren Holt", "Contact us"),
            "Maren Holt"),
        Arguments.of("signed at the end, de",
            String.join("\n\n", "Startseite", DE_TITLE, SampleBodies.DE, "Jana Petersen", "3. Mai 2024, 17:47 Uhr",
                "Impressum", "Kontakt"),
            "Jana Petersen"),
        Arguments.of("signed at the end, es",
            String.join("\n\n", "Portada", ES_TITLE, SampleBodies.ES, "Ana Ruiz", "Compartir",
                "Más noticias de Ana Ruiz", "Contacto"),
            "Ana Ruiz"),
        // the name with the author's handle under the first paragraph
        Arguments.of("name and handle in the lead, en",
            String.join("\n\n", "Home", EN_TITLE, paragraph(SampleBodies.EN, 0), "Maren Holt @marenholt",
                paragraph(SampleBodies.EN, 1), paragraph(SampleBodies.EN, 2)),
            "Maren Holt"),
        Arguments.of("name and handle in the lead, de",
            String.join("\n\n", "Startseite", DE_TITLE, paragraph(SampleBodies.DE, 0), "Jana Petersen @jpetersen",
                paragraph(SampleBodies.DE, 1), paragraph(SampleBodies.DE, 2)),
            "Jana Petersen"),
        Arguments.of("name and handle in the lead, es",
            String.join("\n\n", "Portada", ES_TITLE, paragraph(SampleBodies.ES, 0), "Ana Ruiz @anaruiz_",
                paragraph(SampleBodies.ES, 1), paragraph(SampleBodies.ES, 2)),
            "Ana Ruiz"),
        // a bar of buttons between the name and the body, and a label set like a name after it
        Arguments.of("name over a button bar, en",
            String.join("\n\n", "Home", EN_TITLE, "Maren Holt", "Share", "Email", "Print", "Ad Policy", SampleBodies.EN),
            "Maren Holt"),
        Arguments.of("name over a button bar, de",
            String.join("\n\n", "Startseite", DE_TITLE, "Jana Petersen", "Teilen", "Drucken", "Merken", "Anzeigen Regeln",
                SampleBodies.DE),
            "Jana Petersen"),
        Arguments.of("name over a button bar, es",
            String.join("\n\n", "Portada", ES_TITLE, "Ana Ruiz", "Compartir", "Imprimir", "Guardar", "Normas Publicitarias",
                SampleBodies.ES),
            "Ana Ruiz"),
        Arguments.of("name after a button bar, en",
            String.join("\n\n", "Home", EN_TITLE, "Share", "Email", "Print", "Maren Holt", SampleBodies.EN),
            "Maren Holt"),
        // a desk's or a site's name under the label "Author:"
        Arguments.of("desk under the author label, en",
            String.join("\n\n", "Home", EN_TITLE, "Author:", "The Harbour Desk", "Publish date:", "Nov 18, 2019",
                SampleBodies.EN),
            "The Harbour Desk"),
        Arguments.of("desk under the author label, de",
            String.join("\n\n", "Startseite", DE_TITLE, "Autor:", "Die Lokalredaktion", "Datum:", "3. Mai 2024",
                SampleBodies.DE),
            "Die Lokalredaktion"),
        Arguments.of("desk under the author label, es",
            String.join("\n\n", "Portada", ES_TITLE, "Autor:", "Nuestra Redacción", "Fecha:", "3 de mayo de 2024",
                SampleBodies.ES),
            "Nuestra Redacción"),
        // a label set like a name over the footer's links
        Arguments.of("label under the body, en",
            String.join("\n\n", "Home", EN_TITLE, SampleBodies.EN, "Quick Links", "Ferry times", "Contact us"),
            null),
        // a label set like a name after the name, with no date line to close the list
        Arguments.of("label after the name, en",
            String.join("\n\n", "Home", EN_TITLE, "14 November 2019 09:00", "Maren Holt", "Key Points", SampleBodies.EN),
            "Maren Holt"),
        // the name over the byline's controls, a player's and a picture's lines between them and
        // the body (a caption with its credit nearest the body)
        Arguments.of("name over the controls, en",
            String.join("\n\n", "Home", EN_TITLE, "The ferry will keep its timetable all winter.", "Maren Holt",
                "Listen to article", "1.0x", "0.5x", "1.5x", "2.0x", "00:00", "00:00", "Report an error", "North Pier.",
                "Photo: Jo Roe", SampleBodies.EN),
            "Maren Holt"),
        Arguments.of("name over the controls, de",
            String.join("\n\n", "Startseite", DE_TITLE, "Die Halle brannte bis in die Nacht.", "Jana Petersen",
                "Artikel anhören", "1.0x", "0.5x", "1.5x", "2.0x", "00:00", "00:00", "Fehler melden", "Kieler Nordhafen.",
                "Foto: Karl Muster", SampleBodies.DE),
            "Jana Petersen"),
        Arguments.of("name over the controls, es",
            String.join("\n\n", "Portada", ES_TITLE, "Los árboles llegarán en otoño.", "Ana Ruiz",
                "Escuchar artículo", "1.0x", "0.5x", "1.5x", "2.0x", "00:00", "00:00", "Notificar error", "Parque Sur.",
                "Foto: Luis Gómez", SampleBodies.ES),
            "Ana Ruiz"),
        // the last of a bar of share buttons is no name ("Copy link" in Turkish, Polish, Czech)
        // the agency and the editor's initials under the article, below a newsletter's box
        Arguments.of("agency and initials below the body, en",
            String.join("\n\n", "Home", EN_TITLE, SampleBodies.EN, "Newsletter", "The morning briefing in your inbox.",
                "Sign in", "Reuters/jd", "Found an error? Tell us."),
            "Reuters"),
        Arguments.of("agency and initials below the body, de",
            String.join("\n\n", "Startseite", DE_TITLE, SampleBodies.DE, "Newsletter", "Der Morgen in Ihrem Postfach.",
                "Einloggen", "dpa/jr", "Fehler gefunden? Jetzt melden."),
            "dpa"),
        Arguments.of("agency and initials below the body, es",
            String.join("\n\n", "Portada", ES_TITLE, SampleBodies.ES, "Boletín", "Las noticias de la mañana en su correo.",
                "Entrar", "EFE/mb", "¿Ha visto un error? Avísenos."),
            "EFE"),
        Arguments.of("copy-link button, tr",
            String.join("\n\n", "Haberler", EN_TITLE, "30.04.2024 - 16:48", "• Paylaş", "• Twitter", "• Facebook",
                "• Linki Kopyala", SampleBodies.EN),
            null),
        Arguments.of("copy-link button, pl",
            String.join("\n\n", "Wiadomości", EN_TITLE, "30.04.2024 16:48", "• Udostępnij", "• Twitter", "• Facebook",
                "• Kopiuj Odnośnik", SampleBodies.EN),
            null),
        Arguments.of("copy-link button, cs",
            String.join("\n\n", "Zprávy", EN_TITLE, "30. 4. 2024 16:48", "• Sdílet", "• Twitter", "• Facebook",
                "• Kopírovat Odkaz", SampleBodies.EN),
            null));
  }

  /** Paragraph {@code k} of a sample body. */
  private static String paragraph(String body, int k) {
    return body.split("\n\n")[k];
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void findsTheAuthors(String layout, String page, String authors) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(layout).isEqualTo(authors == null ? null : Arrays.asList(authors.split(";")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "By Dana Cole For The Harbor Ledger | en | Dana Cole",
        "By Dana Cole with agencies | en | Dana Cole",
        "Von Jana Petersen mit AP | de | Jana Petersen",
        "Par Claire Dubois avec AFP | fr | Claire Dubois",
        "Por Ana Ruiz con EFE | es | Ana Ruiz",
      })
  void parsePrefixed_dropsHelpersAndOutlet(String line, String lang, String expected) {
    assertThat(BylineParser.parsePrefixed(line, Stopwords.forLanguage(lang)))
        .isEqualTo(Arrays.asList(expected.split(";")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ana Ruiz, Luis Gil (Enviada especial) | es | Ana Ruiz;Luis Gil",
        "Jana Petersen (Korrespondentin) | de | Jana Petersen",
        "Maren Holt (Islands desk) | en | Maren Holt",
        "(Enviada especial) | es | ",
      })
  void parseBare_dropsRoleInBrackets(String line, String lang, String expected) {
    List<String> names = BylineParser.parseBare(line, Stopwords.forLanguage(lang));
    BylineParserTest.assertNames(names, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dana ColeThe Harbor Ledger | en | Dana Cole",
        "Dana ColeHLBusiness | en | Dana Cole",
        "ESTUpdated Tue | en | ",
        "Ola Nordmann Publisert | no | Ola Nordmann",
        "Jan Novák Aktualizováno | cs | Jan Novák",
        "Son Güncelleme | tr | ",
        "Anna Visser Bijgewerkt | nl | Anna Visser",
        // a job title that ends in a head's role word
        "Maren Holt Deputy Content Hub Director | en | Maren Holt",
        "Jana Petersen Stellvertretende Leiterin | de | Jana Petersen",
        "Luca Bianchi Vice Direttore | it | Luca Bianchi",
      })
  void parseBare_cutsGluedOutletsAndStatusWords(String line, String lang, String expected) {
    List<String> names = BylineParser.parseBare(line, Stopwords.forLanguage(lang));
    BylineParserTest.assertNames(names, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a note names the author by last name or by two names in a row
        "Jane North Doe | Doe writes about the harbour for the paper. | true",
        "Jana Petersen | Jana Petersen ist Redakteurin im Ressort Lokales. | true",
        "The Associated Press | Associated Press writer Ana Ruiz contributed to this report. | true",
        // one word of a longer name, a leading article: no note
        "Jane North Doe | North winds closed the harbour again on Sunday morning. | false",
        "The Associated Press | The ferry leaves at dawn and returns at noon. | false",
        "Ana Ruiz | Ana, una vecina del barrio, plantó el primer árbol. | false",
      })
  void dropAuthorNote(String author, String last, boolean dropped) {
    dropAuthorNote(author, "", last, dropped);
  }

  /** A note that names the first author, then a line with a co-author's name alone: both go. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Jane Doe;Ivo Marsh | Doe reported from Oslo. | IVO MARSH",
        "Jana Petersen;Karl Muster | Petersen berichtete aus Kiel. | KARL MUSTER",
        "Ana Ruiz;Luis Gil | Ruiz informó desde Sevilla. | LUIS GIL",
      })
  void dropAuthorNote_fromTheEarliestNote(String authors, String note, String last) {
    List<String> body = new java.util.ArrayList<>(List.of("First paragraph.", "Second paragraph.",
        "Third paragraph.", "Fourth paragraph.", note, last));
    PageParser.dropAuthorNote(body, List.of(authors.split(";")));
    assertThat(body).doesNotContain(note, last);
  }

  private static void dropAuthorNote(String authors, String note, String last, boolean dropped) {
    List<String> body = new java.util.ArrayList<>(List.of("First paragraph.", "Second paragraph.",
        "Third paragraph.", "Fourth paragraph."));
    if (!note.isEmpty()) {
      body.add(note);
    }
    body.add(last);
    PageParser.dropAuthorNote(body, List.of(authors.split(";")));
    assertThat(body.contains(last)).isEqualTo(!dropped);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Al Root | en | Al Root",
        "De Vries | nl | De Vries",
        "El Amrani | es | El Amrani",
        "Anzeige | de | ",
      })
  void parseAfterBylineWord_takesParticleNames(String line, String lang, String expected) {
    List<String> names = BylineParser.parseAfterBylineWord(line, Stopwords.forLanguage(lang));
    BylineParserTest.assertNames(names, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "REUTERS | en | REUTERS",
        "Reuters November 18, 2019 11:03 PM | en | Reuters",
        "AFP, MANILA | en | AFP",
        "dpa, Jana Petersen | de | dpa;Jana Petersen",
        "EFE, Sevilla, | es | EFE",
        "Foto: Jana Petersen/dpa | de | ",
        "Reuters reported the vote on Tuesday | en | ",
        "Maren Holt | en | ",
        // the text's source named under a label, maybe with the agency's service
        "Quelle: dpa | de | dpa",
        "Quelle: dpa Sport | de | dpa",
        "Source: The Associated Press | en | The Associated Press",
        "Fuente: EFE | es | EFE",
        "Bron: Belga | nl | Belga",
        "Quelle: Jana Petersen | de | ",
        "Source: Reuters reported the vote | en | ",
        // the agency and the editor's initials
        "dpa/jr | de | dpa",
        "SDA/sep | de | SDA",
        "ANSA/red | it | ANSA",
        "dpa/AFP/red | de | dpa;AFP",
        "AFP/Getty | en | ",
        "km/h | de | ",
      })
  void agencyByline(String line, String lang, String expected) {
    List<String> names = BylineParser.agencyByline(line, Stopwords.forLanguage(lang));
    BylineParserTest.assertNames(names, expected);
  }
}
