package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.DE_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.EN_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.FR_ARTICLE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summary box at an article's start (a short title and bulleted points of one sentence each)
 * leaves the body; a single point and points of several sentences stay. Pages of our own writing.
 */
class SummaryPointsTest {

  /** {@code base} with {@code box} set between the byline and the first paragraph. */
  static String atStart(String base, String... box) {
    return insert(base, 4, box);
  }

  private static String insert(String base, int at, String... box) {
    List<String> parts = new ArrayList<>(List.of(base.split("\n\n")));
    parts.addAll(at, List.of(box));
    return String.join("\n\n", parts);
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("summary box, English", atStart(EN_ARTICLE,
                "Key points",
                "• The library opened again after a long closure for building work.",
                "• Readers waited outside for the first loans of the day."),
            List.of("three hundred people"), List.of("Key points", "long closure", "first loans")),
        Arguments.of("summary box without a title, German", atStart(DE_ARTICLE,
                "• Die drei Dörfer im Süden des Landkreises bekommen ab Montag eine gemeinsame Busverbindung.",
                "• Die Busse halten auch am Bahnhof der Kreisstadt, wo die Fahrgäste in die Züge umsteigen.",
                "• Die Gemeinden und der Landkreis teilen sich die Kosten, die im Jahr anfallen."),
            List.of("Landratsamt mit"), List.of("gemeinsame Busverbindung", "die im Jahr anfallen")),
        Arguments.of("summary box, French", atStart(FR_ARTICLE,
                "En bref",
                "• Le marché rouvre après un an de travaux sur la toiture.",
                "• Les commerçants espèrent attirer des touristes cet été."),
            List.of("venus nombreux"), List.of("En bref", "toiture.", "attirer des touristes")),
        // the text's own
        Arguments.of("points of several sentences stay, English", atStart(EN_ARTICLE,
                "• The library opened again on Saturday. The roof had leaked for years.",
                "• Readers waited outside before nine. Some had come from the villages."),
            List.of("The roof had leaked", "from the villages"), List.of()),
        Arguments.of("a single point stays, German", atStart(DE_ARTICLE,
                "• Drei Dörfer bekommen ab Montag eine gemeinsame Busverbindung zur Kreisstadt."),
            List.of("gemeinsame Busverbindung"), List.of()),
        Arguments.of("points of several sentences stay, French", atStart(FR_ARTICLE,
                "• Le marché rouvre après un an de travaux. La toiture a été entièrement refaite.",
                "• Les commerçants sont soulagés. Ils espèrent attirer des touristes cet été."),
            List.of("entièrement refaite", "attirer des touristes"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void summaryBoxLeavesTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
