package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An article signed with the author's name alone under its last paragraph, the page's controls
 * right under the name: a link back to the section or a share button. The name stands nowhere
 * else on the page and no date follows it. A name over more text or links (a tag, a label over
 * the footer) is no signature. Short pages of our own writing.
 */
class EndSignatureTest {
  private static final String EN_TITLE = "Harbour ferry will keep running through winter";
  private static final String DE_TITLE = "Großbrand in Lagerhalle: Feuerwehr kämpft stundenlang gegen die Flammen";
  private static final String FR_TITLE = "La ville ouvre trois nouvelles pistes cyclables avant l'été";
  private static final String VI_TITLE = "Thành phố mở thêm ba tuyến xe buýt điện cho học sinh";

  /** Vietnamese: three paragraphs of local news. */
  private static final String VI = String.join("\n\n",
      "Sáng thứ hai, thành phố đã đưa vào hoạt động ba tuyến xe buýt điện mới để đưa học sinh từ các xã ngoại thành"
          + " đến trường, sau khi nhiều phụ huynh phản ánh đường đi quá xa và nguy hiểm vào mùa mưa.",
      "Theo sở giao thông, mỗi tuyến có sáu chuyến mỗi ngày và học sinh được đi miễn phí trong năm học đầu tiên,"
          + " còn người lớn đi cùng sẽ trả nửa giá vé thông thường.",
      "Các tài xế đã được tập huấn trong hai tuần, và thành phố cho biết sẽ mở thêm tuyến thứ tư nếu số học sinh"
          + " đi xe tăng lên trong học kỳ tới.");

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("back to the section, en",
            String.join("\n\n", "Home", "Islands", EN_TITLE, SampleBodies.EN, "Maren Holt", "Back to Islands",
                "Most read", "Contact us"),
            "Maren Holt"),
        Arguments.of("back to the overview, de",
            String.join("\n\n", "Startseite", "Lokales", DE_TITLE, SampleBodies.DE, "Jana Petersen", "Zurück zur Übersicht",
                "Meistgelesen", "Impressum"),
            "Jana Petersen"),
        Arguments.of("back to the section, fr",
            String.join("\n\n", "Accueil", "Société", FR_TITLE, SampleBodies.FR, "Claire Dubois", "Retour à la rubrique Société",
                "Les plus lus", "Contact"),
            "Claire Dubois"),
        Arguments.of("back to the section twice (icon and label), vi",
            String.join("\n\n", "Trang chủ", "Giáo dục", VI_TITLE, VI, "Trần Minh Đức", "Trở lại Giáo dụcTrở lại Giáo dục",
                "Xem nhiều", "Liên hệ"),
            "Trần Minh Đức"),
        Arguments.of("share button under the name, en",
            String.join("\n\n", "Home", "Islands", EN_TITLE, SampleBodies.EN, "Maren Holt", "Copy link",
                "Most read", "Contact us"),
            "Maren Holt"),
        Arguments.of("share button under the name, de",
            String.join("\n\n", "Startseite", "Lokales", DE_TITLE, SampleBodies.DE, "Jana Petersen", "Artikel teilen",
                "Meistgelesen", "Impressum"),
            "Jana Petersen"),
        Arguments.of("share button under the name, fr",
            String.join("\n\n", "Accueil", "Société", FR_TITLE, SampleBodies.FR, "Claire Dubois", "Partager l'article",
                "Les plus lus", "Contact"),
            "Claire Dubois"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void namesTheSigner(String layout, String page, String authors) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(layout).isEqualTo(Arrays.asList(authors.split(";")));
  }

  static Stream<Arguments> notSigned() {
    return Stream.of(
        Arguments.of("label over the footer's links, en",
            String.join("\n\n", "Home", "Islands", EN_TITLE, SampleBodies.EN, "Quick Links", "Ferry times",
                "Contact us")),
        Arguments.of("label over the footer's links, de",
            String.join("\n\n", "Startseite", "Lokales", DE_TITLE, SampleBodies.DE, "Weitere Themen", "Feuerwehr",
                "Impressum")),
        Arguments.of("label over the footer's links, fr",
            String.join("\n\n", "Accueil", "Société", FR_TITLE, SampleBodies.FR, "Liens Utiles", "Horaires des bus",
                "Contact")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notSigned")
  void noSignerWithoutControlsUnderTheName(String layout, String page) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.authors()).as(layout).isNull();
  }
}
