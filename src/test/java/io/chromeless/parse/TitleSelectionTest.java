package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which line of the head block is the title, one rule a row: picture captions with their credit,
 * headlines that open with a byline word, headlines standing twice. Short pages of our own writing
 * in several languages.
 */
class TitleSelectionTest {
  static Stream<Arguments> captionsAboveTheBody() {
    return Stream.of(
        // an agency's credit in capitals after the caption's date
        Arguments.of("fr agency credit", String.join("\n\n", "Accueil", "Transports",
            "Une victoire pour les étudiants",
            "Par Claire Morel", "Publié le 4 juin 2024",
            "Le maire au conseil municipal qui a voté la gratuité des bus, le 3 juin 2024. JEAN DUPONT / AFP",
            SampleBodies.FR),
            "Une victoire pour les étudiants"),
        // a credit in parentheses that names no photo: "(Courtesy of …)"
        Arguments.of("en courtesy credit", String.join("\n\n", "Home", "Islands",
            "Islanders win their long fight",
            "By Jane Roe", "June 4, 2024",
            "Residents of the outer islands wait for the harbour ferry. (Courtesy of Tom Reed)",
            SampleBodies.EN),
            "Islanders win their long fight"),
        // "(Agency Photo/Name)"
        Arguments.of("en photo slash credit", String.join("\n\n", "Home", "Islands",
            "Islanders win their long fight",
            "By Jane Roe", "June 4, 2024",
            "The harbour ferry leaves for the outer islands on Tuesday. (Wire Photo/Tom Reed)",
            SampleBodies.EN),
            "Islanders win their long fight"),
        // a caption closing with the photographer's name after its last sentence
        Arguments.of("en name after the caption", String.join("\n\n", "Home", "Islands",
            "Islanders win their long fight",
            "By Jane Roe", "June 4, 2024",
            "The harbour ferry leaves the outer islands on a winter morning. Tom Reed",
            SampleBodies.EN),
            "Islanders win their long fight"),
        // a German stock photo marked as such
        Arguments.of("de symbol photo", String.join("\n\n", "Startseite", "Lokales",
            "Ein langer Sonntag für alle",
            "Von Jana Petersen", "4. Juni 2024",
            "(Symbolbild) Die Feuerwehr im Einsatz an einer brennenden Lagerhalle am Stadtrand",
            SampleBodies.DE),
            "Ein langer Sonntag für alle"),
        // a slash credit in parentheses
        Arguments.of("es slash credit in parentheses", String.join("\n\n", "Portada", "Ciudad",
            "Una sombra para el verano",
            "Por Lucía Gómez", "4 de junio de 2024",
            "Vecinos de los barrios del sur plantan árboles en la ciudad (EFE / Ana Ruiz)",
            SampleBodies.ES),
            "Una sombra para el verano"));
  }

  static Stream<Arguments> headlinesWithAByLineWord() {
    return Stream.of(
        Arguments.of("de von … bis", String.join("\n\n", "Startseite", "Lokales",
            "Von der Halle bis zum Dach: Wie der Großbrand am Stadtrand entstand",
            "Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Von der Halle bis zum Dach: Wie der Großbrand am Stadtrand entstand"),
        Arguments.of("es por qué", String.join("\n\n", "Portada", "Ciudad",
            "Por qué el ayuntamiento plantará dos mil árboles en los barrios del sur",
            "Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Por qué el ayuntamiento plantará dos mil árboles en los barrios del sur"),
        Arguments.of("en by the numbers", String.join("\n\n", "Home", "Islands",
            "By the numbers: what keeping the harbour ferry running through winter costs",
            "Jane Roe", "June 4, 2024", SampleBodies.EN),
            "By the numbers: what keeping the harbour ferry running through winter costs"));
  }

  static Stream<Arguments> questionsStandingTwice() {
    return Stream.of(
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Großbrand am Stadtrand: Warum brannte die Lagerhalle so schnell?",
            "Großbrand am Stadtrand: Warum brannte die Lagerhalle so schnell?",
            "Die Ermittler suchen nach der Ursache eines Feuers, das am Sonntag eine ganze Halle zerstört hat und die Anwohner in Atem hielt.",
            SampleBodies.DE),
            "Großbrand am Stadtrand: Warum brannte die Lagerhalle so schnell?"),
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Can the harbour ferry keep running through winter?",
            "Can the harbour ferry keep running through winter?",
            "Residents of the outer islands say the boat is their only way to the clinic, and the council has found the money to keep it going for a year.",
            SampleBodies.EN),
            "Can the harbour ferry keep running through winter?"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Les bus gratuits pour les jeunes, une bonne idée ?",
            "Les bus gratuits pour les jeunes, une bonne idée ?",
            "Le conseil municipal a voté la gratuité des bus pour les moins de vingt-cinq ans, une mesure que réclamaient les étudiants depuis des années.",
            SampleBodies.FR),
            "Les bus gratuits pour les jeunes, une bonne idée ?"));
  }

  /**
   * Chinese and Japanese headlines share pairs of characters with the lead, as headlines of other
   * languages share words: the share buttons and links between headline and body share none.
   */
  static Stream<Arguments> cjkHeadlines() {
    return Stream.of(
        Arguments.of("ja", String.join("\n\n", "ホーム", "社会",
            "離島フェリー、冬の間も運航継続へ　市議会が決定",
            "印刷する", "メールで送る", "リンクをコピーする", "ブックマークでシェアする",
            "市議会は4日、離島と本土を結ぶフェリーの運航を冬の間も続けることを決めた。燃料費の高騰と乗組員の不足で、11月に運休する予定だった。",
            "離島の住民からは、本土の診療所に通う唯一の手段だとして運航の継続を求める声が上がっていた。市は予備費から不足分を一年間負担する。"),
            "離島フェリー、冬の間も運航継続へ 市議会が決定"),
        Arguments.of("zh-hans", String.join("\n\n", "首页", "本地新闻",
            "市议会决定冬季继续运营海岛渡轮",
            "打印本文", "分享到微信", "复制链接", "点击这里把本文分享给朋友",
            "市议会周二决定，连接海岛和大陆的渡轮冬季将继续运营。此前由于燃料费用上涨和船员短缺，渡轮原定于十一月停运。",
            "海岛居民表示，渡轮是他们前往大陆诊所的唯一交通工具。市政府将从储备金中拨款，弥补一年的资金缺口。"),
            "市议会决定冬季继续运营海岛渡轮"),
        Arguments.of("zh-hant", String.join("\n\n", "首頁", "地方新聞",
            "市議會決定冬季繼續營運離島渡輪",
            "列印本文", "分享到臉書", "複製連結", "點擊這裡把本文分享給朋友",
            "市議會週二決定，連接離島和本島的渡輪冬季將繼續營運。此前由於燃料費用上漲和船員短缺，渡輪原定於十一月停駛。",
            "離島居民表示，渡輪是他們前往本島診所的唯一交通工具。市政府將從預備金中撥款，彌補一年的資金缺口。"),
            "市議會決定冬季繼續營運離島渡輪"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cjkHeadlines")
  void aCjkHeadlineSharesCharacterPairsWithTheLead(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /** A kicker or a breadcrumb glued to the headline, the headline standing alone on another line. */
  static Stream<Arguments> gluedKickers() {
    return Stream.of(
        Arguments.of("en kicker with no separator", String.join("\n\n", "Home", "Islands",
            "• Harbour ferry will keep running through winter", "• Bus timetable changes in June",
            "Island News Harbour ferry will keep running through winter",
            "By Jane Roe", SampleBodies.EN),
            "Harbour ferry will keep running through winter"),
        Arguments.of("de kicker with no separator", String.join("\n\n", "Startseite", "Lokales",
            "• Großbrand in Lagerhalle am Stadtrand", "• Neue Buslinie ab Juni",
            "Blaulicht Großbrand in Lagerhalle am Stadtrand",
            "Von Jana Petersen", SampleBodies.DE),
            "Großbrand in Lagerhalle am Stadtrand"),
        Arguments.of("de breadcrumb trail", String.join("\n\n", "Startseite",
            "Sie sind hier: Startseite » Feuerwehr und Polizei » Lokales » Ein langer Sonntag",
            "Ein langer Sonntag", SampleBodies.DE),
            "Ein langer Sonntag"),
        Arguments.of("fr breadcrumb trail", String.join("\n\n", "Accueil",
            "Vous êtes ici : Accueil › Bus et transports de la ville › Une victoire pour les étudiants",
            "Une victoire pour les étudiants", SampleBodies.FR),
            "Une victoire pour les étudiants"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gluedKickers")
  void aGluedKickerIsLeftOut(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  static Stream<Arguments> brokenOffLines() {
    return Stream.of(
        Arguments.of("Try loading the page again, or", true),
        Arguments.of("The player could not start the clip and", true),
        Arguments.of("Keine Sorge, schuld daran sind die", true),
        Arguments.of("Essayez de recharger la page ou", true),
        Arguments.of("Vuelva a intentarlo más tarde o", true),
        Arguments.of("Prova a ricaricare la pagina e", true),
        Arguments.of("Harbour ferry will keep running", false),
        Arguments.of("Die Ferien beginnen: Wann sie sind und wie das Wetter wird", false),
        Arguments.of("The council's Plan B", false),
        Arguments.of("Les bus gratuits, une bonne idée ?", false),
        // German only: "ein" after a noun is a separable verb's particle, after a verb an article
        Arguments.of("Stadt räumt Fehler beim Umbau der Halle ein", false),
        Arguments.of("Rat führt neue Gebühr ein", false),
        Arguments.of("Am Ende blieb davon nur ein", true),
        Arguments.of("Ein", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenOffLines")
  void findsLinesBrokenOffMidSentence(String line, boolean broken) {
    assertThat(PageParser.brokenOff(line)).as(line).isEqualTo(broken);
  }

  /** A video player's message broken over lines right above the body, the headline higher up. */
  static Stream<Arguments> brokenOffAboveTheBody() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Islanders win their long fight", "Video",
            "Try loading the harbour ferry video again, or",
            "watch the clip of the islands later.",
            SampleBodies.EN),
            "Islanders win their long fight"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Ein langer Sonntag für alle", "Video",
            "Das Video vom Brand am Stadtrand neu laden oder",
            "später noch einmal versuchen.",
            SampleBodies.DE),
            "Ein langer Sonntag für alle"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Une victoire pour les jeunes", "Vidéo",
            "Rechargez la vidéo du conseil sur les bus ou",
            "regardez-la plus tard.",
            SampleBodies.FR),
            "Une victoire pour les jeunes"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenOffAboveTheBody")
  void aLineBrokenOffIsNoTitle(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /** Fifty one-word menu entries: the headline above them is out of the head block's reach. */
  private static final String MENU = String.join("\n\n",
      java.util.Collections.nCopies(50, "Section"));

  /** The headline with a control's label glued after it, the headline itself standing further up. */
  static Stream<Arguments> controlLabelsAfterTheHeadline() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Harbour ferry will keep running through winter", "By Jane Roe", MENU,
            "Advertisement", "Video", "Harbour ferry will keep running through winter Back to video", "Play video",
            SampleBodies.EN),
            "Harbour ferry will keep running through winter"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Großbrand in Lagerhalle am Stadtrand", "Von Jana Petersen", MENU,
            "Anzeige", "Video", "Großbrand in Lagerhalle am Stadtrand Artikel teilen", "Video abspielen",
            SampleBodies.DE),
            "Großbrand in Lagerhalle am Stadtrand"),
        Arguments.of("es", String.join("\n\n", "Portada", "Ciudad",
            "Dos mil árboles para los barrios del sur", "Por Lucía Gómez", MENU,
            "Publicidad", "Vídeo", "Dos mil árboles para los barrios del sur Volver al vídeo", "Reproducir",
            SampleBodies.ES),
            "Dos mil árboles para los barrios del sur"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlLabelsAfterTheHeadline")
  void aControlLabelAfterTheHeadlineIsLeftOut(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /** A subscribers' label right above the body: the headline stands above it. */
  static Stream<Arguments> subscriberLabelsAboveTheBody() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Harbour ferry will keep running through winter", "By Jane Roe",
            "Subscribers only", SampleBodies.EN),
            "Harbour ferry will keep running through winter"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Les bus deviendront gratuits pour les jeunes", "Par Claire Morel",
            "Article réservé aux abonnés", SampleBodies.FR),
            "Les bus deviendront gratuits pour les jeunes"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Großbrand in Lagerhalle am Stadtrand", "Von Jana Petersen",
            "Exklusiv für Abonnenten", SampleBodies.DE),
            "Großbrand in Lagerhalle am Stadtrand"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subscriberLabelsAboveTheBody")
  void findsTheHeadlineAboveASubscribersLabel(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /** A web address standing alone is the site's name in the header, no headline. */
  static Stream<Arguments> webAddresses() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Islanders win their long fight", "Home",
            "www.harbour-news.example", SampleBodies.EN),
            "Islanders win their long fight"),
        Arguments.of("es", String.join("\n\n", "Una sombra para el verano", "Portada",
            "barrios.ciudad.example.es", SampleBodies.ES),
            "Una sombra para el verano"),
        Arguments.of("de", String.join("\n\n", "Ein langer Sonntag", "Startseite",
            "feuerwehr.stadtrand.example.de", SampleBodies.DE),
            "Ein langer Sonntag"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("webAddresses")
  void aWebAddressIsNoTitle(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /** A picture's caption on the line above its credit, between headline and body. */
  static Stream<Arguments> captionsAboveACredit() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Islanders win fight to keep their ferry", "By Jane Roe",
            "Residents of the outer islands wait for the harbour ferry", "Getty Images",
            SampleBodies.EN),
            "Islanders win fight to keep their ferry"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Lagerhalle brennt: Nachbarn halten Fenster geschlossen", "Von Jana Petersen",
            "Feuerwehr an der Lagerhalle am Stadtrand", "Foto: Max Muster",
            SampleBodies.DE),
            "Lagerhalle brennt: Nachbarn halten Fenster geschlossen"),
        Arguments.of("es", String.join("\n\n", "Portada", "Ciudad",
            "Más sombra frente al calor de cada verano", "Por Lucía Gómez",
            "Vecinos plantan árboles en una calle de los barrios del sur", "Foto: Ana Ruiz",
            SampleBodies.ES),
            "Más sombra frente al calor de cada verano"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captionsAboveACredit")
  void aLineAboveACreditIsACaption(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /**
   * A deck set as a sentence right above the body shares more words with the lead than the
   * headline above it does; the full stop tells the sentence from the headline.
   */
  static Stream<Arguments> decksEndingInAFullStop() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "A lifeline for the islands",
            "Council keeps the harbour ferry running through winter.", "By Jane Roe", "June 4, 2024",
            SampleBodies.EN),
            "A lifeline for the islands"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Rauch über dem Viertel",
            "Die Feuerwehr löschte den Brand am Stadtrand.", "Von Jana Petersen", "4. Juni 2024",
            SampleBodies.DE),
            "Rauch über dem Viertel"),
        Arguments.of("es", String.join("\n\n", "Portada", "Ciudad",
            "Un verano con más sombra",
            "El ayuntamiento plantará dos mil árboles en los barrios.", "Por Lucía Gómez",
            "4 de junio de 2024", SampleBodies.ES),
            "Un verano con más sombra"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Une victoire pour la ville",
            "Le conseil municipal vote la gratuité des bus.", "Par Claire Morel", "Publié le 4 juin 2024",
            SampleBodies.FR),
            "Une victoire pour la ville"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decksEndingInAFullStop")
  void aSentenceBelowTheHeadlineIsItsDeck(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /**
   * Links to related stories between the byline or date and the body: their first item shares
   * more words with the lead than the headline does, but stands below the head block's last
   * byline or date line, where headlines do not.
   */
  static Stream<Arguments> relatedStoriesBelowTheByline() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "A winter lifeline for the islanders", "By Jane Roe", "June 4, 2024", "Related",
            "Council keeps harbour ferry running through the winter months",
            "New bus timetable for the outer islands", SampleBodies.EN),
            "A winter lifeline for the islanders"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Eine lange Nacht am Stadtrand", "Von Jana Petersen", "4. Juni 2024", "Mehr zum Thema",
            "Feuerwehr löscht Brand in einer Lagerhalle am Stadtrand",
            "Neue Buslinie ab Juni", SampleBodies.DE),
            "Eine lange Nacht am Stadtrand"),
        Arguments.of("es", String.join("\n\n", "Portada", "Ciudad",
            "Un verano con más sombra", "Por Lucía Gómez", "4 de junio de 2024", "Más noticias",
            "El ayuntamiento plantará dos mil árboles en los barrios del sur",
            "Nuevo horario de autobuses en verano", SampleBodies.ES),
            "Un verano con más sombra"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Une victoire pour la ville", "Par Claire Morel", "Publié le 4 juin 2024", "À lire aussi",
            "Le conseil municipal vote la gratuité des bus pour les jeunes",
            "Nouveaux horaires des trains en été", SampleBodies.FR),
            "Une victoire pour la ville"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("relatedStoriesBelowTheByline")
  void aHeadlineStandsAboveTheBylineAndDate(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /** A crosshead of the article right under the byline: no headline, though it speaks of the lead. */
  static Stream<Arguments> crossheadsUnderTheByline() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "A winter lifeline for the islanders", "By Jane Roe, June 4, 2024",
            "Harbour ferry keeps running through the winter", SampleBodies.EN),
            "A winter lifeline for the islanders"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Eine lange Nacht am Stadtrand", "Von Jana Petersen, 4. Juni 2024",
            "Feuerwehr löscht Brand in einer Lagerhalle", SampleBodies.DE),
            "Eine lange Nacht am Stadtrand"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Une victoire pour la ville", "Par Claire Morel, le 4 juin 2024",
            "Le conseil municipal vote la gratuité des bus", SampleBodies.FR),
            "Une victoire pour la ville"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crossheadsUnderTheByline")
  void aCrossheadUnderTheBylineIsNoTitle(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /**
   * A date line right above the headline, a site's tagline above the date: the headline stands
   * below the head block's last date line, which it may do when it follows it right away.
   */
  static Stream<Arguments> datesAboveTheHeadline() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Local news for the islands", "June 4, 2024",
            "Council keeps the harbour ferry running in winter", SampleBodies.EN),
            "Council keeps the harbour ferry running in winter"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Nachrichten aus dem Stadtrand", "4. Juni 2024",
            "Feuerwehr löscht Brand in Lagerhalle am Stadtrand", SampleBodies.DE),
            "Feuerwehr löscht Brand in Lagerhalle am Stadtrand"),
        Arguments.of("es", String.join("\n\n", "Portada", "Noticias de los barrios", "4 de junio de 2024",
            "El ayuntamiento plantará dos mil árboles en el sur", SampleBodies.ES),
            "El ayuntamiento plantará dos mil árboles en el sur"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datesAboveTheHeadline")
  void aHeadlineMayStandRightUnderTheDate(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /**
   * A headline set in title case right under another story's headline: the long line is no deck
   * of the short one above it, though a deck may be as long.
   */
  static Stream<Arguments> titleCasedHeadlinesUnderTeasers() {
    return Stream.of(
        Arguments.of("en us", String.join("\n\n", "Home", "Top Stories",
            "Ferry Fares Frozen for Another Year",
            "Islanders Win the Fight to Keep Their Harbour Ferry Running for the Winter",
            "Tuesday June 4, 2024 by Jane Roe", SampleBodies.EN),
            "Islanders Win the Fight to Keep Their Harbour Ferry Running for the Winter"),
        Arguments.of("en uk", String.join("\n\n", "Home", "Latest",
            "New Bus Timetable Starts in June",
            "Council Finds the Money to Keep the Harbour Ferry Going Through the Winter",
            "By Jane Roe, 4 June 2024", SampleBodies.EN),
            "Council Finds the Money to Keep the Harbour Ferry Going Through the Winter"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titleCasedHeadlinesUnderTeasers")
  void aTitleCasedLineIsNoDeck(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  static Stream<Arguments> titleCasedLines() {
    return Stream.of(
        Arguments.of("Islanders Win the Fight to Keep Their Ferry", true),
        Arguments.of("13-Inch Laptop With New Keyboard Expected in Spring", true),
        Arguments.of("Islanders win the fight to keep their ferry", false),
        Arguments.of("Die Feuerwehr löscht den Brand in der Lagerhalle am Stadtrand", false),
        Arguments.of("Feuerwehr Löscht Brand", true),
        Arguments.of("Le conseil municipal vote la gratuité des bus", false),
        Arguments.of("El ayuntamiento plantará dos mil árboles en los barrios", false),
        Arguments.of("Bus Gratuits", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titleCasedLines")
  void findsTitleCasedLines(String line, boolean cased) {
    assertThat(PageParser.titleCased(line)).as(line).isEqualTo(cased);
  }

  /** The headline's last words after a dash, standing alone in the body as a crosshead: no site name. */
  static Stream<Arguments> dashedTailsRepeatedAsCrossheads() {
    return Stream.of(
        crossheadRow("en", "Home", "Harbour ferry keeps running through the winter – what changes",
            "What changes", SampleBodies.EN),
        crossheadRow("de", "Startseite", "Großbrand in der Lagerhalle am Stadtrand – das wissen wir",
            "Das wissen wir", SampleBodies.DE),
        crossheadRow("es", "Portada", "Dos mil árboles para los barrios del sur – lo que cambia",
            "Lo que cambia", SampleBodies.ES));
  }

  private static Arguments crossheadRow(String rule, String home, String title, String crosshead, String body) {
    String[] paragraphs = body.split("\n\n");
    return Arguments.of(rule, String.join("\n\n", home, title, paragraphs[0], crosshead, paragraphs[1],
        paragraphs[2]), title);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashedTailsRepeatedAsCrossheads")
  void aCrossheadRepeatingTheTitlesTailIsNoSiteName(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /** A quote led by a dash and set as the headline, with no list around it ("– Angsten vil øke"). */
  static Stream<Arguments> dashLedQuotes() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "– We will never give up our ferry", "By Jane Roe", SampleBodies.EN),
            "We will never give up our ferry"),
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "- Wir hatten großes Glück mit dem Wind", "Von Jana Petersen", SampleBodies.DE),
            "Wir hatten großes Glück mit dem Wind"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "– Une victoire pour toute la jeunesse", "Par Claire Morel", SampleBodies.FR),
            "Une victoire pour toute la jeunesse"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashLedQuotes")
  void aLoneDashLedLineMayBeTheHeadline(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  /** A quote set as a kicker and glued to the headline by the dump: the headline alone is the title. */
  static Stream<Arguments> gluedQuoteKickers() {
    return Stream.of(
        Arguments.of("\"Wir geben nicht auf\"Feuerwehr kämpft die ganze Nacht gegen den Brand",
            "Feuerwehr kämpft die ganze Nacht gegen den Brand"),
        Arguments.of("„Ein großer Tag“Die Buslinie zum Stadtrand fährt ab Juni",
            "Die Buslinie zum Stadtrand fährt ab Juni"),
        Arguments.of("“Our only way to the clinic”Islanders win the fight for their ferry",
            "Islanders win the fight for their ferry"),
        Arguments.of("«Une victoire»Les bus deviennent gratuits pour les jeunes",
            "Les bus deviennent gratuits pour les jeunes"),
        // a space after the quote, a short rest, a lower-case word after the quote: left as they are
        Arguments.of("\"Wir geben nicht auf\" Feuerwehr kämpft die ganze Nacht",
            "\"Wir geben nicht auf\" Feuerwehr kämpft die ganze Nacht"),
        Arguments.of("„Tax the rich“Leitartikel", "„Tax the rich“Leitartikel"),
        Arguments.of("\"Islanders\"win the fight for their ferry", "\"Islanders\"win the fight for their ferry"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gluedQuoteKickers")
  void aGluedQuoteKickerIsLeftOut(String line, String title) {
    assertThat(PageParser.withoutGluedQuote(line)).as(line).isEqualTo(title);
  }

  static Stream<Arguments> quotedSentences() {
    return Stream.of(
        Arguments.of("\"The ferry is the only way for the outer islands to reach the clinic.\"", true),
        Arguments.of("„Die Feuerwehr war mit achtzig Kräften im Einsatz.“", true),
        Arguments.of("« Le conseil a voté la gratuité des bus. »", true),
        Arguments.of("Islanders say \"the ferry is our lifeline\"", false),
        Arguments.of("Feuerwehr: „Großeinsatz am Stadtrand“", false),
        Arguments.of("Bus gratuits : « une victoire »", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotedSentences")
  void findsQuotedSentences(String line, boolean quoted) {
    assertThat(PageParser.endsQuotedSentence(line)).as(line).isEqualTo(quoted);
  }

  /**
   * A kicker on a line of its own closing with a dash marks the headline right under it; a
   * teaser of the same story above it (the page's short title) is no headline.
   */
  static Stream<Arguments> dashKickers() {
    return Stream.of(
        Arguments.of("de", String.join("\n\n", "Startseite | Lokales |",
            "Brand in Lagerhalle am Stadtrand: Anwohner sollen Fenster geschlossen halten",
            "Feuer am Stadtrand –",
            "Flammen zerstören Halle – niemand verletzt",
            SampleBodies.DE),
            "Flammen zerstören Halle – niemand verletzt"),
        Arguments.of("en", String.join("\n\n", "Home | Islands |",
            "Harbour ferry to the outer islands will keep running through winter",
            "Island ferry —",
            "Winter ferry saved — council covers fuel costs for outer islands",
            SampleBodies.EN),
            "Winter ferry saved — council covers fuel costs for outer islands"),
        Arguments.of("fr", String.join("\n\n", "Accueil | Transports |",
            "La gratuité des bus pour les moins de vingt-cinq ans votée par le conseil",
            "Conseil municipal –",
            "Bus gratuits pour les jeunes – le maire fera payer le stationnement",
            SampleBodies.FR),
            "Bus gratuits pour les jeunes – le maire fera payer le stationnement"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashKickers")
  void aDashKickerMarksTheHeadlineBelowIt(String lang, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(lang).isEqualTo(title);
  }

  static Stream<Arguments> dashKickerLines() {
    return Stream.of(
        Arguments.of("Feuer am Stadtrand –", true),
        Arguments.of("Island ferry —", true),
        Arguments.of("Conseil municipal -", true),
        Arguments.of("Consejo –", true),
        Arguments.of("• Share this —", false),
        Arguments.of("Harbour ferry will keep running through winter —", false),
        Arguments.of("Feuer am Stadtrand", false),
        Arguments.of("Bus gratuits – le maire", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashKickerLines")
  void findsKickersClosingWithADash(String line, boolean kicker) {
    assertThat(PageParser.dashKicker(Line.split(line).get(0))).as(line).isEqualTo(kicker);
  }

  /** Kicker and headline as two elements, the colon opening the second: one title. */
  static Stream<Arguments> colonOnTheNextLine() {
    return Stream.of(
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Großbrand am Stadtrand", ": Was die Anwohner jetzt wissen müssen",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Großbrand am Stadtrand: Was die Anwohner jetzt wissen müssen"),
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "Harbour ferry", ":Why the winter boat stays",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "Harbour ferry: Why the winter boat stays"),
        Arguments.of("fr", String.join("\n\n", "Accueil", "Transports",
            "Bus gratuits", ": ce que change le vote du conseil",
            "Par Claire Morel", "Publié le 4 juin 2024", SampleBodies.FR),
            "Bus gratuits: ce que change le vote du conseil"),
        // a short rest under a longer kicker: the kicker line is chosen, the rest joins it
        Arguments.of("de short rest", String.join("\n\n", "Startseite", "Lokales",
            "Feuer in der Lagerhalle am Stadtrand", ": Viertel im Rauch",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Feuer in der Lagerhalle am Stadtrand: Viertel im Rauch"),
        Arguments.of("en short rest", String.join("\n\n", "Home", "Islands",
            "The harbour ferry and the outer islands", ": Boat stays",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "The harbour ferry and the outer islands: Boat stays"),
        Arguments.of("es short rest", String.join("\n\n", "Portada", "Ciudad",
            "Dos mil árboles para los barrios del sur", ": Plan aprobado",
            "Por Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Dos mil árboles para los barrios del sur: Plan aprobado"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("colonOnTheNextLine")
  void aHeadlineBrokenAtItsColonIsJoined(String lang, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(lang).isEqualTo(title);
  }

  /**
   * A headline opened by a kicker and a colon over a deck only a little longer with none: the deck
   * stands nearer the byline and speaks more of the lead, the headline is the line above it.
   */
  static Stream<Arguments> kickeredHeadlinesOverTheirDeck() {
    return Stream.of(
        Arguments.of("de", String.join("\n\n", "Startseite", "Lokales",
            "Nach dem Großbrand: Was aus dem alten Gebäude am Ortsrand jetzt werden soll",
            "Die Feuerwehr war mit mehr als achtzig Kräften im Einsatz und löschte bis in die Nacht",
            "Von Jana Petersen", "4. Juni 2024", SampleBodies.DE),
            "Nach dem Großbrand: Was aus dem alten Gebäude am Ortsrand jetzt werden soll"),
        Arguments.of("en", String.join("\n\n", "Home", "Islands",
            "After the long fight: The harbour ferry to the outer islands will run all winter",
            "The council voted to cover the fuel costs from its reserve fund for one more year",
            "By Jane Roe", "June 4, 2024", SampleBodies.EN),
            "After the long fight: The harbour ferry to the outer islands will run all winter"),
        Arguments.of("es", String.join("\n\n", "Portada", "Ciudad",
            "Contra el calor del verano: El ayuntamiento plantará dos mil árboles en el sur",
            "El ayuntamiento aprobó el lunes un plan para plantar árboles en los barrios del sur",
            "Por Lucía Gómez", "4 de junio de 2024", SampleBodies.ES),
            "Contra el calor del verano: El ayuntamiento plantará dos mil árboles en el sur"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kickeredHeadlinesOverTheirDeck")
  void aKickeredHeadlineStandsOverItsDeck(String lang, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(lang).isEqualTo(title);
  }

  private static ParsedPage parse(String text) throws PageParser.NoArticleException {
    return new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captionsAboveTheBody")
  void aCreditedCaptionIsNoTitle(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headlinesWithAByLineWord")
  void aHeadlineMayOpenWithAByLineWord(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questionsStandingTwice")
  void aQuestionStandingTwiceIsAHeadline(String rule, String page, String title) throws Exception {
    assertThat(parse(page).title()).as(rule).isEqualTo(title);
  }

  static Stream<Arguments> credits() {
    return Stream.of(
        Arguments.of("Le maire à la mairie, le 3 juin 2024. JEAN DUPONT / AFP", true),
        Arguments.of("Feuerwehrleute vor der Halle (DPA / Max Muster)", true),
        Arguments.of("The ferry on a winter morning after the storm had passed. Tom Reed", true),
        Arguments.of("Die Feier am 15. Juni", false),
        Arguments.of("New cars and trucks highlight the L.A. Auto Show", false),
        Arguments.of("Man pleads guilty to threatening to kill Rep. Jane Doe", false),
        Arguments.of("Ferry stays. Islanders Cheer", false),
        Arguments.of("La ciudad plantará árboles. Cómo se eligen las calles", false),
        Arguments.of("Kosten für Bus und Bahn steigen 2024 / 2025 deutlich", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credits")
  void findsCreditsClosingACaption(String line, boolean credited) {
    assertThat(PageParser.captionCredited(line)).as(line).isEqualTo(credited);
  }
}
