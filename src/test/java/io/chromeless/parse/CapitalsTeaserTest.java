package io.chromeless.parse;

import static io.chromeless.parse.BarLabelTest.between;
import static io.chromeless.parse.BodyEndsTest.DE_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.EN_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.FR_ARTICLE;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Another story's headline set in capitals between the paragraphs leaves the body; a short
 * subheading in capitals and a sentence in capitals closed by a full stop stay. Pages of our own
 * writing.
 */
class CapitalsTeaserTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a headline in capitals, English", between(EN_ARTICLE,
                "MAYOR SAYS THE NEW BRIDGE WILL OPEN TWO YEARS LATER THAN PLANNED"),
            List.of("children's corner"), List.of("NEW BRIDGE")),
        Arguments.of("a headline in capitals, German", between(DE_ARTICLE,
                "BÜRGERMEISTER KÜNDIGT NEUE RADWEGE FÜR DIE GANZE INNENSTADT AN"),
            List.of("ältere Menschen"), List.of("RADWEGE")),
        Arguments.of("a headline in capitals, French", between(FR_ARTICLE,
                "LE MAIRE PROMET UN NOUVEAU PONT POUR LA FIN DE L'ANNÉE PROCHAINE"),
            List.of("perdu une partie"), List.of("NOUVEAU PONT")),
        // the text's own
        Arguments.of("a short subheading in capitals stays, English", between(EN_ARTICLE,
                "WHAT THE READERS SAY"),
            List.of("WHAT THE READERS SAY"), List.of()),
        Arguments.of("a sentence in capitals stays, French", between(FR_ARTICLE,
                "ATTENTION : LE MARCHÉ SERA FERMÉ LE LUNDI DE PÂQUES CETTE ANNÉE."),
            List.of("LUNDI DE PÂQUES"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void capitalsHeadlinesLeaveTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
