package io.chromeless.group;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words as the signature sees them: case-folded, any script, space-less scripts one word a character. */
class MinHasherTest {
  @Test
  void words_areCaseFolded_inAnyScript() {
    long[] t = MinHasher.tokenHashes("Café CAFÉ café, Москва МОСКВА; naïve—Naïve 2024 2024");
    assertThat(t).hasSize(9);
    assertThat(t[0]).isEqualTo(t[1]).isEqualTo(t[2]);
    assertThat(t[3]).isEqualTo(t[4]).isNotEqualTo(t[0]);
    assertThat(t[5]).isEqualTo(t[6]);
    assertThat(t[7]).isEqualTo(t[8]);
  }

  @Test
  void spacelessScripts_countEachCharacter_andSurrogatePairsStayWhole() {
    assertThat(MinHasher.tokenHashes("東京の天気")).hasSize(5);
    long[] t = MinHasher.tokenHashes("𝐀bc x 𝐀BC");
    assertThat(t).hasSize(3);
    assertThat(t[0]).isNotEqualTo(t[1]);
  }

  @Test
  void signature_isTheSameForTheSameBody_andBuffersAreReused() {
    String body = DuplicateRulesTest.article(3, 5000);
    Signature a = MinHasher.sign("a", body);
    MinHasher.sign("b", DuplicateRulesTest.article(4, 50));
    Signature c = MinHasher.sign("a", body);
    assertThat(c).isEqualTo(a);
    assertThat(a.shingles()).isEqualTo(5000 - MinHasher.SHINGLE + 1);
  }

  @Test
  void densifiedBins_areMarked_realOnesNot() {
    Signature shortBody = MinHasher.sign("s", "one two three four five six seven eight nine ten eleven");
    int filled = 0;
    for (int v : shortBody.mins()) {
      filled += v < 0 ? 1 : 0;
    }
    assertThat(filled).isBetween(MinHasher.BINS - 7, MinHasher.BINS - 1);
    for (int v : MinHasher.sign("l", DuplicateRulesTest.article(5, 3000)).mins()) {
      assertThat(v).isNotNegative();
    }
  }
}
