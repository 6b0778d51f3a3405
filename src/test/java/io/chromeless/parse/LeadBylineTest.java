package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A byline block set below the standfirst, a summary box and the lead picture's caption, more than
 * {@link PageParser#LEAD_IN_LINES} lines down the top of the body: the name line over the date
 * line, or a date line labelled as the publication. Short pages of our own writing, in three
 * languages.
 */
class LeadBylineTest {
  private static final String EN_TITLE = "Harbour ferry will keep running through winter";
  private static final String DE_TITLE = "Feuerwehr kämpft stundenlang gegen Großbrand in einer Lagerhalle";
  private static final String ES_TITLE = "El ayuntamiento plantará dos mil árboles en los barrios del sur";
  private static final String FR_TITLE = "Les bus deviennent gratuits pour les moins de vingt-cinq ans";

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("name over date, en", String.join("\n\n", "Home", EN_TITLE,
            "The outer islands keep their only link to the mainland clinic for another year, the council said.",
            "Listen", "Summary", "This summary was written by a machine and checked by our editors.",
            "  • The council has decided that the harbour ferry will keep running through the whole of the coming winter.",
            "  • Residents of the outer islands had told the council that the boat is their only way to the clinic.",
            "  • Rising fuel costs and a shortage of crew had put the service at risk since the start of the year.",
            "  • The shortfall will be paid from the reserve fund of the council for one year, the mayor said.",
            "  • The ferry company is looking for a second boat that uses less fuel and needs a smaller crew.",
            "© Maren Holt", "The ferry leaves the quay on a grey morning", "© Maren Holt",
            "Maren Holt", "  30 June 2025,", "15:59", SampleBodies.EN), "2025-06-30", List.of("Maren Holt")),
        Arguments.of("name over date, de", String.join("\n\n", "Startseite", DE_TITLE,
            "Mehr als achtzig Einsatzkräfte waren am Sonntag stundenlang vor Ort, verletzt wurde niemand.",
            "Anhören", "Kurz gefasst", "Diese Zusammenfassung wurde maschinell erstellt und von der Redaktion geprüft.",
            "  • Eine Lagerhalle am Stadtrand ist am Sonntag in Brand geraten, das Feuer griff schnell auf das Dach über.",
            "  • Mehr als achtzig Kräfte der Feuerwehr waren bis in den späten Abend hinein mit den Löscharbeiten beschäftigt.",
            "  • Die Anwohner wurden gebeten, wegen der dichten Rauchwolke die Fenster und Türen geschlossen zu halten.",
            "  • Verletzt wurde nach den bisherigen Angaben der Polizei bei dem Brand am Stadtrand zum Glück niemand.",
            "  • Die Ursache des Feuers ist noch unklar, die Ermittler wollen die Halle in den kommenden Tagen untersuchen.",
            "© Jana Petersen", "Rauch über dem Viertel am Stadtrand", "© Jana Petersen",
            "Jana Petersen", "  30. Juni 2025,", "15:59 Uhr", SampleBodies.DE), "2025-06-30", List.of("Jana Petersen")),
        Arguments.of("name over date, fr", String.join("\n\n", "Accueil", FR_TITLE,
            "Les associations d'étudiants réclamaient la mesure depuis plusieurs années, elle coûtera deux millions.",
            "Écouter", "En bref", "Ce résumé a été rédigé par une machine et relu par la rédaction.",
            "  • Le conseil municipal a voté mardi soir la gratuité des bus pour tous les jeunes de moins de vingt-cinq ans.",
            "  • Les associations d'étudiants réclamaient cette mesure depuis plusieurs années dans la ville et ses environs.",
            "  • Le maire a expliqué que la mesure coûterait environ deux millions d'euros par an au budget de la ville.",
            "  • La dépense sera financée par une hausse modeste de la taxe sur les places de stationnement du centre.",
            "  • La gratuité entrera en vigueur à la rentrée de septembre pour toutes les lignes du réseau de la ville.",
            "© Claire Dubois", "Un bus devant la mairie un matin de pluie", "© Claire Dubois",
            "Claire Dubois", "  30 juin 2025,", "15h59", SampleBodies.FR), "2025-06-30", List.of("Claire Dubois")),
        // the date labelled as the publication, under the share buttons and the caption
        Arguments.of("published label, en", String.join("\n\n", "Home", EN_TITLE,
            "The outer islands keep their only link to the mainland clinic for another year, the council said.",
            "Save to my articles", "Comment", "Share", "Share", "Harbour", "Islands",
            "After a year of rising fuel costs, the ferry that links the outer islands with the mainland leaves the quay on a grey morning. (Maren Holt/Harbour Press)",
            "By the Harbour Desk",
            "Published on 18 Jul 2024 at 08:01Updated on 18 Jul 2024 at 09:06", SampleBodies.EN), "2024-07-18", null),
        Arguments.of("published label, es", String.join("\n\n", "Portada", ES_TITLE,
            "Los vecinos de los barrios del sur podrán proponer las calles en las que quieren árboles, y la primera fase costará unos tres millones de euros.",
            "Guardar", "Comentar", "Compartir", "Compartir", "Ciudad", "Medio ambiente",
            "Tras años de debate en el pleno, los primeros árboles esperan en un vivero municipal una mañana de lluvia. (Ana Ruiz/Prensa local)",
            "Por la redacción",
            "Publicado el 18 jul. 2024 a las 08:01Actualizado el 18 jul. 2024 a las 09:06", SampleBodies.ES),
            "2024-07-18", null),
        Arguments.of("published label, fr", String.join("\n\n", "Accueil", FR_TITLE,
            "Les associations d'étudiants réclamaient la mesure depuis plusieurs années, elle coûtera deux millions.",
            "Ajouter à mes articles", "Commenter", "Partager", "Partager", "Transports", "Mairie",
            "Après des années de débats au conseil municipal, un bus de la ligne trois attend devant la mairie un matin de pluie. (Claire Dubois/Presse locale)",
            "Par la rédaction",
            "Publié le 18 juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06", SampleBodies.FR),
            "2024-07-18", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsTheBylineBlockBelowTheLead(String rule, String page, String day, List<String> authors) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.publishedAtMicros()).as(rule).isNotNull();
    assertThat(Instant.ofEpochSecond(p.publishedAtMicros() / 1_000_000L).toString().substring(0, 10))
        .as(rule).isEqualTo(day);
    if (authors != null) {
      assertThat(p.authors()).as(rule).isEqualTo(authors);
    }
  }
}
