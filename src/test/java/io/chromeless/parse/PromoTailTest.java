package io.chromeless.parse;

import static io.chromeless.parse.BodyEndsTest.DE_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.EN_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.FR_ARTICLE;
import static io.chromeless.parse.BodyEndsTest.page;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls to the reader after the article (send us your story, share your tips, support our
 * journalism) end the body, and so does a box of several such requests however much its lines
 * speak of the article's subject. Pages of our own writing.
 */
class PromoTailTest {
  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("call for stories, English", page(EN_ARTICLE,
                "Got a story? Get in touch with our news team by email or send us your pictures."),
            List.of("reading groups for young children"), List.of("Got a story")),
        Arguments.of("call for support, English", page(EN_ARTICLE,
                "Enjoyed this story? Support our independent local journalism for the price of a coffee."),
            List.of("reading groups for young children"), List.of("price of a coffee")),
        Arguments.of("call for tips, German", page(DE_ARTICLE,
                "Haben Sie Hinweise zu Verspätungen der neuen Buslinie? Schreiben Sie der Lokalredaktion eine Mail."),
            List.of("genug Fahrgäste haben"), List.of("Lokalredaktion")),
        Arguments.of("call for accounts, French", page(FR_ARTICLE,
                "Vous faites vos courses au marché ? Partagez votre témoignage avec notre équipe."),
            List.of("centre de la ville"), List.of("témoignage")),
        // a box of requests: the second speaks of the article's subject at length
        Arguments.of("a box of requests, English", page(EN_ARTICLE,
                "Got a story? Get in touch with our news team by email.",
                "Follow us on Facebook for the latest news about the library, the council, the reading groups"
                    + " and the volunteers in the town, and for the stories our readers sent us from the library."),
            List.of("reading groups for young children"), List.of("Got a story", "Follow us on Facebook")),
        Arguments.of("a box of requests, German", page(DE_ARTICLE,
                "Haben Sie Hinweise zur Buslinie? Schreiben Sie der Redaktion.",
                "Unterstützen Sie unseren Lokaljournalismus über die Dörfer, die Buslinie, den Landkreis und die"
                    + " Gemeinden, und werden Sie Mitglied: Sie lesen dann alle Artikel über den Landkreis ohne Grenze."),
            List.of("genug Fahrgäste haben"), List.of("Hinweise zur Buslinie", "Lokaljournalismus")),
        Arguments.of("a box of requests, French", page(FR_ARTICLE,
                "Vous faites vos courses au marché ? Contactez la rédaction.",
                "Abonnez-vous pour suivre toute l'actualité du marché couvert, des commerçants, de la mairie et"
                    + " des travaux dans la ville, et recevez chaque matin les nouvelles de la halle et du centre."),
            List.of("centre de la ville"), List.of("Contactez la rédaction", "Abonnez-vous")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void requestsAfterTheArticleEndTheBody(String rule, String page, List<String> in, List<String> out) throws Exception {
    BodyCheck.keepsAndDrops(page, in, out);
  }
}
