package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.page;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Picture captions that Korean, Japanese and Chinese pages close with the picture's credit (an
 * agency or a reporter after the sentence, "[사진 = …]", "＝ＡＰ", "（圖／…）") leave the body; a
 * dateline with a "＝" at the paragraph's start stays. Pages of our own writing.
 */
class CjkCaptionCreditTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("Korean", page("홈", "사회", "섬 여객선 운항 재개",
                "태풍으로 부서졌던 선착장이 복구되면서 섬과 육지를 잇는 여객선이 일주일 만에 다시 운항을 시작했다. 첫 배에는 육지에서 기다리던 주민들이 가득 탔다.",
                "주민들이 14일 오전 복구된 선착장에서 여객선에 오르고 있다. 연합뉴스",
                "항만 관리소는 주말 내내 작업자들이 경사로와 계류 기둥을 고쳤다고 밝혔다. 운항 시간표는 이제 평소대로 돌아가며 금요일에는 임시편 두 척이 더 다닌다.",
                "섬 주민이 항구에 도착한 보급선에서 빵과 우유를 내리고 있다. [사진 = 김민수 기자]",
                "섬의 가게들은 일주일 동안 신선한 식품이 부족했지만 일요일 저녁 보급선이 빵과 우유, 채소를 싣고 들어오면서 숨통이 트였다."
                    + " 한 상인은 손님들이 며칠 동안 통조림만 사 갔다며 이제야 진열대를 다시 채울 수 있게 됐다고 말했다. 군청은 다음 달까지 선착장 옆에 창고를 새로 지어"
                    + " 태풍이 와도 일주일 치 식품을 섬에 보관할 수 있도록 하겠다고 밝혔고, 주민들은 이번 겨울이 오기 전에 공사가 끝나기를 바란다고 입을 모았다."),
            List.of("경사로와 계류 기둥", "숨통이 트였다"), List.of("여객선에 오르고 있다", "김민수 기자")),
        Arguments.of("Japanese", page("ホーム", "社会", "島へのフェリー、運航再開",
                "【那覇＝山田太郎】嵐で壊れた桟橋の修理が終わり、島と本土を結ぶフェリーが一週間ぶりに運航を再開した。最初の便は本土で待っていた住民で満員となった。",
                "修理を終えた桟橋でフェリーに乗り込む住民ら（１４日、島の港で）＝ＡＰ",
                "港の事務所によると、技術者たちは週末も作業を続けてスロープと係留柱を直した。時刻表は今後通常通りに戻り、金曜日には臨時便が二便出るという。",
                "補給船から荷物を降ろす島の商店主＝共同",
                "島の商店では一週間にわたって生鮮食品が不足していたが、日曜日の夕方には補給船がパンや牛乳、野菜を運んできた。"
                    + "ある店主は、この数日は缶詰ばかりが売れていたが、ようやく棚を元通りに埋められるようになったと話した。町は来月までに桟橋の横に新しい倉庫を建て、"
                    + "嵐が来ても一週間分の食品を島に蓄えられるようにするとしており、住民たちは冬が来る前に工事が終わることを願っている。"),
            List.of("【那覇＝山田太郎】", "スロープと係留柱", "野菜を運んできた"), List.of("乗り込む住民ら", "荷物を降ろす")),
        Arguments.of("Chinese", page("首頁", "社會", "離島渡輪恢復航行",
                "被颱風損壞的碼頭修復完成後，往返離島和本島的渡輪在停航一週後重新開航，第一班船上坐滿了在本島等待多日的居民。",
                "居民14日上午在修復後的碼頭登上渡輪。（圖／中央社）",
                "港務處表示，工作人員整個週末都在修理坡道和繫泊柱，班表從現在起恢復正常，週五還會加開兩個班次。",
                "島上商家從補給船上搬下貨物。（攝影：陳小明）",
                "島上的商店這一週缺少新鮮食品，週日傍晚補給船運來了麵包、牛奶和蔬菜，居民才鬆了一口氣。"
                    + "一位店主說，這幾天客人只買罐頭，現在終於可以把貨架重新補滿。縣政府表示下個月前會在碼頭旁邊蓋一座新倉庫，"
                    + "讓島上在颱風來時也能存放一週的食品，居民們都希望工程能在冬天來臨之前完成。"),
            List.of("坡道和繫泊柱", "鬆了一口氣"), List.of("登上渡輪", "搬下貨物")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void captionsClosedByTheirCreditLeaveTheBody(String lang, String page, List<String> in, List<String> out)
      throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
