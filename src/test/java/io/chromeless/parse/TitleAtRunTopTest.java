package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page with no headline above its text: the text run may start with the headline (after a
 * breadcrumb whose last item repeats it), which is then the title. Lines of our own writing.
 */
class TitleAtRunTopTest {
  static Stream<Arguments> headlinesOpeningTheRun() {
    return Stream.of(
        Arguments.of("en", "• Harbour ferry will keep running through winter",
            "Harbour ferry will keep running through winter"),
        Arguments.of("de", "• Lokales",
            "Großbrand in Lagerhalle am Stadtrand: Rauchwolke über dem Viertel"),
        Arguments.of("es", "• Portada", "¿Dos mil árboles para el sur de la ciudad?"),
        // Line counts a vowel sign as a break: 26 words for its 14
        Arguments.of("hi", "• होम", "नगर परिषद ने सर्दियों में भी नौका सेवा जारी रखने का फैसला किया, द्वीपों के लोगों को राहत"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headlinesOpeningTheRun")
  void theRunsFirstLineIsTheTitle(String lang, String crumb, String title) {
    java.util.List<Line> lines = Line.split(String.join("\n\n", crumb, title, SampleBodies.EN));
    assertThat(PageParser.titleAtRunTop(lines, 0, lines.size() - 1)).as(lang).isEqualTo(title);
  }

  /** A first line of the run that is a sentence, a byline or a broken-off line is no title. */
  static Stream<Arguments> noHeadline() {
    return Stream.of(
        Arguments.of("en sentence", "The ferry will keep running through the winter months."),
        Arguments.of("de byline", "Von Jana Petersen"),
        Arguments.of("fr broken off", "Les bus seront gratuits pour les étudiants et"),
        Arguments.of("es two words", "Dos árboles"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noHeadline")
  void aLineThatIsNoHeadlineIsNotTaken(String rule, String first) {
    java.util.List<Line> lines = Line.split(String.join("\n\n", first, SampleBodies.EN));
    assertThat(PageParser.titleAtRunTop(lines, 0, lines.size() - 1)).as(rule).isNull();
  }
}
