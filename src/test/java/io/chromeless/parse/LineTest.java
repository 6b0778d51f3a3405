package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a line is told when it is made: its key and its word count, in the one scan of the constructor. */
class LineTest {
  @Test
  void theKeyIsTheLowerCaseLettersAndDigits_andOneSpaceForEveryOtherRun() {
    assertThat(Line.keyOf("  Breaking: Ölpreis —  STEIGT 3,5 %! ")).isEqualTo("breaking ölpreis steigt 3 5");
    assertThat(Line.keyOf("--")).isEmpty();
  }

  @Test
  void aLineMadeFromAPage_hasTheKeyAndWordsOfItsText() {
    StringBuilder page = new StringBuilder(String.join("\n",
        "İstanbul'da SEÇİM sonuçları açıklandı",
        "Emoji 😀 between 𝐁𝐨𝐥𝐝 letters, and a lone \uD83D surrogate",
        "東京都は新しい計画を発表した 2025年",
        "• Home – News · Sport",
        "यह एक छोटा वाक्य है।"));
    for (GeneratedPage p : new CorpusGenerator(new CorpusGenerator.Config().pages(40).seed(3)).generate()) {
      page.append('\n').append(p.text());
    }
    List<Line> lines = Line.split(Text.normalize(page.toString()));
    assertThat(lines).hasSizeGreaterThan(100);
    for (Line l : lines) {
      assertThat(l.key).as(l.text).isEqualTo(Line.keyOf(l.text));
      assertThat(l.words).as(l.text).isEqualTo(Text.countWords(l.text));
    }
  }
}
