package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The head block above the body, one rule a row: which line is the title when a kicker, a deck or
 * a breadcrumb stands next to it, where the body starts after a byline on lines of its own, and
 * where it ends before a list of teasers. Short pages of our own writing in three languages.
 */
class HeadBlockTest {
  static Stream<Arguments> pages() {
    return Stream.of(
        // a kicker (a few words naming the topic) above the headline
        Arguments.of("kicker", String.join("\n\n", "Startseite", "Lokales", "Brand am Stadtrand",
            "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen", SampleBodies.DE),
            "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen", "Die Feuerwehr war"),
        // a deck below the headline speaks of the lead as much as the headline does
        Arguments.of("deck", String.join("\n\n", "Home", "Islands", "Harbour ferry will keep running through winter",
            "Council covers fuel costs for a year as outer islands say the ferry is their only way to the clinic",
            SampleBodies.EN),
            "Harbour ferry will keep running through winter", "The council voted"),
        // a numbered breadcrumb, its last item the headline, stands above the headline
        Arguments.of("breadcrumb", String.join("\n\n", "1. Portada", "2. Ciudad",
            "3. El ayuntamiento plantará dos mil árboles en los barrios del sur",
            "El ayuntamiento plantará dos mil árboles en los barrios del sur", SampleBodies.ES),
            "El ayuntamiento plantará dos mil árboles en los barrios del sur", "El ayuntamiento aprobó"),
        // a standfirst, then the byline word on a line of its own and the names below it
        Arguments.of("bare byline", String.join("\n\n", "Nachrichten",
            "Lagerhalle brennt: Rauchwolke über dem Viertel",
            "Ein Feuer in einer Lagerhalle hat am Sonntag einen Großeinsatz der Feuerwehr ausgelöst, die Anwohner"
                + " sollten ihre Fenster geschlossen halten.",
            "Von", "Jana Petersen", "Lukas Brandt", SampleBodies.DE),
            "Lagerhalle brennt: Rauchwolke über dem Viertel", "Die Feuerwehr war"));
  }

  private static ParsedPage parse(String text) throws PageParser.NoArticleException {
    return new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void findsTitleAndBodyStart(String rule, String page, String title, String bodyStart) throws Exception {
    ParsedPage p = parse(page);
    assertThat(p.title()).as(rule).isEqualTo(title);
    assertThat(p.body()).as(rule).startsWith(bodyStart);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void bodyHoldsNoHeadLine(String rule, String page, String title, String bodyStart) throws Exception {
    ParsedPage p = parse(page);
    assertThat(p.body()).as(rule).doesNotContain(title).doesNotContain("Von\n");
  }

  @org.junit.jupiter.api.Test
  void bareBylineNamesTheAuthors() throws Exception {
    ParsedPage p = parse((String) pages().filter(a -> a.get()[0].equals("bare byline")).findFirst().orElseThrow().get()[1]);
    assertThat(p.authors()).containsExactly("Jana Petersen", "Lukas Brandt");
  }

  @org.junit.jupiter.api.Test
  void endsBeforeTeaserList() throws Exception {
    String page = String.join("\n\n", "Islands", "Harbour ferry will keep running through winter", SampleBodies.EN,
        "More from Islands",
        "Lighthouse keeper retires after forty years",
        "The last keeper of the north light hands over the keys to the coastguard after four decades on the rock.",
        "School boat gets a new engine",
        "Pupils from the outer islands will cross to the mainland school faster from next month on a refitted boat.",
        "Fishing quota talks end without a deal",
        "Skippers and the ministry will meet again in spring after a week of talks failed to settle the quota.");
    ParsedPage p = parse(page);
    assertThat(p.body()).endsWith("needs a smaller crew.").doesNotContain("keeper").doesNotContain("quota");
  }

  @org.junit.jupiter.api.Test
  void captionEndingInItsCreditGoesToCaptions() throws Exception {
    String page = String.join("\n\n", "Islands", "Harbour ferry will keep running through winter",
        SampleBodies.EN.replace("\n\nCouncillors", "\n\nThe ferry leaves the outer islands at dawn on a winter morning (Picture: Jo Reed)\n\nCouncillors"));
    ParsedPage p = parse(page);
    assertThat(p.body()).doesNotContain("Picture:");
    assertThat(p.captions()).anyMatch(c -> c.contains("(Picture: Jo Reed)"));
  }

  @org.junit.jupiter.api.Test
  void readerCommentsEndTheBody() throws Exception {
    String page = String.join("\n\n", "Nachrichten", "Großbrand in Lagerhalle am Stadtrand", SampleBodies.DE,
        "Anna Beispiel sagt:",
        "Die Feuerwehr hat wieder einmal großartige Arbeit geleistet, vielen Dank an alle Helfer vor Ort am Sonntag.",
        "Karl Muster sagt:",
        "Ich wohne in der Nähe und der Rauch war den ganzen Abend über dem ganzen Viertel deutlich zu riechen.");
    ParsedPage p = parse(page);
    assertThat(p.body()).endsWith("keine Gefahr mehr besteht.").doesNotContain("sagt:");
  }

  @org.junit.jupiter.api.Test
  void dateLineAboveTitleBeatsDateInCaption() throws Exception {
    String page = String.join("\n\n", "Islands", "Older story about the pier", "March 3, 2023",
        "June 2, 2025 6:10 AM", "Harbour ferry will keep running through winter",
        "The ferry at the pier in Westhaven, Islandshire, on May 28, 2025, during the spring storms.",
        SampleBodies.EN);
    ParsedPage p = parse(page);
    assertThat(java.time.Instant.ofEpochSecond(p.publishedAtMicros() / 1_000_000L))
        .isEqualTo(java.time.Instant.parse("2025-06-02T06:10:00Z"));
  }

  @org.junit.jupiter.api.Test
  void labelSetLikeANameIsNoAuthor() throws Exception {
    String page = String.join("\n\n", "Islands", "Harbour ferry will keep running through winter", "Key Points",
        SampleBodies.EN, "The key points of the plan were set out in the council papers.");
    ParsedPage p = parse(page);
    assertThat(p.authors()).isNull();
    String signed = page.replace("Key Points", "Key Points\n\nMarit Solberg");
    assertThat(parse(signed).authors()).containsExactly("Marit Solberg");
  }

  @org.junit.jupiter.api.Test
  void promptInsideTheArticleDoesNotCutItsFirstPart() throws Exception {
    String page = String.join("\n\n", "Islands", "Harbour ferry will keep running through winter",
        "By Marit Solberg", "June 2, 2025",
        "The council voted on Tuesday to keep the harbour ferry running through the winter months, after"
            + " residents of the outer islands said the ferry was their only way to reach the mainland clinic.",
        "Subscribe now to read the latest news from the islands.",
        "Unlimited access to every story on any device.",
        "Register or sign in to continue reading.",
        "Email address",
        "Continue",
        "The ferry had been due to stop in November because of rising fuel costs and a shortage of crew,"
            + " the harbour master told the meeting, which ran for more than three hours on Tuesday.",
        "Councillors agreed to cover the shortfall of the ferry from the reserve fund for one year while the"
            + " ferry company looks for a second boat that uses less fuel and needs a smaller crew.",
        "Residents of the outer islands welcomed the vote, saying the winter months are when the ferry to the"
            + " mainland clinic matters most to older people who cannot travel by the small boats.",
        "The harbour master said the timetable for the winter months would be published in October.");
    ParsedPage p = parse(page);
    assertThat(p.body()).startsWith("The council voted").contains("Councillors agreed")
        .doesNotContain("Subscribe").doesNotContain("Register").doesNotContain("Email address");
    assertThat(p.title()).isEqualTo("Harbour ferry will keep running through winter");
    assertThat(p.authors()).containsExactly("Marit Solberg");
  }

  @org.junit.jupiter.api.Test
  void storyAboveTheBylineIsNotJoined() throws Exception {
    String page = String.join("\n\n", "Islands",
        "Bakers on the north island open a night market for the summer with stalls along the quay, music and"
            + " a ferry that runs late for visitors from the mainland towns.",
        "Subscribe now to read the latest news from the islands.",
        "Harbour ferry will keep running through winter", "By Marit Solberg", "June 2, 2025", SampleBodies.EN);
    ParsedPage p = parse(page);
    assertThat(p.body()).startsWith("The council voted").doesNotContain("Bakers");
  }

  @org.junit.jupiter.api.Test
  void headlineOverItsBylineBeatsTeasersNearTheBody() throws Exception {
    String page = String.join("\n\n", "Islands", "Islanders win their fight for a winter boat",
        "By Marit Solberg", "Most read", "Lighthouse keeper retires after forty years",
        "Harbour master warns of crew shortage on island boats", SampleBodies.EN);
    ParsedPage p = parse(page);
    assertThat(p.title()).isEqualTo("Islanders win their fight for a winter boat");
    assertThat(p.authors()).containsExactly("Marit Solberg");
  }

  @org.junit.jupiter.api.Test
  void deckSetAsASentenceStaysBelowItsHeadline() throws Exception {
    String page = String.join("\n\n", "Islands", "Winter timetable: islanders win their long fight for the harbour boat service",
        "The council voted to keep the harbour ferry running through the winter months.", "By Marit Solberg",
        SampleBodies.EN);
    ParsedPage p = parse(page);
    assertThat(p.title()).isEqualTo("Winter timetable: islanders win their long fight for the harbour boat service");
  }

  @org.junit.jupiter.api.Test
  void bylineUnderTheLeadPictureNamesTheAuthor() throws Exception {
    String page = String.join("\n\n", "Islands", "Harbour ferry will keep running through winter",
        "Residents of the outer islands had asked the council for a winter service for years, and now they have it.",
        "Marit Solberg|Published 5 hours ago", SampleBodies.EN);
    ParsedPage p = parse(page);
    assertThat(p.authors()).containsExactly("Marit Solberg");
  }

  @org.junit.jupiter.api.Test
  void noteAboutTheAuthorLeavesTheBody() throws Exception {
    String page = String.join("\n\n", "Islands", "Harbour ferry will keep running through winter",
        "By Marit Solberg", SampleBodies.EN,
        "The harbour master said the winter timetable would be published at the end of October.",
        "Marit Solberg is a reporter on the islands desk and has covered the harbour for ten years.");
    ParsedPage p = parse(page);
    assertThat(p.body()).endsWith("end of October.").doesNotContain("islands desk");
  }

  @org.junit.jupiter.api.Test
  void pictureCourtesyLineIsNoByline() throws Exception {
    String page = String.join("\n\n", "Islands", "Harbour ferry will keep running through winter",
        "Courtesy Harbour Board", SampleBodies.EN);
    assertThat(parse(page).authors()).isNull();
  }

  /** Crawled 2025-03-10 14:00 UTC. */
  private static final long CRAWLED = java.time.Instant.parse("2025-03-10T14:00:00Z").toEpochMilli();

  static Stream<Arguments> datedPages() {
    return Stream.of(
        // a relative date on the meta line, read against the crawl time
        Arguments.of("relative, en", String.join("\n\n", "Islands", "Harbour ferry will keep running through winter",
            "By Marit Solberg", "Published 3 hours ago", SampleBodies.EN), CRAWLED, "2025-03-10T11:00:00Z"),
        Arguments.of("relative, de", String.join("\n\n", "Lokales",
            "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen", "Von Jana Petersen",
            "vor 2 Stunden", SampleBodies.DE), CRAWLED, "2025-03-10T12:00:00Z"),
        Arguments.of("relative, es", String.join("\n\n", "Ciudad",
            "El ayuntamiento plantará dos mil árboles en los barrios del sur", "Por Lucía Ortega",
            "Actualizado hace 2 días", SampleBodies.ES), CRAWLED, "2025-03-08T00:00:00Z"),
        // without a crawl time a relative date says nothing; an absolute one below the body is read
        Arguments.of("relative, no crawl time", String.join("\n\n", "Islands",
            "Harbour ferry will keep running through winter", "By Marit Solberg", "Published 3 hours ago",
            SampleBodies.EN), null, null),
        // an English page whose other slash dates are day first reads its own date day first
        Arguments.of("day first from the page", String.join("\n\n", "Islands",
            "Harbour ferry will keep running through winter", "By Marit Solberg", "04/11/2024", SampleBodies.EN,
            "More from the islands", "Ferry timetable changes for the holidays", "23/10/2024"),
            null, "2024-11-04T00:00:00Z"),
        Arguments.of("month first by default", String.join("\n\n", "Islands",
            "Harbour ferry will keep running through winter", "By Marit Solberg", "04/11/2024", SampleBodies.EN),
            null, "2024-04-11T00:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datedPages")
  void publishedDate(String rule, String page, Long crawled, String expected) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, crawled, page));
    if (expected == null) {
      assertThat(p.publishedAtMicros()).as(rule).isNull();
    } else {
      assertThat(java.time.Instant.ofEpochSecond(p.publishedAtMicros() / 1_000_000)).as(rule)
          .isEqualTo(java.time.Instant.parse(expected));
    }
  }

  static Stream<Arguments> captionsInTheBody() {
    return Stream.of(
        Arguments.of("en, photograph glued", "Volunteers stack sandbags along the harbour wall on Monday evening."
            + "Photograph: Jane Doe/Getty Images"),
        Arguments.of("de, Bild and agency", "Feuerwehrleute löschen die Reste der Lagerhalle am Stadtrand. Bild: Max Muster/dpa"),
        Arguments.of("es, copyright sign", "Los vecinos plantan los primeros árboles en una calle del barrio sur © Ayuntamiento"),
        Arguments.of("fr, photo credit", "Des bénévoles nettoient la plage après la tempête de la nuit dernière. Photo : Jean Martin"));
  }

  /** A picture caption that ends in its credit, between two paragraphs, goes to the captions. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("captionsInTheBody")
  void captionEndingInACreditLeavesTheBody(String rule, String caption) throws Exception {
    String[] paras = SampleBodies.EN.split("\n\n");
    String page = String.join("\n\n", "Islands", "Harbour ferry will keep running through winter",
        paras[0], paras[1], caption, paras[2]);
    ParsedPage p = parse(page);
    assertThat(p.body()).as(rule).doesNotContain(caption.substring(0, 20))
        .contains(paras[0].substring(0, 40), paras[1].substring(0, 40), paras[2].substring(0, 40));
    assertThat(p.captions()).as(rule).contains(caption);
  }

  @org.junit.jupiter.api.Test
  void prosePassingACreditEarlyOrNamingAnAgencyStays() {
    assertThat(PageParser.creditInSecondHalf("© 2024 is the year the council named in its report on the harbour"))
        .isFalse();
    assertThat(PageParser.creditInSecondHalf("The fire was put out by morning, the dpa news agency reported.")).isFalse();
    assertThat(PageParser.creditInSecondHalf("Die Halle brannte bis zum Morgen. Bild: Max Muster")).isTrue();
  }

  static Stream<Arguments> cjkBylines() {
    return Stream.of(
        // Korean: the reporters one a line under the article, each with an address
        Arguments.of("ko, end", String.join("\n\n", "뉴스", "항구 여객선 겨울에도 계속 운항한다",
            "시의회는 화요일 회의에서 섬 주민들이 본토 병원에 갈 수 있는 유일한 방법이라고 호소하자 겨울 동안에도 항구 여객선을 계속 운항하기로 결정했다.",
            "여객선은 연료비 상승과 선원 부족 때문에 십일월에 운항을 멈출 예정이었다고 항만 책임자가 세 시간 넘게 이어진 회의에서 설명했다.",
            "의원들은 여객선 회사가 연료를 덜 쓰고 선원이 적게 필요한 두 번째 배를 찾는 동안 일 년 동안 예비 기금에서 부족분을 메우기로 합의했다.",
            "김민준 기자", "minjun@example.kr", "이서연 기자", "seoyeon@example.kr", "많이 본 뉴스"),
            List.of("김민준", "이서연")),
        // Chinese: the editors in brackets after the last paragraph
        Arguments.of("zh, end", String.join("\n\n", "首页", "港口渡轮冬季将继续运营",
            "市议会星期二决定在冬季继续运营港口渡轮，因为外岛居民表示这艘船是他们前往大陆诊所的唯一途径，会议持续了三个多小时。",
            "港务长在会上说，由于燃料成本上升和船员短缺，渡轮原定于十一月停航，但是居民们希望政府能够找到其他解决办法。",
            "议员们同意在一年内从储备基金中弥补缺口，同时渡轮公司将寻找一艘耗油更少、需要船员更少的新船来替换旧船。",
            "（责编：王小明、李华）", "相关新闻"),
            List.of("王小明", "李华")),
        // Japanese: the reporter with the role word in the head
        Arguments.of("ja, head", String.join("\n\n", "ニュース", "港のフェリー、冬も運航を継続へ", "田中一郎記者",
            "市議会は火曜日、離島の住民が本土の診療所に行く唯一の手段だと訴えたことを受けて、冬の間も港のフェリーの運航を続けることを決めた。",
            "フェリーは燃料費の高騰と船員不足のため十一月に運航を停止する予定だったと、港湾長が三時間以上続いた会議で説明した。",
            "議員たちは、フェリー会社が燃料の少ない新しい船を探す間、一年間は予備費で不足分を補うことで合意した。"),
            List.of("田中一郎")),
        // the author's box far under the article: the writer's label alone, the name under it
        Arguments.of("ja, label", String.join("\n\n", "ニュース", "港のフェリー、冬も運航を継続へ",
            "市議会は火曜日、離島の住民が本土の診療所に行く唯一の手段だと訴えたことを受けて、冬の間も港のフェリーの運航を続けることを決めた。",
            "フェリーは燃料費の高騰と船員不足のため十一月に運航を停止する予定だったと、港湾長が三時間以上続いた会議で説明した。",
            "議員たちは、フェリー会社が燃料の少ない新しい船を探す間、一年間は予備費で不足分を補うことで合意した。",
            "関連記事", "離島の診療所", "港湾の予算", "ランキング", "天気", "スポーツ", "経済", "国際", "社会", "文化", "地域",
            "科学", "教育", "健康", "旅行", "料理", "映画", "音楽", "写真", "動画", "特集", "社説", "投稿", "読者",
            "この記事の筆者", "田中 一郎", "フォロー"),
            List.of("田中 一郎")),
        Arguments.of("zh, label", String.join("\n\n", "首页", "港口渡轮冬季将继续运营",
            "市议会星期二决定在冬季继续运营港口渡轮，因为外岛居民表示这艘船是他们前往大陆诊所的唯一途径，会议持续了三个多小时。",
            "港务长在会上说，由于燃料成本上升和船员短缺，渡轮原定于十一月停航，但是居民们希望政府能够找到其他解决办法。",
            "议员们同意在一年内从储备基金中弥补缺口，同时渡轮公司将寻找一艘耗油更少、需要船员更少的新船来替换旧船。",
            "相关新闻", "作者", "王小明", "分享"),
            List.of("王小明")),
        Arguments.of("ko, label", String.join("\n\n", "뉴스", "항구 여객선 겨울에도 계속 운항한다",
            "시의회는 화요일 회의에서 섬 주민들이 본토 병원에 갈 수 있는 유일한 방법이라고 호소하자 겨울 동안에도 항구 여객선을 계속 운항하기로 결정했다.",
            "여객선은 연료비 상승과 선원 부족 때문에 십일월에 운항을 멈출 예정이었다고 항만 책임자가 세 시간 넘게 이어진 회의에서 설명했다.",
            "의원들은 여객선 회사가 연료를 덜 쓰고 선원이 적게 필요한 두 번째 배를 찾는 동안 일 년 동안 예비 기금에서 부족분을 메우기로 합의했다.",
            "많이 본 뉴스", "글쓴이", "김민준", "구독"),
            List.of("김민준")));
  }

  /** A byline with its role word ("기자", "记者", "記者") names the authors, at the head or the end. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cjkBylines")
  void cjkBylineWithItsRoleWordNamesTheAuthors(String rule, String page, List<String> authors) throws Exception {
    assertThat(parse(page).authors()).as(rule).isEqualTo(authors);
  }

  static Stream<Arguments> bylinesFarAboveTheTitle() {
    // a byline over the lead picture's caption, a share bar and a kicker, then the headline
    String gap = String.join("\n\n", "Share", "Save", "Print", "Listen", "Photo gallery", "12 images", "Top story");
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "By Marit Solberg", gap,
            "Harbour ferry will keep running through winter", SampleBodies.EN), List.of("Marit Solberg")),
        Arguments.of("de", String.join("\n\n", "Von Jana Petersen", gap,
            "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen", SampleBodies.DE), List.of("Jana Petersen")),
        Arguments.of("es", String.join("\n\n", "Por Lucía Ortega", gap,
            "El ayuntamiento plantará dos mil árboles en los barrios del sur", SampleBodies.ES), List.of("Lucía Ortega")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bylinesFarAboveTheTitle")
  void prefixedBylineFarAboveTheTitleNamesTheAuthors(String rule, String page, List<String> authors) throws Exception {
    assertThat(parse(page).authors()).as(rule).isEqualTo(authors);
  }

  @org.junit.jupiter.api.Test
  void pictureCreditFarAboveTheTitleIsNoByline() throws Exception {
    String gap = String.join("\n\n", "Share", "Save", "Print", "Listen", "Photo gallery", "12 images", "Top story");
    String page = String.join("\n\n", "Photo by Jane Doe/Getty Images", gap,
        "Harbour ferry will keep running through winter", SampleBodies.EN);
    assertThat(parse(page).authors()).isNull();
  }

  static Stream<Arguments> bylinesBelowTheBody() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Islands", "Harbour ferry will keep running through winter", SampleBodies.EN,
            "Share", "By Marit Solberg", "Sign up for our newsletter"), List.of("Marit Solberg")),
        Arguments.of("de", String.join("\n\n", "Lokales",
            "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen", SampleBodies.DE,
            "Autorin/Autor Jana Petersen", "Kommentare"), List.of("Jana Petersen")),
        Arguments.of("es", String.join("\n\n", "Ciudad",
            "El ayuntamiento plantará dos mil árboles en los barrios del sur", SampleBodies.ES,
            "Escrito por Lucía Ortega"), List.of("Lucía Ortega")),
        // a credit line of the site, not a byline
        Arguments.of("pt, site credit", String.join("\n\n", "Ciudad",
            "El ayuntamiento plantará dos mil árboles en los barrios del sur", SampleBodies.ES,
            "site desenvolvido por Estúdio Claro"), null));
  }

  /** The author box right under the article names the authors when the head has no byline. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("bylinesBelowTheBody")
  void bylineRightBelowTheBodyNamesTheAuthors(String rule, String page, List<String> authors) throws Exception {
    assertThat(parse(page).authors()).as(rule).isEqualTo(authors);
  }

  static Stream<Arguments> teaserTailsWithTimes() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Islands", "Harbour ferry will keep running through winter", SampleBodies.EN,
            "2 hours ago", "Lighthouse keeper retires after forty years",
            "The last keeper of the north light hands over the keys to the coastguard after four decades on the rock.",
            "Today, 09:15", "Fishing quota talks end without a deal",
            "Skippers and the ministry will meet again in spring after a week of talks failed to settle the quota."),
            "needs a smaller crew.", "quota"),
        Arguments.of("de", String.join("\n\n", "Lokales",
            "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen", SampleBodies.DE,
            "Blitzer in der Innenstadt: Wo heute kontrolliert wird", "Heute, 07:09 Uhr",
            "Die Polizei kontrolliert am Mittwoch an zwölf Stellen in der Stadt, vor allem vor Schulen und Kitas.",
            "Stadtrat beschließt neuen Radweg am Fluss", "Vor 3 Stunden",
            "Der Weg soll im Herbst fertig werden und die Altstadt mit dem neuen Wohngebiet im Süden verbinden."),
            "keine Gefahr mehr besteht.", "Radweg"),
        Arguments.of("es", String.join("\n\n", "Ciudad",
            "El ayuntamiento plantará dos mil árboles en los barrios del sur", SampleBodies.ES,
            "12.05.2025", "La biblioteca municipal amplía su horario en verano",
            "La biblioteca abrirá también por la tarde durante julio y agosto para los estudiantes del barrio.",
            "Hace 2 horas", "Nuevas líneas de autobús para el polígono industrial",
            "Las dos líneas conectarán el polígono con la estación de tren a partir del próximo mes de octubre."),
            "medios locales.", "autobús"));
  }

  /** Teasers with their time line between or above headline and blurb end the body too. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("teaserTailsWithTimes")
  void endsBeforeTeasersWithTheirTimes(String rule, String page, String bodyEnd, String notInBody) throws Exception {
    assertThat(parse(page).body()).as(rule).endsWith(bodyEnd).doesNotContain(notInBody);
  }

  static Stream<Arguments> teasersAboveTheHead() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "More on this topic",
            "Lighthouse keeper retires after forty years",
            "The last keeper of the north light hands over the keys to the coastguard after four decades on the rock.",
            "School boat gets a new engine",
            "Pupils from the outer islands will cross to the mainland school faster from next month on a refitted boat.",
            "Fishing quota talks end without a deal",
            "Skippers and the ministry will meet again in spring after a week of talks failed to settle the quota.",
            "Harbour ferry will keep running through winter", "By Marit Solberg", "March 4, 2025", SampleBodies.EN),
            "The council voted", List.of("Marit Solberg"), "2025-03-04T00:00:00Z"),
        Arguments.of("de", String.join("\n\n", "Mehr zum Thema",
            "Stadtrat beschließt neuen Radweg am Fluss",
            "Der Weg soll im Herbst fertig werden und die Altstadt mit dem neuen Wohngebiet im Süden verbinden.",
            "Bibliothek öffnet auch am Sonntag",
            "Die Stadtbibliothek erweitert ihre Öffnungszeiten und ist künftig auch am Sonntagnachmittag geöffnet.",
            "Neue Buslinie verbindet Bahnhof und Klinikum",
            "Ab Montag fahren die Busse alle zwanzig Minuten vom Bahnhof über die Altstadt bis zum Klinikum.",
            "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen", "Von Jana Petersen",
            "04.03.2025", SampleBodies.DE),
            "Die Feuerwehr war", List.of("Jana Petersen"), "2025-03-04T00:00:00Z"),
        Arguments.of("es", String.join("\n\n", "Te puede interesar",
            "La biblioteca municipal amplía su horario en verano",
            "La biblioteca abrirá también por la tarde durante julio y agosto para los estudiantes del barrio.",
            "Nuevas líneas de autobús para el polígono industrial",
            "Las dos líneas conectarán el polígono con la estación de tren a partir del próximo mes de octubre.",
            "El mercado central abrirá también los domingos",
            "Los puestos de fruta y de pescado podrán elegir si abren o no durante el primer año de la prueba.",
            "El ayuntamiento plantará dos mil árboles en los barrios del sur", "Por Lucía Ortega",
            "4 de marzo de 2025", SampleBodies.ES),
            "El ayuntamiento aprobó", List.of("Lucía Ortega"), "2025-03-04T00:00:00Z"));
  }

  /** When the run starts in a list of teasers above the article, the body starts after its head. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("teasersAboveTheHead")
  void teasersAboveTheArticlesHeadAreSkipped(String rule, String page, String bodyStart, List<String> authors,
      String date) throws Exception {
    ParsedPage p = parse(page);
    assertThat(p.body()).as(rule).startsWith(bodyStart);
    assertThat(p.authors()).as(rule).isEqualTo(authors);
    assertThat(java.time.Instant.ofEpochSecond(p.publishedAtMicros() / 1_000_000)).as(rule)
        .isEqualTo(java.time.Instant.parse(date));
  }
}
