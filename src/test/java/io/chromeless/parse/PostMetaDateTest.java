package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.RawPage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A blog post with no date in its head gives it in the closing meta line under the text, author
 * first, however long the line goes on. Pages of our own writing.
 */
class PostMetaDateTest {
  static Stream<Arguments> postsDatedUnderTheText() {
    return Stream.of(
        Arguments.of("en", String.join("\n\n", "Island Notes", "Council keeps the island ferry running through winter",
            SampleBodies.EN,
            "Posted by Jane Roe on June 4, 2024 in Local news. You can follow any responses to this entry"
                + " through the feed. Comments are closed.",
            "Older posts"), "2024-06-04"),
        Arguments.of("de", String.join("\n\n", "Stadtblog", "Lagerhalle am Stadtrand brennt völlig nieder",
            SampleBodies.DE,
            "Von Redaktion am 04/06/2024. Abgelegt unter Lokales. Sie können alle Antworten zu diesem"
                + " Eintrag über den Feed verfolgen. Kommentare sind geschlossen.",
            "Ältere Beiträge"), "2024-06-04"),
        Arguments.of("fr", String.join("\n\n", "Carnet du port", "Le conseil vote la gratuité des bus pour les jeunes",
            SampleBodies.FR,
            "Publié par Claire Morel le 4 juin 2024 dans Transports. Vous pouvez suivre les réponses à cet"
                + " article par le flux. Les commentaires sont fermés.",
            "Articles plus anciens"), "2024-06-04"),
        Arguments.of("es", String.join("\n\n", "Diario del barrio", "Dos mil árboles nuevos para los barrios del sur",
            SampleBodies.ES,
            "Publicado por Lucía Gómez el 4 de junio de 2024 en Ciudad. Puedes seguir las respuestas a esta"
                + " entrada a través del canal. Los comentarios están cerrados.",
            "Entradas anteriores"), "2024-06-04"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("postsDatedUnderTheText")
  void thePostsClosingMetaLineDatesIt(String rule, String page, String day) throws Exception {
    Long micros = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page)).publishedAtMicros();
    assertThat(micros).as(rule).isNotNull();
    assertThat(java.time.Instant.ofEpochSecond(micros / 1_000_000).atOffset(ZoneOffset.UTC).toLocalDate())
        .as(rule).isEqualTo(LocalDate.parse(day));
  }
}
