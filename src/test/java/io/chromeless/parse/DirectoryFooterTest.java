package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A publisher's directory of its other sites (a name, then one sentence on what the site offers,
 * pair after pair) below a short article is no body, even when it holds more prose than the
 * article; and a Chinese, Japanese or Korean "read this too" label ends the article before the
 * headlines it announces. Pages of our own writing.
 */
class DirectoryFooterTest {
  static final String SHARE_BAR = page("Facebook", "X", "WhatsApp", "E-Mail", "Print", "Copy link", "RSS", "Instagram");

  static Stream<Arguments> directories() {
    return Stream.of(
        Arguments.of("English", page(
                "Home", "News", "Ferry service to the island resumes after storm repairs",
                "The ferry to the island sailed again on Monday morning, a week after the storm damaged the landing"
                    + " stage, and the first crossing was full of residents who had waited on the mainland.",
                "Engineers worked through the weekend to fix the ramp and the mooring posts, the harbour office said,"
                    + " and the timetable will run as usual from now on, with two extra crossings on Friday.",
                "Shops on the island had run short of fresh food during the week, and a supply boat brought bread,"
                    + " milk and vegetables over on Sunday evening while the repairs were being finished.",
                SHARE_BAR, "Sites of our group",
                "Weather Desk",
                "Our weather service gives forecasts for every town in the country, with maps and warnings updated each hour.",
                "Home & Garden",
                "Ideas for your house and garden, from planting plans to repairs, with tips from our team of experts.",
                "Job Finder",
                "Thousands of jobs in the region, with advice on writing a letter of application and preparing for interviews.",
                "Travel Club",
                "Trips chosen by our reporters, with guided tours, city breaks and cruises for the readers of the paper.",
                "Puzzle Corner",
                "Crosswords, number puzzles and quizzes every day, with the answers published in the morning edition.",
                "Book Shop",
                "Books by our writers and photographers, maps of the region and calendars, sent to your door within days.",
                "Archive",
                "Every page the paper has printed since the first edition, searchable by date, name and place for subscribers.",
                "Events",
                "Talks, readings and concerts that the paper organises across the region, with tickets for sale online."),
            List.of("ferry to the island sailed", "supply boat brought bread"), List.of("Crosswords", "guided tours")),
        Arguments.of("German", page(
                "Startseite", "Region", "Fähre zur Insel fährt nach Sturmschäden wieder",
                "Die Fähre zur Insel ist am Montagmorgen wieder gefahren, eine Woche nachdem der Sturm den Anleger"
                    + " beschädigt hatte, und die erste Fahrt war voll mit Bewohnern, die auf dem Festland gewartet hatten.",
                "Die Techniker haben am Wochenende die Rampe und die Poller repariert, teilte das Hafenamt mit, und"
                    + " der Fahrplan gilt ab sofort wieder wie gewohnt, mit zwei zusätzlichen Fahrten am Freitag.",
                "Den Läden auf der Insel waren in der Woche die frischen Lebensmittel ausgegangen, und ein Versorgungsboot"
                    + " brachte am Sonntagabend Brot, Milch und Gemüse, während die Arbeiten noch liefen.",
                SHARE_BAR, "Angebote unseres Verlags",
                "Wetterdienst",
                "Unser Wetterdienst bietet Vorhersagen für jeden Ort im Land, mit Karten und Warnungen, die jede Stunde neu sind.",
                "Haus und Garten",
                "Ideen für Ihr Haus und Ihren Garten, von der Pflanzung bis zur Reparatur, mit Tipps von unseren Fachleuten.",
                "Stellenmarkt",
                "Tausende Stellen in der Region, mit Ratschlägen für die Bewerbung und die Vorbereitung auf das Gespräch.",
                "Leserreisen",
                "Von unseren Redakteuren ausgewählte Reisen, mit Führungen, Städtereisen und Kreuzfahrten für unsere Leser.",
                "Rätselecke",
                "Kreuzworträtsel, Zahlenrätsel und Quizfragen für jeden Tag, mit den Lösungen in der Ausgabe am nächsten Morgen.",
                "Buchshop",
                "Bücher unserer Autoren und Fotografen, Karten der Region und Kalender, die wir Ihnen in wenigen Tagen schicken.",
                "Archiv",
                "Jede Seite, die die Zeitung seit ihrer ersten Ausgabe gedruckt hat, für Abonnenten nach Datum und Ort durchsuchbar.",
                "Veranstaltungen",
                "Vorträge, Lesungen und Konzerte, die die Zeitung in der ganzen Region veranstaltet, mit Karten im Verkauf."),
            List.of("Fähre zur Insel ist am Montagmorgen", "Versorgungsboot"), List.of("Kreuzworträtsel", "Städtereisen")),
        Arguments.of("Japanese", page(
                "ホーム", "社会", "島へのフェリー、嵐の修理を終えて運航再開",
                "島へのフェリーは月曜日の朝に運航を再開した。嵐で桟橋が壊れてから一週間ぶりで、最初の便は本土で待っていた住民で満員となった。",
                "港の事務所によると、技術者たちは週末も作業を続けてスロープと係留柱を直した。時刻表は今後通常通りに戻り、金曜日には臨時便が二便出るという。",
                "島の商店では一週間にわたって生鮮食品が不足していたが、日曜日の夕方には補給船がパンや牛乳、野菜を運んできた。",
                SHARE_BAR, "当社の運営するサイト",
                "お天気ナビ",
                "全国すべての町の天気予報を地図と警報とともに毎時間更新してお届けする当社の気象情報サイトです。",
                "住まいと庭",
                "家づくりや庭の手入れ、修理のアイデアを専門家のアドバイスとともに紹介する暮らしの情報サイトです。",
                "求人ナビ",
                "地域の求人情報を数多く掲載し、応募書類の書き方や面接の準備についてのアドバイスも届けるサイトです。",
                "旅の友の会",
                "記者が選んだ旅行を紹介し、ガイド付きツアーや街歩き、クルーズを読者向けに企画している旅のサイトです。",
                "パズル広場",
                "クロスワードや数字パズル、クイズを毎日出題し、答えは翌朝の紙面で発表する読者参加型のサイトです。",
                "ブックストア",
                "当社の記者や写真家の本、地域の地図やカレンダーを販売し、数日以内にご自宅へお届けする通販サイトです。",
                "記事データベース",
                "創刊号から紙面に掲載したすべての記事を日付や人名、地名で検索できる会員向けの有料データベースです。",
                "イベント",
                "当社が地域各地で開く講演会や朗読会、コンサートの情報を紹介し、チケットもインターネットで販売しています。"),
            List.of("島へのフェリーは月曜日", "補給船"), List.of("クロスワード", "クルーズ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directories")
  void aDirectoryOfSitesIsNoBody(String lang, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }

  static String cjkArticle(String marker, String... teasers) {
    return page(page(
            "首页", "社会", "海岛渡轮在风暴维修后恢复运营",
            "前往海岛的渡轮周一早上恢复运营，这距离风暴损坏码头已经过去一周，第一班船上坐满了在大陆等待多日的居民。",
            "港口办公室表示，技术人员整个周末都在修理坡道和系泊柱，时刻表从现在起恢复正常，周五还将增加两个班次。",
            "岛上的商店在这一周里缺少新鲜食品，周日晚上一艘补给船运来了面包、牛奶和蔬菜，当时修理工作仍在进行。",
            marker),
        page(teasers));
  }

  static Stream<Arguments> markers() {
    return Stream.of(
        Arguments.of("Japanese", cjkArticle("あわせて読みたい",
            "• 離島の港に２隻目の新造船", "• 台風１０号、週末に上陸の恐れ", "• 県道の崩落、復旧に３か月")),
        Arguments.of("Chinese", cjkArticle("延伸阅读",
            "• 第２艘新渡轮明年投入使用", "• １０号台风周末可能登陆", "• 省道塌方修复需要３个月")),
        Arguments.of("Korean", cjkArticle("함께 볼만한 기사",
            "• 섬 항구에 2번째 새 여객선", "• 태풍 10호 주말 상륙 가능성", "• 도로 붕괴 복구에 3개월")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markers")
  void aReadThisTooLabelEndsTheBody(String lang, String page) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.body()).as(p.body()).contains("补给船").doesNotContain("10").doesNotContain("１０");
  }
}
