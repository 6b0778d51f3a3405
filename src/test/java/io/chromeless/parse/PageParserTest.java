package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser on short pages of our own writing, in three languages, each wrapped in chrome: a
 * menu, account prompts, a newsletter box, teasers and a footer.
 */
class PageParserTest {
  private final PageParser parser = new PageParser();

  private ParsedPage parse(String text) throws PageParser.NoArticleException {
    return parser.parse(new RawPage("file:///pages/p.txt", 0, null, null, text));
  }

  private static final String ENGLISH =
      String.join(
          "\n",
          "Valley Times",
          "Home",
          "News",
          "Sports",
          "Weather",
          "Sign in",
          "Subscribe",
          "",
          "Library opens a tool-lending shelf for gardeners",
          "",
          "Residents can borrow spades, pruners and soil testers with a library card",
          "",
          "By Priya Natarajan",
          "",
          "April 14, 2025",
          "",
          "BRIGHTWATER — The public library on Elm Street has started lending garden tools, from spades and rakes to"
              + " soil testing kits, to anyone who holds a library card, the library board said on Monday.",
          "",
          "The shelf holds about 140 tools donated by residents and a local hardware store. Borrowers can keep a tool"
              + " for a week and renew it twice if nobody else has asked for it.",
          "",
          "Growing season",
          "",
          "Librarian Tom Baptiste said the idea came from a patron who had bought a tiller for one afternoon of work"
              + " and then kept it in her garage for six years without using it again.",
          "",
          "\"People have been sharing tools over the fence forever,\" Baptiste said. \"We are just giving the fence a"
              + " catalogue and a due date.\"",
          "",
          "The board plans to add a seed library in the autumn, when gardeners save seeds from the summer harvest.",
          "",
          "Sign up for our newsletter",
          "Get the top stories every morning.",
          "",
          "Most read",
          "  • School board delays vote on new calendar",
          "  • Bridge repairs to close Route 9 at night",
          "",
          "About us",
          "Privacy policy",
          "© 2025 Valley Times");

  @Test
  void english_bodyIsTheArticleOnly() throws Exception {
    ParsedPage p = parse(ENGLISH);
    assertThat(p.body()).startsWith("The public library on Elm Street");
    assertThat(p.body()).endsWith("from the summer harvest.");
    assertThat(p.body()).contains("\n\nGrowing season\n\n");
    assertThat(p.body()).doesNotContain("newsletter", "Most read", "School board", "Privacy", "Sign in");
    assertThat(p.body().split("\n\n")).hasSize(6);
  }

  @Test
  void english_headFields() throws Exception {
    ParsedPage p = parse(ENGLISH);
    assertThat(p.title()).isEqualTo("Library opens a tool-lending shelf for gardeners");
    assertThat(p.authors()).containsExactly("Priya Natarajan");
    assertThat(p.dateline()).isEqualTo("BRIGHTWATER");
    assertThat(Instant.ofEpochSecond(p.publishedAtMicros() / 1_000_000L)).isEqualTo(Instant.parse("2025-04-14T00:00:00Z"));
    assertThat(p.language()).isEqualTo("en");
    assertThat(p.paywalled()).isFalse();
    assertThat(p.wordCount()).isBetween(130, 170);
  }

  @Test
  void german_paywallCutsBodyAndSetsFlag() throws Exception {
    String page =
        String.join(
            "\n",
            "Kreisbote",
            "Startseite",
            "Lokales",
            "Anmelden",
            "",
            "Gemeinde plant neues Hallenbad am Stadtpark",
            "",
            "Von Lena Hoffmann",
            "",
            "2. März 2024, 09:15 Uhr",
            "",
            "Der Gemeinderat hat am Donnerstagabend beschlossen, die Planung für ein neues Hallenbad am Stadtpark"
                + " fortzusetzen, nachdem das alte Bad im vergangenen Winter wegen Schäden am Dach schließen musste.",
            "",
            "Die Kosten werden auf rund zwölf Millionen Euro geschätzt. Ein Teil soll aus einem Förderprogramm des"
                + " Landes kommen, über den Rest will der Rat im Herbst bei den Haushaltsberatungen entscheiden.",
            "",
            "Weiterlesen mit Abo",
            "Jetzt für 1 Euro testen",
            "",
            "Das könnte Sie auch interessieren",
            "Neuer Spielplatz eröffnet",
            "",
            "Impressum",
            "Datenschutz");
    ParsedPage p = parse(page);
    assertThat(p.paywalled()).isTrue();
    assertThat(p.body()).startsWith("Der Gemeinderat").endsWith("Haushaltsberatungen entscheiden.");
    assertThat(p.title()).isEqualTo("Gemeinde plant neues Hallenbad am Stadtpark");
    assertThat(p.authors()).containsExactly("Lena Hoffmann");
    assertThat(p.language()).isEqualTo("de");
    assertThat(Instant.ofEpochSecond(p.publishedAtMicros() / 1_000_000L)).isEqualTo(Instant.parse("2024-03-02T09:15:00Z"));
  }

  @Test
  void spanish_captionWithCreditLeavesBody() throws Exception {
    String page =
        String.join(
            "\n",
            "Diario del Sur",
            "Inicio",
            "Iniciar sesión",
            "",
            "La ciudad estrena una línea de autobús nocturno",
            "",
            "Por Andrés Molina",
            "",
            "Los primeros pasajeros suben al autobús en la parada de la plaza mayor.",
            "Foto: Archivo",
            "",
            "El ayuntamiento puso en marcha este lunes una nueva línea de autobús nocturno que unirá el centro con los"
                + " barrios del norte entre la medianoche y las cinco de la mañana, todos los días de la semana.",
            "",
            "Según el concejal de movilidad, la línea responde a una petición de los trabajadores de la hostelería,"
                + " que hasta ahora dependían del taxi para volver a casa después de sus turnos.",
            "",
            "Compartir",
            "Lo más leído",
            "Aviso legal");
    ParsedPage p = parse(page);
    assertThat(p.body()).startsWith("El ayuntamiento").endsWith("después de sus turnos.");
    assertThat(p.captions()).containsExactly("Los primeros pasajeros suben al autobús en la parada de la plaza mayor.");
    assertThat(p.authors()).containsExactly("Andrés Molina");
    assertThat(p.language()).isEqualTo("es");
  }

  @Test
  void pageWithoutTitleLine_hasNullTitle() throws Exception {
    String page =
        String.join(
            "\n",
            "Sign up for our newsletter.",
            "",
            "The harbour authority said on Friday that dredging of the north channel would start in June and last"
                + " about six weeks, during which larger boats will use the south entrance.",
            "",
            "Fishing crews had asked for the work for years, saying silt made the channel unsafe at low tide for"
                + " boats that carry a full load back to port.");
    ParsedPage p = parse(page);
    assertThat(p.title()).isNull();
    assertThat(p.authors()).isNull();
    assertThat(p.body()).startsWith("The harbour authority");
  }

  @Test
  void menuOnlyPage_isNoArticle() {
    String page = String.join("\n", List.of("Home", "News", "Sports", "Sign in", "Subscribe", "Contact us", "Privacy"));
    assertThatThrownBy(() -> parse(page))
        .isInstanceOf(PageParser.NoArticleException.class)
        .satisfies(e -> assertThat(((PageParser.NoArticleException) e).reason()).isEqualTo("no_article"));
  }

  @Test
  void blankPage_isEmpty() {
    assertThatThrownBy(() -> parse("  \n\n \t \n"))
        .isInstanceOf(PageParser.NoArticleException.class)
        .satisfies(e -> assertThat(((PageParser.NoArticleException) e).reason()).isEqualTo("empty"));
  }

  @Test
  void calibrateStopRatio_liftsSentencesOfLanguagesWithFewStopwords() {
    StringBuilder page = new StringBuilder("Anasayfa\nSpor\n");
    for (int i = 0; i < 6; i++) {
      page.append("Belediye ekipleri sabah saatlerinde mahalledeki yolları temizledi ve yeni fidanlar dikti.\n");
    }
    List<Line> lines = Line.split(page.toString());
    for (Line l : lines) {
      l.stopRatio = l.words >= 10 ? 0.1 : 0.0;
    }
    PageParser.calibrateStopRatio(lines);
    assertThat(lines.get(2).stopRatio).isGreaterThanOrEqualTo(PageParser.MIN_STOP_RATIO * 2);
    assertThat(lines.get(2).isProse(PageParser.MIN_STOP_RATIO)).isTrue();
    assertThat(lines.get(0).stopRatio).isZero();
  }

  @Test
  void calibrateStopRatio_leavesPagesWithTypicalSharesAlone() {
    StringBuilder page = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      page.append("The council said on Monday that the new bridge would open to traffic in the spring.\n");
    }
    List<Line> lines = Line.split(page.toString());
    for (Line l : lines) {
      l.stopRatio = 0.4;
    }
    PageParser.calibrateStopRatio(lines);
    assertThat(lines.get(0).stopRatio).isEqualTo(0.4);
  }
}
