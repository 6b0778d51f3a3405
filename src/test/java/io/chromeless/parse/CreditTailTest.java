package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PageParser#closes} tries a closing-credit pattern only at a line's start and in its last
 * {@link PageParser#CREDIT_TAIL} characters: it must say what {@code find()} over the whole line says.
 */
class CreditTailTest {
  private static final String PROSE =
      "The minister said on Monday that the new rules would come into force next spring after a long"
          + " consultation with the regions and the unions, who had asked for more time to prepare.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a long caption ending in an agency credit, in three languages
      "Rescue workers search the rubble of the collapsed building in the centre of the city after the night's quake, which the regional authorities said had left hundreds of families in the old quarter without a home for the winter. (AP Photo/Jane Doe)|true",
      "Einsatzkräfte suchen in den Trümmern des eingestürzten Hauses im Zentrum der Stadt nach Verschütteten, nachdem das Beben in der Nacht Hunderte Menschen in der Altstadt obdachlos gemacht hatte, wie die Behörden am Morgen mitteilten. (Foto: Max Muster/dpa)|true",
      "Los equipos de rescate buscan entre los escombros del edificio derrumbado en el centro de la ciudad tras el terremoto de la noche, que dejó a cientos de familias del casco antiguo sin hogar durante el invierno, según las autoridades regionales. REUTERS/Juan Pérez|true",
      // a long line opening with the caption label
      "Image caption The harbour at dawn, when the first boats come back with the night's catch and the market opens for the restaurants of the old town, long before the tourists arrive in the square and the cafés put out their chairs|true",
      // prose ends in its full stop
      "The minister said on Monday that the new rules would come into force next spring after a long consultation with the regions and the unions, who had asked for more time to prepare the changes to the tax system and the pensions.|false",
  })
  void a_long_line_is_judged_by_its_start_and_its_tail(String line, boolean credited) {
    assertThat(line.length()).isGreaterThan(PageParser.CREDIT_TAIL);
    boolean any = PageParser.TRAILING_CREDIT.matcher(line).find() || PageParser.CLOSING_CREDIT.matcher(line).find();
    assertThat(any).isEqualTo(credited);
    assertThat(PageParser.closes(PageParser.TRAILING_CREDIT, line) || PageParser.closes(PageParser.CLOSING_CREDIT, line))
        .isEqualTo(credited);
  }

  @Test
  void on_generated_lines_the_tail_says_what_the_whole_line_says() {
    String[] parts = {
        "the", "council", "said", "Monday.", "Jane", "Doe", "JANE DOE", "AP", "AFP", "dpa", "REUTERS", "Reuters",
        "Getty Images", "Photo", "photo by", "Foto:", "Picture:", "(", ")", "[", "]", "/", " / ", ",", "File",
        "via", "Image caption", "image 3 of 12", "Bild von", "©", "Keystone", "Imago", "EPA", "(AP Photo/Jane Doe)",
        "(Photo: PA)", "(Jane Doe/Reuters)", "Xinhua", "Ünal", "Ærø", "—", "credit:", "Symbolfoto",
    };
    Random r = new Random(7);
    int credited = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      if (r.nextInt(3) == 0) {
        b.append(PROSE, 0, r.nextInt(PROSE.length()));
      }
      int k = 1 + r.nextInt(40);
      for (int i = 0; i < k; i++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(parts[r.nextInt(parts.length)]);
      }
      if (r.nextInt(4) == 0) {
        b.insert(0, PROSE + " " + PROSE + " ");
      }
      String line = Text.squeeze(b.toString().strip());
      for (Pattern p : new Pattern[] {PageParser.TRAILING_CREDIT, PageParser.CLOSING_CREDIT}) {
        boolean whole = p.matcher(line).find();
        assertThat(PageParser.closes(p, line)).as("%s on %s", p.pattern(), line).isEqualTo(whole);
        credited += whole ? 1 : 0;
      }
    }
    assertThat(credited).isGreaterThan(1_000);
  }
}
