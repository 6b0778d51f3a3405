package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A link to the site's job board right over the text ("Find a new job") is no title, even when the
 * article speaks of jobs: the headline over the byline and the share buttons is. Pages of our own
 * writing.
 */
class JobBoardLinkTest {
  private static final String EN_BODY = String.join("\n\n",
      "The new ferry company will hire twelve crew members before the winter, and the harbour master said"
          + " that every new job on the boats would first be offered to people from the outer islands.",
      "Young islanders have long had to find work on the mainland, where rents are high and the crossing"
          + " takes most of a day when the weather turns, the council heard on Tuesday.",
      "The company will train the new crew over the autumn months so that the winter crossings can run"
          + " with a full crew from the first week of December.");
  private static final String DE_BODY = String.join("\n\n",
      "Der neue Betreiber der Fähre will vor dem Winter zwölf Leute einstellen, und wer auf den Inseln lebt,"
          + " soll einen neuen Job an Bord zuerst finden können, sagte der Hafenmeister am Dienstag.",
      "Junge Leute von den Inseln mussten bisher oft auf dem Festland Jobs finden, wo die Mieten hoch sind"
          + " und die Überfahrt bei schlechtem Wetter fast einen ganzen Tag dauert.",
      "Die neue Mannschaft soll im Herbst geschult werden, damit die Fähre im Winter von der ersten Woche"
          + " im Dezember an mit voller Besatzung fahren kann.");
  private static final String FR_BODY = String.join("\n\n",
      "La nouvelle compagnie du bac va embaucher douze marins avant l'hiver, et chaque nouvel emploi à bord"
          + " sera d'abord proposé aux habitants des îles, a expliqué le capitaine du port mardi.",
      "Les jeunes des îles devaient jusqu'ici trouver un emploi sur le continent, où les loyers sont élevés"
          + " et où la traversée prend presque une journée quand le temps se gâte.",
      "Le nouvel équipage sera formé pendant l'automne pour que le bac puisse naviguer avec un équipage"
          + " complet dès la première semaine de décembre.");

  static Stream<Arguments> jobBoardLinkOverTheText() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Island Times", "Features",
            "Island crews: the ferry that hires at home",
            "A new operator wants its winter crew to come from the outer islands.",
            "By", "Jane Roe", "Jane Roe is a reporter on the islands.", "View author publications",
            "• Facebook", "• X", "• WhatsApp", "• Telegram", "• LinkedIn", "• Email", "• Print",
            "• Copy link", "• More",
            "Find a new job", EN_BODY),
            "Island crews: the ferry that hires at home"),
        Arguments.of("de", String.join("\n\n", "Inselbote", "Reportage",
            "Inselmannschaft: Die Fähre, die zu Hause einstellt",
            "Der neue Betreiber will seine Winterbesatzung von den Inseln holen.",
            "Von", "Jana Petersen", "Jana Petersen berichtet von den Inseln.", "Alle Beiträge der Autorin",
            "• Facebook", "• X", "• WhatsApp", "• Telegram", "• LinkedIn", "• E-Mail", "• Drucken",
            "• Link kopieren", "• Mehr", "Einen neuen Job finden", DE_BODY),
            "Inselmannschaft: Die Fähre, die zu Hause einstellt"),
        Arguments.of("fr", String.join("\n\n", "Le Journal des îles", "Reportage",
            "Équipages insulaires : le bac qui embauche sur place",
            "Le nouvel exploitant veut recruter son équipage d'hiver dans les îles.",
            "Par", "Claire Morel", "Claire Morel est reporter dans les îles.", "Tous ses articles",
            "• Facebook", "• X", "• WhatsApp", "• Telegram", "• LinkedIn", "• E-mail", "• Imprimer",
            "• Copier le lien", "• Plus", "Trouvez votre nouvel emploi", FR_BODY),
            "Équipages insulaires : le bac qui embauche sur place"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jobBoardLinkOverTheText")
  void aJobBoardLinkIsNoTitle(String rule, String page, String title) throws Exception {
    String found = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).title();
    assertThat(found).as(rule).isEqualTo(title);
  }
}
