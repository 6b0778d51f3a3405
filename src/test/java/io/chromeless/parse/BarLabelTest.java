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
 * A link to a clip or another story set between the paragraphs as a label in capitals, a bar and
 * a headline ("WATCH | …") leaves the body; a sentence after such a label and a label in mixed
 * case stay. Pages of our own writing.
 */
class BarLabelTest {

  /** {@code base} with {@code line} set between its second and third paragraphs. */
  static String between(String base, String line) {
    List<String> parts = new ArrayList<>(List.of(base.split("\n\n")));
    parts.add(6, line);
    return String.join("\n\n", parts);
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a clip's title, English", between(EN_ARTICLE,
                "WATCH | Crowds gather outside the library on its first day"),
            List.of("children's corner"), List.of("Crowds gather")),
        Arguments.of("another story's headline, German", between(DE_ARTICLE,
                "HINTERGRUND | Warum die Dörfer so lange auf ihren Bus warten mussten"),
            List.of("ältere Menschen"), List.of("so lange auf ihren Bus")),
        Arguments.of("a report's headline, French", between(FR_ARTICLE,
                "REPORTAGE | Une journée avec les bouchers du marché couvert"),
            List.of("perdu une partie"), List.of("Une journée avec")),
        // the text's own
        Arguments.of("a sentence after the label stays, English", between(EN_ARTICLE,
                "UPDATE 2 | The council said the lift will be checked again next week."),
            List.of("lift will be checked"), List.of()),
        Arguments.of("a label in mixed case stays, German", between(DE_ARTICLE,
                "Fahrplan | Die Busse fahren auch am Wochenende"),
            List.of("auch am Wochenende"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void barLabelledHeadlinesLeaveTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
