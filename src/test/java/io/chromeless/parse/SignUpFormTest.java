package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.page;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A newsletter sign-up form set between an article's paragraphs leaves its messages (error, thanks,
 * where the welcome mail went) in a text dump; they are no part of the body. Pages of our own
 * writing.
 */
class SignUpFormTest {

  static String article(String head, String[] paragraphs, String... form) {
    return page(head, paragraphs[0], paragraphs[1], page(form), paragraphs[2], paragraphs[3]);
  }

  static final String[] EN = {
      "The county will open three new cycle paths this summer, linking the villages on the coast with the"
          + " railway station in the market town, the council said on Tuesday after a long debate.",
      "The paths will run along old farm tracks and a disused railway line, and the council expects several"
          + " hundred people to use them every day once the last section is finished in August.",
      "Farmers along the route had worried that walkers would leave gates open, but the council has agreed"
          + " to pay for new gates that close by themselves and for signs asking people to keep dogs on a lead.",
      "The first path, between the harbour and the station, will open in June, and the council says it will"
          + " publish a map of all three routes on its website next month."};

  static final String[] DE = {
      "Der Landkreis eröffnet in diesem Sommer drei neue Radwege, die die Dörfer an der Küste mit dem Bahnhof"
          + " der Kreisstadt verbinden, teilte der Kreistag am Dienstag nach einer langen Debatte mit.",
      "Die Wege verlaufen auf alten Feldwegen und einer stillgelegten Bahnstrecke, und der Kreis rechnet damit,"
          + " dass täglich mehrere hundert Menschen sie nutzen, sobald im August der letzte Abschnitt fertig ist.",
      "Die Landwirte entlang der Strecke hatten befürchtet, dass Spaziergänger Tore offen lassen, doch der Kreis"
          + " bezahlt nun Tore, die von selbst schließen, und Schilder, die um angeleinte Hunde bitten.",
      "Der erste Weg zwischen Hafen und Bahnhof wird im Juni eröffnet, und eine Karte aller drei Strecken soll"
          + " im kommenden Monat im Amtsblatt des Landkreises erscheinen."};

  static final String[] FR = {
      "Le département ouvrira cet été trois nouvelles pistes cyclables reliant les villages de la côte à la gare"
          + " du bourg, a annoncé mardi le conseil départemental après un long débat.",
      "Les pistes suivront d'anciens chemins agricoles et une voie ferrée désaffectée, et le département attend"
          + " plusieurs centaines de cyclistes par jour une fois le dernier tronçon terminé en août.",
      "Les agriculteurs craignaient que les promeneurs laissent les barrières ouvertes, mais le département"
          + " paiera des barrières qui se ferment seules et des panneaux demandant de tenir les chiens en laisse.",
      "La première piste, entre le port et la gare, ouvrira en juin, et une carte des trois itinéraires sera"
          + " publiée le mois prochain dans le bulletin municipal."};

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("English", article(page("Home", "Local", "Three new cycle paths to open this summer"), EN,
                "Morning Briefing", "There was an error, please provide a valid email address.", "Sign Up",
                "Thanks for signing up!", "A welcome email is on its way. If you don't see it, please check your junk folder.",
                "The next issue of Morning Briefing will soon be in your inbox."),
            List.of("disused railway line", "on its website"), List.of("junk folder", "valid email")),
        Arguments.of("German", article(page("Startseite", "Region", "Drei neue Radwege öffnen im Sommer"), DE,
                "Morgenpost kompakt", "Bitte geben Sie eine gültige E-Mail-Adresse ein.", "Anmelden",
                "Vielen Dank für Ihre Anmeldung!", "Die erste Ausgabe landet bald in Ihrem Postfach. Bitte sehen Sie auch im Spam-Ordner nach."),
            List.of("stillgelegten Bahnstrecke", "Amtsblatt"), List.of("Spam-Ordner", "gültige E-Mail")),
        Arguments.of("French", article(page("Accueil", "Région", "Trois nouvelles pistes cyclables cet été"), FR,
                "La lettre du matin", "Veuillez saisir une adresse e-mail valide.", "S'inscrire",
                "Merci pour votre inscription !", "Le premier numéro arrivera bientôt dans votre boîte de réception."
                    + " Pensez à vérifier vos courriers indésirables."),
            List.of("voie ferrée désaffectée", "bulletin municipal"), List.of("courriers indésirables", "adresse e-mail valide")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void aSignUpFormsMessagesLeaveTheBody(String lang, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
