package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.DE_LONG;
import static io.chromeless.parse.BodyEndsTest.EN_LONG;
import static io.chromeless.parse.BodyEndsTest.FR_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.page;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An appeal for support closing the page leaves the body even when it runs past a hundred words,
 * as long as no more than a short note follows it. Pages of our own writing.
 */
class LongAppealTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("English", page(EN_LONG, "Before you go",
                "Before you close this page, think for a moment about who would tell the stories of this town if we"
                    + " stopped. Our reporters sit through every council meeting, read every planning document and"
                    + " talk to the people the decisions touch, week after week, and none of that is cheap. We do not"
                    + " put our articles behind a wall, because we believe everyone here should be able to read them,"
                    + " whatever they earn. That only works if enough readers chip in. If you value what you have just"
                    + " read, become a member today: a few pounds a month keep a reporter on the beat, and every"
                    + " member gets our weekly letter from the editor with the stories behind the stories."),
            List.of("repair café", "borrowed before the library closed"), List.of("chip in", "letter from the editor")),
        Arguments.of("German", page(DE_LONG, "Jetzt mitmachen",
                "Bevor Sie weiterlesen, denken Sie einen Moment darüber nach, wer über diese Region berichten würde,"
                    + " wenn wir es nicht mehr täten. Unsere Reporterinnen und Reporter sitzen in jeder Sitzung des"
                    + " Kreistags, lesen jeden Bebauungsplan und sprechen mit den Menschen, die die Entscheidungen"
                    + " betreffen, Woche für Woche, und das kostet Geld. Wir stellen unsere Artikel nicht hinter eine"
                    + " Bezahlschranke, weil alle sie lesen können sollen, egal wie viel sie verdienen. Das geht nur,"
                    + " wenn genug Leserinnen und Leser mithelfen. Wenn Ihnen dieser Text etwas wert ist, unterstützen Sie"
                    + " uns mit einem kleinen Betrag im Monat, damit wir auch im nächsten Jahr aus allen Dörfern berichten."),
            List.of("Monatsticket", "in den kommenden Jahren bezahlen"), List.of("Bezahlschranke", "Betrag im Monat")),
        Arguments.of("French", page(FR_ARTICLE,
                "Les commerçants ont aussi prévu une fête pour la réouverture, avec un orchestre sur la place et des"
                    + " dégustations de fromages et de vins de la région pendant tout le week-end.",
                "Avant de partir",
                "Avant de fermer cette page, pensez un instant à qui raconterait la vie de cette ville si nous"
                    + " arrêtions. Nos journalistes assistent à chaque conseil municipal, lisent chaque dossier"
                    + " d'urbanisme et parlent aux habitants que les décisions concernent, semaine après semaine, et tout"
                    + " cela coûte cher. Nous ne mettons pas nos articles derrière un mur payant, parce que chacun doit"
                    + " pouvoir les lire, quels que soient ses revenus. Cela ne fonctionne que si assez de lecteurs nous"
                    + " aident. Si cet article vous a été utile, soutenez-nous avec quelques euros par mois, pour que"
                    + " nous puissions continuer à raconter la vie de tous les quartiers l'année prochaine."),
            List.of("parking à vélos", "dégustations de fromages"), List.of("mur payant", "quelques euros par mois")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void aLongAppealClosingThePageLeavesTheBody(String lang, String page, List<String> in, List<String> out)
      throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
